import Foundation
import TaizhangCore

/// Sets each year's targets (年度目标) for the key indicators from last year's actual figures plus the unit's
/// ambition, so that some zones run ahead of time progress and others fall behind.
struct DemoTargetPlanner {
    let catalogue: [Indicator]
    let firstYear: Int
    let years: ClosedRange<Int>
    let seed: UInt64

    /// Which key indicators get a target, and whether it is a value, a growth rate or both.
    enum Kind { case value, growth, both }
    static let plan: [(code: String, kind: Kind)] = [
        ("gdp", .both), ("industrial_output", .value), ("industrial_va", .growth),
        ("fixed_asset_investment", .both), ("industrial_investment", .growth), ("retail_sales", .both),
        ("foreign_trade", .both), ("budget_revenue", .both), ("tax_revenue", .value),
        ("domestic_capital", .value), ("foreign_capital", .value), ("signed_value", .value),
        ("key_project_completed_investment", .value), ("signed_projects", .value),
        ("new_projects_started", .value), ("urban_income", .growth), ("rural_income", .growth),
        ("hightech_enterprises", .value), ("rd_intensity", .value),
    ]

    func targets(unitCode: String, unitID: Int64, series: [String: DemoSeries], bias: Decimal) -> [Target] {
        let indicators = Dictionary(uniqueKeysWithValues: catalogue.map { ($0.code, $0) })
        var out: [Target] = []
        for (code, kind) in Self.plan {
            guard let indicator = indicators[code], let generated = series[code] else { continue }
            var rng = DemoRandom(seed: seed, stream: "targets", unitCode, code)
            for year in years {
                let y = year - firstYear
                let (previous, current) = fullYear(generated, yearIndex: y)
                guard previous > 0 else { continue }
                if code == "rd_intensity" {
                    out.append(
                        Target(
                            indicatorCode: code, orgUnitID: unitID, year: year,
                            value: previous + rng.fraction(5, 30, per: 100)))
                    continue
                }
                var actual = (current / previous - 1) * 100
                if indicator.growth == .real {
                    actual -= DemoObservationBuilder.deflator[min(y, DemoObservationBuilder.deflator.count - 1)]
                }
                // Targets are set in steps of half a point and rarely below 4%.
                let raw = actual + bias + rng.fraction(-15, 15, per: 10)
                var growth = (raw * 2).roundedHalfUp(scale: 0) / 2
                growth = min(max(growth, 4), 30)
                let planned: Decimal
                if code == "key_project_completed_investment", let plan = series["key_project_annual_plan"] {
                    planned = fullYear(plan, yearIndex: y).current
                } else {
                    planned = previous * (1 + growth / 100)
                }
                let value = planned.roundedHalfUp(scale: Self.places(for: planned, indicator: indicator))
                switch kind {
                case .value:
                    out.append(Target(indicatorCode: code, orgUnitID: unitID, year: year, value: value))
                case .growth:
                    out.append(Target(indicatorCode: code, orgUnitID: unitID, year: year, growth: growth))
                case .both:
                    out.append(Target(indicatorCode: code, orgUnitID: unitID, year: year, value: value, growth: growth))
                }
            }
        }
        return out
    }

    /// Last year's and this year's full-year figure: the December cumulative for flows, the December level else.
    private func fullYear(_ series: DemoSeries, yearIndex y: Int) -> (previous: Decimal, current: Decimal) {
        switch series {
        case .flow(let months):
            let sum = { (year: Int) in months[(year * 12)..<(year * 12 + 12)].reduce(Decimal(0), +) }
            return (sum(y - 1), sum(y))
        case .level(let levels):
            return (levels[y * 12 - 1], levels[y * 12 + 11])
        }
    }

    /// Targets are round figures: whole numbers from 100 up, one decimal from 10, otherwise the indicator's own.
    static func places(for value: Decimal, indicator: Indicator) -> Int {
        if indicator.kind == .count || value >= 100 { return 0 }
        if value >= 10 { return min(1, indicator.decimals) }
        return indicator.decimals
    }
}
