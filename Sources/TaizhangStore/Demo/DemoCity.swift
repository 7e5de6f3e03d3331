import Foundation
import TaizhangCore

/// A deterministic, realistic demo city (河西市: 3 districts, 6 development zones, their parks) with monthly
/// observations for every catalogue indicator and annual targets, so that every page has real-looking data.
public struct DemoCity: Sendable {
    /// The seed the product uses; the same seed always gives the same city.
    public static let defaultSeed: UInt64 = 20_261_031
    /// The last complete month the product's demo data runs through.
    public static let defaultThrough = YearMonth(year: 2026, month: 10)!
    /// Indicators that parks (园区) report; zones and above report the whole catalogue.
    public static let parkIndicatorCodes = [
        "industrial_output", "operating_revenue", "tax_revenue", "fixed_asset_investment", "industrial_investment",
        "resident_enterprises", "above_scale_industrial_enterprises",
    ]
    /// The code of the city (河西市); every other unit's code starts with it.
    public static let cityCode = DemoCityLayout.cityCode
    /// The zone whose latest month is still a draft (填报中).
    public static let draftZoneCode = DemoCityLayout.draftZoneCode

    /// The last month with observations.
    public let through: YearMonth
    /// January four years before `through`'s year: the first month with observations.
    public let firstMonth: YearMonth
    /// The tree in parent-before-child order, with ids 1, 2, 3 … in that order.
    public let orgUnits: [OrgUnit]
    public let observations: [Observation]
    public let targets: [Target]

    /// Generates the city for `catalogue` (normally the standard catalogue) up to and including `through`.
    public init(
        catalogue: [Indicator], through: YearMonth = DemoCity.defaultThrough, seed: UInt64 = DemoCity.defaultSeed
    ) {
        self.through = through
        self.firstMonth = YearMonth(year: through.year - 4, month: 1)!
        let generatedFirstYear = through.year - 5
        let specs = DemoCityLayout.units
        var units: [OrgUnit] = []
        var idByCode: [String: Int64] = [:]
        for (index, spec) in specs.enumerated() {
            let id = Int64(index + 1)
            idByCode[spec.code] = id
            let siblings = specs[..<index].filter { $0.parentCode == spec.parentCode }.count
            units.append(
                OrgUnit(
                    id: id, code: spec.code, name: spec.name, kind: spec.kind,
                    parentID: spec.parentCode.flatMap { idByCode[$0] }, sortOrder: siblings + 1))
        }
        orgUnits = units

        let decimals = Dictionary(uniqueKeysWithValues: catalogue.map { ($0.code, $0.decimals) })
        var series: [String: [String: DemoSeries]] = [:]
        // Children come after their parents in the layout, so build bottom-up by walking it backwards.
        for spec in specs.reversed() {
            switch spec.kind {
            case .park:
                continue
            case .zone:
                let generator = DemoPieceGenerator(
                    key: spec.code, profile: spec.profile!, seed: seed, firstYear: generatedFirstYear, yearCount: 6,
                    decimals: decimals)
                let own = generator.generate(catalogue)
                series[spec.code] = own
                for park in specs where park.parentCode == spec.code {
                    series[park.code] = Self.parkSeries(
                        zone: own, park: park, seed: seed, catalogue: catalogue, decimals: decimals)
                }
            case .district, .city:
                let generator = DemoPieceGenerator(
                    key: "rest-" + spec.code, profile: spec.profile!, seed: seed, firstYear: generatedFirstYear,
                    yearCount: 6, decimals: decimals)
                var total = generator.generate(catalogue)
                let children = specs.filter { $0.parentCode == spec.code }.compactMap { series[$0.code] }
                for indicator in catalogue where Self.isAdditive(indicator) {
                    for child in children { total[indicator.code] = total[indicator.code]! + child[indicator.code]! }
                }
                series[spec.code] = total
            }
        }

        let builder = DemoObservationBuilder(
            catalogue: catalogue, firstYear: generatedFirstYear, firstMonth: firstMonth, through: through,
            seed: seed)
        var observations: [Observation] = []
        var targets: [Target] = []
        for spec in specs {
            let unitID = idByCode[spec.code]!
            guard let unitSeries = series[spec.code] else { continue }
            let isDraft = spec.code == Self.draftZoneCode || spec.parentCode == Self.draftZoneCode
            observations += builder.observations(
                unitCode: spec.code, unitID: unitID, series: unitSeries, draftLast: isDraft)
            if spec.kind != .park, let profile = spec.profile {
                targets += DemoTargetPlanner(
                    catalogue: catalogue, firstYear: generatedFirstYear, years: firstMonth.year...through.year,
                    seed: seed
                ).targets(unitCode: spec.code, unitID: unitID, series: unitSeries, bias: profile.targetBias)
            }
        }
        self.observations = observations
        self.targets = targets
    }

    /// Amounts, counts and areas of a district or the city are the sum of their parts; ratios and per-capita
    /// figures are not.
    static func isAdditive(_ indicator: Indicator) -> Bool {
        switch indicator.kind {
        case .amount, .count, .area: true
        case .perCapita, .ratio: false
        }
    }

    /// A park's figures: its share of the zone's, wandering a little from year to year; stocks keep a fixed share
    /// so that they never fall.
    static func parkSeries(
        zone: [String: DemoSeries], park: DemoUnitSpec, seed: UInt64, catalogue: [Indicator],
        decimals: [String: Int]
    ) -> [String: DemoSeries] {
        var out: [String: DemoSeries] = [:]
        let codes = Set(catalogue.map(\.code))
        for code in parkIndicatorCodes where codes.contains(code) {
            guard let whole = zone[code] else { continue }
            var rng = DemoRandom(seed: seed, stream: park.code, code)
            let scale = decimals[code] ?? 2
            let base = pm(park.parkShare)
            switch whole {
            case .flow(let months):
                var shares: [Decimal] = []
                var drift: Decimal = 1
                for _ in 0..<(months.count / 12) {
                    drift = min(max(drift * (1 + rng.fraction(-25, 25)), pm(900)), pm(1100))
                    shares.append(base * drift)
                }
                out[code] = .flow(
                    months.indices.map { index in
                        (months[index] * shares[index / 12] * (1 + rng.fraction(-15, 15))).roundedHalfUp(scale: scale)
                    })
            case .level(let levels):
                out[code] = .level(levels.map { ($0 * base).roundedHalfUp(scale: 0) })
            }
        }
        return out
    }
}
