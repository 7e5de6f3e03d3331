import Foundation
import Hummingbird
import HummingbirdTesting
import TaizhangCore
import Testing

@testable import TaizhangWeb

@Suite struct DashboardAPITests {
    /// The card of 固定资产投资 for 甲开发区 at 2026-10, worked by hand:
    /// 同比 (150 − 120) ÷ 120 = 25%; 完成率 150 ÷ 200 = 75%; time elapsed 10/12 = 83.33…%, so 目标进度
    /// 75 − 83.33… = −8.33… 百分点 ("欠目标进度8.3个百分点"); values 乙 180, 甲 150, 丙 150 → 甲 and 丙 share
    /// rank 2; growth 丙 50%, 甲 25%, 乙 12.5% → 甲 is 2nd; growth target 10% → 15 百分点 above.
    @Test func keyIndicatorCardIsHandWorked() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let response = try await client.execute(uri: "/api/v1/dashboard?unit=T-A&month=2026-10", method: .get)
            #expect(response.status == .ok)
            let json = try response.json()
            #expect(json["periodName"] as? String == "2026年1—10月")
            #expect(json["rankScope"] as? String == "全市")
            #expect(json["rankFieldSize"] as? Int == 3)
            let cards = json["cards"] as? [[String: Any]] ?? []
            let card = try #require(
                cards.first { ($0["indicator"] as? [String: Any])?["code"] as? String == "fixed_asset_investment" })
            #expect(card["value"] as? String == "150")
            #expect(card["yoyGrowth"] as? String == "25")
            #expect(card["growthSource"] as? String == "computed")
            #expect(card["completionRate"] as? String == "75")
            #expect((card["progressGap"] as? String)?.hasPrefix("-8.3333") == true)
            #expect(card["growthTargetGap"] as? String == "15")
            #expect(card["rank"] as? Int == 2)
            #expect(card["growthRank"] as? Int == 2)
            let texts = card["texts"] as? [String: Any] ?? [:]
            #expect(texts["progress"] as? String == "欠目标进度8.3个百分点")
            #expect(texts["completion"] as? String == "完成年度目标的75.0%")
            #expect(texts["rank"] as? String == "总量居全市第2位")
            #expect(texts["growth"] as? String == "同比增长25.0%")
            // No December of last year stored: 全年预计 by even months, 150 × 12 ÷ 10 = 180.
            #expect(card["forecast"] as? String == "180")
            #expect(card["forecastMethod"] as? String == "linear_extrapolation")
            #expect(texts["forecast"] as? String == "全年预计180.00亿元（按本年累计 × 12 ÷ 已过月数推算）")
            #expect(json["sectorStructure"] is NSNull || json["sectorStructure"] == nil)
            let trend = card["trend"] as? [String: Any] ?? [:]
            let months = trend["months"] as? [String] ?? []
            #expect(months.count == 13)
            #expect(months.first == "2025-10" && months.last == "2026-10")
            let current = trend["current"] as? [Any] ?? []
            let previous = trend["previousYear"] as? [Any] ?? []
            #expect(current.last as? String == "15")
            #expect(current[11] as? String == "14")
            #expect(current[0] as? String == "12")
            #expect(previous.last as? String == "12")
            #expect(previous[0] is NSNull)
        }
    }

    /// With last December stored, 全年预计 keeps last year's pattern: 160 × 150 ÷ 120 = 200; and the three
    /// sectors' value added 30 : 120 : 150 give the structure 10.0:40.0:50.0.
    @Test func forecastFollowsLastYearAndSectorStructureIsShown() async throws {
        let city = try await TestCity.make()
        let catalogue = Dictionary(uniqueKeysWithValues: IndicatorCatalogue.standard.indicators.map { ($0.code, $0) })
        let month = TestCity.month
        let zone = city.zoneA.id
        try await city.database.observations.upsert(
            [
                Observation(
                    indicatorCode: "fixed_asset_investment", orgUnitID: zone,
                    month: YearMonth(year: month.year - 1, month: 12)!, cumulative: 160),
                Observation(indicatorCode: "va_primary", orgUnitID: zone, month: month, cumulative: 30),
                Observation(indicatorCode: "va_secondary", orgUnitID: zone, month: month, cumulative: 120),
                Observation(indicatorCode: "va_tertiary", orgUnitID: zone, month: month, cumulative: 150),
            ], indicators: catalogue)
        try await city.withApp { client in
            let json = try await client.execute(uri: "/api/v1/dashboard?unit=T-A&month=2026-10", method: .get).json()
            #expect(json["sectorStructure"] as? String == "10.0:40.0:50.0")
            let cards = json["cards"] as? [[String: Any]] ?? []
            let card = try #require(
                cards.first { ($0["indicator"] as? [String: Any])?["code"] as? String == "fixed_asset_investment" })
            #expect(card["forecast"] as? String == "200")
            #expect(card["forecastMethod"] as? String == "prior_year_ratio")
        }
    }

    @Test func realGrowthIndicatorUsesThePublishedGrowth() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let json = try await client.execute(uri: "/api/v1/dashboard?unit=T-A&month=2026-10", method: .get).json()
            let cards = json["cards"] as? [[String: Any]] ?? []
            let gdp = try #require(cards.first { ($0["indicator"] as? [String: Any])?["code"] as? String == "gdp" })
            #expect(gdp["yoyGrowth"] as? String == "6.5")
            #expect(gdp["growthSource"] as? String == "published")
            #expect(gdp["rank"] as? Int == 1)
        }
    }

    @Test func comparisonRanksEveryZoneWithTies() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let response = try await client.execute(uri: "/api/v1/comparison?unit=T&month=2026-10", method: .get)
            #expect(response.status == .ok)
            let json = try response.json()
            let rows = json["rows"] as? [[String: Any]] ?? []
            #expect(rows.count == 3)
            let indicators = (json["indicators"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
            let column = try #require(indicators.firstIndex(of: "fixed_asset_investment"))
            var ranks: [String: Int] = [:]
            var growthRanks: [String: Int] = [:]
            for row in rows {
                let name = (row["orgUnit"] as? [String: Any])?["name"] as? String ?? ""
                let cell = (row["cells"] as? [[String: Any]] ?? [])[column]
                ranks[name] = cell["rank"] as? Int
                growthRanks[name] = cell["growthRank"] as? Int
            }
            #expect(ranks == ["乙开发区": 1, "甲开发区": 2, "丙开发区": 2])
            #expect(growthRanks == ["丙开发区": 1, "甲开发区": 2, "乙开发区": 3])
        }
    }

    @Test func badMonthIsAChineseJSONError() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let response = try await client.execute(uri: "/api/v1/dashboard?unit=T-A&month=2026-13", method: .get)
            #expect(response.status == .badRequest)
            let error = try response.json()["error"] as? [String: Any] ?? [:]
            #expect((error["message"] as? String)?.contains("月份“2026-13”无法识别") == true)
            let missing = try await client.execute(uri: "/api/v1/dashboard?unit=NOPE", method: .get)
            #expect(missing.status == .notFound)
            #expect((try missing.json()["error"] as? [String: Any])?["code"] as? String == "not_found")
        }
    }
}
