import Foundation
import TaizhangCore
import TaizhangStore
import Testing

private let catalogue = IndicatorCatalogue.standard.indicators
private let through = YearMonth(year: 2026, month: 10)!
/// Generated once and shared: the whole city takes a moment in debug builds.
private let city = DemoCity(catalogue: catalogue, through: through)

private struct Key: Hashable {
    var code: String
    var unit: Int64
    var month: YearMonth
}

private let byKey: [Key: Observation] = Dictionary(
    uniqueKeysWithValues: city.observations.map {
        (Key(code: $0.indicatorCode, unit: $0.orgUnitID, month: $0.month), $0)
    })

private func unit(_ code: String) -> OrgUnit { city.orgUnits.first { $0.code == code }! }

private func observation(_ code: String, _ unitCode: String, _ month: YearMonth) -> Observation? {
    byKey[Key(code: code, unit: unit(unitCode).id, month: month)]
}

@Suite("DemoCity")
struct DemoCityTests {
    @Test func sameSeedGivesTheSameCityAndAnotherSeedDoesNot() {
        let again = DemoCity(catalogue: catalogue, through: through)
        #expect(again.orgUnits == city.orgUnits)
        #expect(again.observations == city.observations)
        #expect(again.targets == city.targets)
        let other = DemoCity(catalogue: catalogue, through: through, seed: 7)
        #expect(other.observations.count == city.observations.count)
        #expect(other.observations != city.observations)
    }

    @Test func treeHasOneCityThreeDistrictsSixZonesAndTwoToFourParksEach() {
        let units = city.orgUnits
        #expect(units.count == 27)
        #expect(units.filter { $0.kind == .city }.map(\.code) == ["HX"])
        #expect(units.filter { $0.kind == .district }.count == 3)
        let zones = units.filter { $0.kind == .zone }
        #expect(zones.count == 6)
        for zone in zones {
            let parks = units.filter { $0.parentID == zone.id }
            #expect((2...4).contains(parks.count), "\(zone.name)")
            #expect(parks.allSatisfy { $0.kind == .park && $0.code.hasPrefix(zone.code + "-") })
        }
        #expect(Set(units.map(\.code)).count == units.count)
        #expect(Set(units.map(\.id)) == Set(1...27))
        // Parents come first, so the tree can be inserted in order.
        for (index, unit) in units.enumerated() {
            if let parent = unit.parentID { #expect(units[..<index].contains { $0.id == parent }) }
        }
    }

    @Test func everyIndicatorForEveryNonParkUnitAndTheParkSubsetForEveryMonth() {
        // 2022-01 … 2026-10 is 4 × 12 + 10 = 58 months.
        #expect(city.firstMonth == YearMonth(year: 2022, month: 1)!)
        let months = 58
        let nonParks = city.orgUnits.filter { $0.kind != .park }.count
        let parks = city.orgUnits.count - nonParks
        #expect(catalogue.count == 43)
        #expect(city.observations.count == nonParks * 43 * months + parks * DemoCity.parkIndicatorCodes.count * months)
        #expect(city.observations.count == 31_842)
        #expect(Set(byKey.keys).count == city.observations.count)
        for indicator in catalogue {
            #expect(observation(indicator.code, "HX-BS", through) != nil, "\(indicator.code)")
            #expect(observation(indicator.code, "HX", city.firstMonth) != nil, "\(indicator.code)")
        }
        #expect(observation("gdp", "HX-JK-ZB", through) == nil)
        #expect(observation("tax_revenue", "HX-JK-ZB", through) != nil)
    }

    @Test func monthlyValuesAddUpExactlyToCumulatives() {
        var checked = 0
        for o in city.observations {
            guard let indicator = IndicatorCatalogue.standard.indicator(code: o.indicatorCode), indicator.isCumulative
            else { continue }
            let monthly = try! #require(o.monthly)
            if o.month.month == 1 {
                #expect(o.cumulative == monthly)
            } else if let previous = byKey[Key(code: o.indicatorCode, unit: o.orgUnitID, month: o.month.previous)] {
                #expect(previous.cumulative! + monthly == o.cumulative!, "\(o.indicatorCode) \(o.month)")
                checked += 1
            }
            // Figures carry no more decimals than the indicator shows.
            #expect(monthly == monthly.roundedHalfUp(scale: indicator.decimals))
        }
        #expect(checked > 15_000)
    }

    @Test func threeSectorsAddUpToGDP() {
        for unit in city.orgUnits where unit.kind != .park {
            var month = city.firstMonth
            while month <= through {
                let parts = ["va_primary", "va_secondary", "va_tertiary"].map { observation($0, unit.code, month)! }
                let gdp = observation("gdp", unit.code, month)!
                #expect(parts.map { $0.monthly! }.reduce(0, +) == gdp.monthly!)
                #expect(parts.map { $0.cumulative! }.reduce(0, +) == gdp.cumulative!)
                month = month.next
            }
        }
    }

    @Test func cityExceedsTheSumOfItsZonesAndZonesExceedTheirParks() {
        let zones = city.orgUnits.filter { $0.kind == .zone }
        for indicator in catalogue where indicator.kind == .amount {
            let zoneSum = zones.map { observation(indicator.code, $0.code, through)!.cumulative! }.reduce(0, +)
            #expect(observation(indicator.code, "HX", through)!.cumulative! > zoneSum, "\(indicator.code)")
        }
        for zone in zones {
            let parks = city.orgUnits.filter { $0.parentID == zone.id }
            for code in DemoCity.parkIndicatorCodes {
                let parkSum = parks.map { observation(code, $0.code, through)!.cumulative! }.reduce(0, +)
                #expect(observation(code, zone.code, through)!.cumulative! > parkSum, "\(zone.code) \(code)")
            }
        }
    }

    @Test func zonesDifferInSizeAndGDPIsRealistic() {
        var fullYear: [String: Decimal] = [:]
        for zone in city.orgUnits where zone.kind == .zone {
            for year in 2022...2025 {
                let gdp = observation("gdp", zone.code, YearMonth(year: year, month: 12)!)!.cumulative!
                #expect(gdp >= 100 && gdp <= 800, "\(zone.code) \(year): \(gdp)")
                fullYear[zone.code] = gdp
            }
        }
        #expect(fullYear["HX-JK"]! > 3 * fullYear["HX-BS"]!)
        // GDP is seasonal: January–February is well below an average two months.
        let february = observation("gdp", "HX-JK", YearMonth(year: 2025, month: 2)!)!.cumulative!
        #expect(february < fullYear["HX-JK"]! * 2 / 12)
        let december = observation("fixed_asset_investment", "HX-JK", YearMonth(year: 2025, month: 12)!)!.monthly!
        let june = observation("fixed_asset_investment", "HX-JK", YearMonth(year: 2025, month: 6)!)!.monthly!
        #expect(december > june)
    }

    @Test func growthIsPlausibleAndRealGrowthIsPublishedCloseToNominal() {
        // Every year-to-date 同比 of every unit, month and indicator with growth lies within −10%…+25%.
        for o in city.observations {
            let indicator = IndicatorCatalogue.standard.indicator(code: o.indicatorCode)!
            guard indicator.growth != .none else { continue }
            let growth = Statistics.yoyGrowth(current: o.cumulative, prior: o.priorCumulative)!
            #expect(growth >= -10 && growth <= 25, "\(o.indicatorCode) \(o.orgUnitID) \(o.month): \(growth)")
        }
        for o in city.observations where o.indicatorCode == "gdp" {
            let nominal = Statistics.yoyGrowth(current: o.cumulative, prior: o.priorCumulative)!
            let published = try! #require(o.publishedGrowth)
            #expect(abs(published - nominal) < 4)
        }
        #expect(
            city.observations.filter { $0.indicatorCode == "retail_sales" }.allSatisfy { $0.publishedGrowth == nil })
    }

    @Test func stocksNeverFallWithinAYearAndRatiosStayInRange() {
        for o in city.observations where o.indicatorCode == "valid_patents" || o.indicatorCode == "resident_enterprises"
        {
            guard let previous = byKey[Key(code: o.indicatorCode, unit: o.orgUnitID, month: o.month.previous)] else {
                continue
            }
            #expect(o.cumulative! >= previous.cumulative!)
        }
        for o in city.observations where o.indicatorCode == "rd_intensity" {
            #expect(o.cumulative! > Decimal(string: "0.5")! && o.cumulative! < 7)
        }
        for o in city.observations where o.indicatorCode == "energy_per_va" {
            #expect(o.cumulative! > Decimal(string: "0.1")! && o.cumulative! < Decimal(string: "1.5")!)
        }
    }

    @Test func everyObservationPassesTheValidator() {
        let validator = ObservationValidator()
        var issues: [String] = []
        for o in city.observations {
            let indicator = IndicatorCatalogue.standard.indicator(code: o.indicatorCode)!
            let previous = byKey[Key(code: o.indicatorCode, unit: o.orgUnitID, month: o.month.previous)]
            let lastYear = byKey[Key(code: o.indicatorCode, unit: o.orgUnitID, month: o.month.sameMonthLastYear)]
            for issue in validator.issues(o, indicator: indicator, previousMonth: previous, sameMonthLastYear: lastYear)
            {
                issues.append("\(o.indicatorCode) unit \(o.orgUnitID) \(o.month): \(issue.message)")
            }
        }
        #expect(issues.isEmpty, "\(issues.count) issues, first: \(issues.prefix(5))")

        // The same check does catch a figure that no longer adds up.
        let gdp = IndicatorCatalogue.standard.indicator(code: "gdp")!
        var broken = observation("gdp", "HX-JK", through)!
        broken.cumulative! += 1
        let found = validator.issues(
            broken, indicator: gdp, previousMonth: observation("gdp", "HX-JK", through.previous),
            sameMonthLastYear: observation("gdp", "HX-JK", through.sameMonthLastYear))
        #expect(found.map(\.code) == [.cumulativeMismatch])
    }

    @Test func anotherLastMonthAndACustomIndicatorWork() {
        var indicators = catalogue
        indicators.append(
            Indicator(
                code: "custom_logistics", name: "物流业营业收入", unit: IndicatorUnit(symbol: "亿元"), kind: .amount,
                growth: .nominal, isCustom: true, sortOrder: 99))
        let short = DemoCity(catalogue: indicators, through: YearMonth(year: 2023, month: 12)!)
        #expect(short.firstMonth == YearMonth(year: 2019, month: 1)!)
        // 2019-01 … 2023-12: 60 months; 44 indicators for the 10 units above the parks.
        #expect(short.observations.count == 10 * 44 * 60 + 17 * 7 * 60)
        let custom = short.observations.filter { $0.indicatorCode == "custom_logistics" && $0.orgUnitID == 1 }
        #expect(custom.count == 60)
        #expect(custom.allSatisfy { $0.cumulative! > 0 && $0.priorCumulative! > 0 })
        #expect(short.observations.filter { $0.status == .draft }.allSatisfy { $0.month.key == 202312 })
    }

    @Test func knownFiguresStayTheSameAcrossRunsAndPlatforms() {
        // Pinned so that a change to the generator (and to every demo screenshot) is deliberate.
        let gdp = observation("gdp", "HX-JK", YearMonth(year: 2025, month: 12)!)!
        #expect(gdp.cumulative == Decimal(string: "712.3")!)
        #expect(city.observations.count == 31_842)
        // 10 units above the parks × 5 years (2022…2026) × 19 key indicators.
        #expect(city.targets.count == 10 * 5 * 19)
    }

    @Test func onlyTheDraftZonesLatestMonthIsADraft() {
        let drafts = city.observations.filter { $0.status != .approved }
        #expect(!drafts.isEmpty)
        let draftUnits = Set(city.orgUnits.filter { $0.code.hasPrefix(DemoCity.draftZoneCode) }.map(\.id))
        #expect(drafts.allSatisfy { $0.status == .draft && $0.month == through && draftUnits.contains($0.orgUnitID) })
        #expect(observation("gdp", DemoCity.draftZoneCode, through)!.status == .draft)
        #expect(observation("gdp", DemoCity.draftZoneCode, through.previous)!.status == .approved)
    }

    @Test func targetsExistPerYearAndSomeZonesAreAheadOfTimeProgressWhileOthersLag() {
        let zones = city.orgUnits.filter { $0.kind == .zone || $0.kind == .city }
        for zone in zones {
            for year in 2022...2026 {
                let gdp = city.targets.first { $0.orgUnitID == zone.id && $0.year == year && $0.indicatorCode == "gdp" }
                #expect(gdp?.growth != nil && gdp?.value != nil, "\(zone.code) \(year)")
            }
        }
        // Completion of the annual fixed-asset-investment target against 10/12 of the year elapsed.
        var ahead = 0
        var behind = 0
        for zone in city.orgUnits where zone.kind == .zone {
            let target = city.targets.first {
                $0.orgUnitID == zone.id && $0.year == 2026 && $0.indicatorCode == "budget_revenue"
            }!
            let done = observation("budget_revenue", zone.code, through)!.cumulative!
            if done / target.value! > Decimal(10) / 12 { ahead += 1 } else { behind += 1 }
        }
        #expect(ahead >= 1 && behind >= 1, "ahead \(ahead), behind \(behind)")
    }
}

@Suite("DemoLoader")
struct DemoLoaderTests {
    @Test("loads the whole city in one go and reads back exactly", arguments: TestEngine.all)
    func loadsAndReadsBack(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { db in
            let summary = try await DemoLoader.load(into: db, through: through)
            #expect(summary.orgUnits == 27)
            #expect(summary.indicatorsAdded == 43)
            #expect(summary.observations == city.observations.count)
            #expect(summary.targets == city.targets.count)
            #expect(summary.firstMonth == YearMonth(year: 2022, month: 1)!)
            #expect(try await db.observations.count() == 31_842)
            #expect(try await db.orgUnits.all().count == 27)
            // Alone this takes about 2 s in debug (city and project ledger); the bound leaves room for the other
            // suites running in parallel on two cores, and still catches row-by-row inserts (minutes).
            if engine == .sqlite { #expect(summary.elapsed < .seconds(40), "took \(summary.elapsed)") }

            let zone = unit("HX-JK")
            let stored = try await db.observations.list(
                orgUnitIDs: [zone.id], indicatorCodes: ["gdp"], from: through.previous, through: through)
            let generated = [through.previous, through].map { observation("gdp", "HX-JK", $0)! }
            #expect(stored == generated)
            let targets = try await db.targets.list(year: 2026, orgUnitIDs: [zone.id])
            #expect(Set(targets) == Set(city.targets.filter { $0.orgUnitID == zone.id && $0.year == 2026 }))
            #expect(targets.count == 19)
        }
    }

    @Test("refuses a second load and leaves the first intact", arguments: TestEngine.all)
    func refusesSecondLoad(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { db in
            _ = try await DemoLoader.load(into: db, through: YearMonth(year: 2024, month: 3)!)
            let before = try await db.observations.count()
            await #expect(throws: DemoLoaderError.alreadyLoaded(code: "HX")) {
                _ = try await DemoLoader.load(into: db, through: YearMonth(year: 2024, month: 3)!)
            }
            #expect(try await db.observations.count() == before)
        }
    }

    @Test("shifts the demo ids past units that exist already", arguments: TestEngine.all)
    func shiftsIDs(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { db in
            try await db.orgUnits.insertAll([OrgUnit(id: 1, code: "QT", name: "其他市", kind: .city, parentID: nil)])
            let summary = try await DemoLoader.load(into: db, through: YearMonth(year: 2023, month: 2)!)
            let hx = try #require(try await db.orgUnits.find(code: "HX"))
            #expect(hx.id == 2)
            let jk = try #require(try await db.orgUnits.find(code: "HX-JK"))
            #expect(try await db.orgUnits.find(id: jk.parentID!)?.code == "HX-CG")
            let february = try await db.observations.month(orgUnitID: jk.id, month: YearMonth(year: 2023, month: 2)!)
            #expect(february.count == 43)
            #expect(summary.indicatorsAdded == 43)
        }
    }
}
