import Foundation
import TaizhangCore
import TaizhangStore

/// Builds the city comparison (全市对比): every zone of a city for one month, per key indicator the value,
/// 同比 and both ranks (ties share a rank).
struct CityComparisonService: Sendable {
    let database: TaizhangDatabase
    let orgUnits: OrgUnitService
    let indicators: IndicatorService
    var formatter = FigureFormatter.table

    /// `unit` may name the city or any unit in it; the default is the city of the first zone. Only zones in
    /// `readableUnitIDs` (nil: all) are listed, so a zone's user compares nothing outside her scope.
    func report(
        unit idOrCode: String?, month monthText: String?, months: MonthDefaults, readableUnitIDs: Set<Int64>? = nil
    ) async throws
        -> CityComparisonReport
    {
        let tree = try await orgUnits.tree()
        let selected = try orgUnits.selectedUnit(idOrCode, in: tree)
        let city = orgUnits.city(of: selected, in: tree)
        let zones = tree.zones(in: city.id).filter { readableUnitIDs?.contains($0.id) ?? true }
        let month = try await months.resolve(monthText, for: zones.first?.id ?? selected.id)
        return try await report(city: city, zones: zones, month: month)
    }

    func report(city: OrgUnit, zones: [OrgUnit], month: YearMonth) async throws -> CityComparisonReport {
        let keys = try await indicators.catalogue().keyIndicators
        let observations = try await database.observations.list(
            orgUnitIDs: zones.map(\.id), indicatorCodes: keys.map(\.code), from: month, through: month)
        var lookup: [String: [Int64: Observation]] = [:]
        for observation in observations {
            lookup[observation.indicatorCode, default: [:]][observation.orgUnitID] = observation
        }

        var ranks: [String: [Int64: Int]] = [:]
        var growthRanks: [String: [Int64: Int]] = [:]
        for indicator in keys {
            let values = lookup[indicator.code] ?? [:]
            ranks[indicator.code] = Statistics.ranks(
                zones.map { (id: $0.id, value: HeadlineFigure.value(of: values[$0.id], indicator: indicator)) })
            growthRanks[indicator.code] = Statistics.ranks(
                zones.map { zone in
                    (
                        id: zone.id,
                        value: values[zone.id].flatMap { Statistics.yoyGrowth(of: $0, indicator: indicator)?.value }
                    )
                })
        }
        let rows = zones.map { zone in
            ComparisonRow(
                orgUnit: OrgUnitSummary(zone),
                cells: keys.map { indicator in
                    let observation = lookup[indicator.code]?[zone.id]
                    let value = HeadlineFigure.value(of: observation, indicator: indicator)
                    let growth = observation.flatMap { Statistics.yoyGrowth(of: $0, indicator: indicator)?.value }
                    return ComparisonCell(
                        indicatorCode: indicator.code, value: value, yoyGrowth: growth,
                        rank: ranks[indicator.code]?[zone.id], growthRank: growthRanks[indicator.code]?[zone.id],
                        valueText: value.map { formatter.value($0, of: indicator) } ?? "—",
                        growthText: growth.map { formatter.percent($0) } ?? "—")
                })
        }
        return CityComparisonReport(
            city: OrgUnitSummary(city), month: month.description,
            periodName: Period.cumulative(through: month).chineseName, indicators: keys.map(IndicatorSummary.init),
            rows: rows)
    }
}
