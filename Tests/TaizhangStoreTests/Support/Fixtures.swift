import Foundation
import TaizhangCore
import TaizhangStore

/// A small catalogue and org tree that most store tests start from.
enum Fixtures {
    static let gdp = Indicator(
        code: "gdp", name: "地区生产总值", aliases: ["生产总值", "GDP"], unit: IndicatorUnit(symbol: "亿元"),
        kind: .amount, growth: .real, decimals: 2, isKey: true, sortOrder: 1)
    static let industrialOutput = Indicator(
        code: "industrial_output", name: "规上工业总产值", aliases: ["规模以上工业总产值"],
        unit: IndicatorUnit(symbol: "万元"), kind: .amount, growth: .nominal, decimals: 1, sortOrder: 2)
    static let enterprises = Indicator(
        code: "enterprises", name: "规上工业企业数", unit: IndicatorUnit(symbol: "户"), kind: .count, growth: .none,
        decimals: 0, sortOrder: 3)

    static let indicators = [gdp, industrialOutput, enterprises]
    static let catalogue = Dictionary(uniqueKeysWithValues: indicators.map { ($0.code, $0) })

    struct Tree {
        var city: OrgUnit
        var district: OrgUnit
        var zone: OrgUnit
        var park: OrgUnit
    }

    /// Seeds the catalogue and a city → district → zone → park chain.
    static func seed(_ database: TaizhangDatabase) async throws -> Tree {
        try await database.indicators.upsertAll(indicators)
        let city = try await database.orgUnits.create(code: "HX", name: "河西市", kind: .city)
        let district = try await database.orgUnits.create(
            code: "HX-DC", name: "东城区", kind: .district, parentID: city.id)
        let zone = try await database.orgUnits.create(
            code: "HX-JK", name: "河西经济技术开发区", kind: .zone, parentID: district.id)
        let park = try await database.orgUnits.create(code: "HX-JK-1", name: "装备制造园", kind: .park, parentID: zone.id)
        return Tree(city: city, district: district, zone: zone, park: park)
    }

    static func month(_ year: Int, _ month: Int) -> YearMonth { YearMonth(year: year, month: month)! }

    static func decimal(_ text: String) -> Decimal { Decimal(exactly: text)! }
}
