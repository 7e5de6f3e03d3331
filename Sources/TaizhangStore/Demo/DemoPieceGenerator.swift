import Foundation
import TaizhangCore

/// Generates every indicator's monthly figures for one piece of the demo city from its profile: a zone, or the
/// remainder of a district or of the city outside its children. Amounts are rounded to the indicator's decimals
/// month by month, so that the cumulative values built from them add up exactly.
struct DemoPieceGenerator {
    let key: String
    let profile: DemoProfile
    let seed: UInt64
    let firstYear: Int
    let yearCount: Int
    let decimals: [String: Int]

    /// City-wide economic climate per generated year, as a fraction added to every piece's trend growth.
    static let climate: [Decimal] = [pm(20), pm(-25), pm(10), pm(-5), pm(5), pm(0)]

    private var monthCount: Int { yearCount * 12 }

    func random(_ stream: String) -> DemoRandom { DemoRandom(seed: seed, stream: key, stream) }

    private func places(_ code: String) -> Int { decimals[code] ?? 2 }

    /// Generates the series of every indicator in `catalogue`; indicators without a recipe get one by kind.
    func generate(_ catalogue: [Indicator]) -> [String: DemoSeries] {
        var out: [String: DemoSeries] = [:]
        let p = profile

        // GDP and its three sectors: the sectors are generated, GDP is their exact sum month by month.
        let gdpAnnual = annualPath(start: p.gdp, stream: "gdp", bias: 0, spreadScale: 1)
        let primaryShares = sharePath(start: p.primaryShare, stream: "primary-share", drift: 30, trend: -15)
        let secondaryShares = sharePath(start: p.secondaryShare, stream: "secondary-share", drift: 10, trend: -3)
        let primaryAnnual = zip(gdpAnnual, primaryShares).map { $0 * $1 }
        let secondaryAnnual = zip(gdpAnnual, secondaryShares).map { $0 * $1 }
        let tertiaryAnnual = (0..<yearCount).map { gdpAnnual[$0] - primaryAnnual[$0] - secondaryAnnual[$0] }
        let primary = months(primaryAnnual, DemoSeason.primary, noise: 30, code: "va_primary")
        let secondary = months(secondaryAnnual, DemoSeason.secondary, noise: 12, code: "va_secondary")
        let tertiary = months(tertiaryAnnual, DemoSeason.tertiary, noise: 12, code: "va_tertiary")
        out["va_primary"] = .flow(primary)
        out["va_secondary"] = .flow(secondary)
        out["va_tertiary"] = .flow(tertiary)
        out["gdp"] = .flow((0..<monthCount).map { primary[$0] + secondary[$0] + tertiary[$0] })

        // Industry, derived from the secondary sector so that the parts stay below their whole.
        let industrialVA = derived(secondary, code: "industrial_va", share: 780, drift: 12, noise: 15)
        out["industrial_va"] = .flow(industrialVA)
        let output = derived(industrialVA, code: "industrial_output", share: 3900, drift: 15, noise: 15)
        out["industrial_output"] = .flow(output)
        let techShare = 250 + intOf(p.techLevel * 300)
        out["strategic_emerging_va"] = .flow(
            derived(industrialVA, code: "strategic_emerging_va", share: techShare, drift: 20, noise: 25, trend: 12))
        out["hightech_va"] = .flow(
            derived(industrialVA, code: "hightech_va", share: techShare + 80, drift: 20, noise: 25, trend: 10))
        let revenue = derived(output, code: "operating_revenue", share: 1350, drift: 15, noise: 20)
        out["operating_revenue"] = .flow(revenue)
        let margin = 35 + intOf(p.techLevel * 35) - (p.growth < pm(30) ? 20 : 0)
        out["profit_total"] = .flow(derived(revenue, code: "profit_total", share: margin, drift: 20, noise: 50))

        // Investment and key projects.
        let faiAnnual = annualPath(start: p.gdp * pm(550), stream: "fai", bias: pm(5), spreadScale: 2)
        let fai = months(faiAnnual, DemoSeason.investment, noise: 30, code: "fixed_asset_investment")
        out["fixed_asset_investment"] = .flow(fai)
        out["industrial_investment"] = .flow(
            derived(
                fai, code: "industrial_investment", share: 380 + intOf(p.secondaryShare * 250), drift: 15,
                noise: 20))
        let planAnnual = faiAnnual.map { $0 * pm(600) }
        out["key_project_annual_plan"] = .flow(booked(planAnnual, code: "key_project_annual_plan"))
        out["key_project_planned_investment"] = .flow(
            booked(planAnnual.map { $0 * pm(2900) }, code: "key_project_planned_investment"))
        // The share of the plan completed wanders slowly, as the same projects run on from year to year.
        var completion = random("completion")
        var rate = pm(980)
        let completedAnnual = planAnnual.map { plan in
            rate = min(max(rate + completion.fraction(-25, 25), pm(900)), pm(1060))
            return plan * rate
        }
        out["key_project_completed_investment"] = .flow(
            months(completedAnnual, DemoSeason.investment, noise: 25, code: "key_project_completed_investment"))

        // Consumption, trade, revenue, capital.
        out["retail_sales"] = .flow(
            months(
                annualPath(start: p.gdp * p.retailShare, stream: "retail", bias: pm(-10), spreadScale: 1),
                DemoSeason.retail, noise: 15, code: "retail_sales"))
        let trade = months(
            annualPath(start: p.gdp * p.tradeShare, stream: "trade", bias: 0, spreadScale: 2),
            DemoSeason.trade, noise: 40, code: "foreign_trade")
        out["foreign_trade"] = .flow(trade)
        out["exports"] = .flow(derived(trade, code: "exports", share: 610, drift: 15, noise: 25))
        let budget = months(
            annualPath(start: p.gdp * pm(62), stream: "budget", bias: pm(-5), spreadScale: 1),
            DemoSeason.budget, noise: 40, code: "budget_revenue")
        out["budget_revenue"] = .flow(budget)
        out["tax_revenue"] = .flow(derived(budget, code: "tax_revenue", share: 1650, drift: 15, noise: 30))
        out["domestic_capital"] = .flow(
            months(
                annualPath(start: p.gdp * pm(240), stream: "domestic", bias: pm(10), spreadScale: pm(1500)),
                DemoSeason.capital, noise: 50, code: "domestic_capital"))
        out["foreign_capital"] = .flow(
            months(
                annualPath(start: p.gdp * p.tradeShare * 30, stream: "foreign", bias: 0, spreadScale: 2),
                DemoSeason.capital, noise: 50, code: "foreign_capital"))
        out["tech_contract_value"] = .flow(
            months(
                annualPath(
                    start: p.gdp * p.techLevel * pm(30), stream: "contracts", bias: pm(20), spreadScale: pm(1500)),
                DemoSeason.technology, noise: 50, code: "tech_contract_value"))
        out["signed_value"] = .flow(
            months(
                annualPath(start: p.gdp * pm(380), stream: "signed", bias: pm(10), spreadScale: pm(1500)),
                DemoSeason.capital, noise: 60, code: "signed_value"))

        // Agriculture.
        let area = annualPath(start: p.grainArea, stream: "grain-area", bias: pm(-40), spreadScale: pm(300))
        out["grain_area"] = .level(
            (0..<monthCount).map { area[$0 / 12].roundedHalfUp(scale: places("grain_area")) })
        var yields = random("grain-yield")
        out["grain_output"] = .flow(
            months(area.map { $0 * yields.fraction(395, 430) }, DemoSeason.grain, noise: 30, code: "grain_output"))

        // Incomes, ratios and counts.
        out["urban_income"] = .level(income(start: p.urbanIncome, code: "urban_income", rural: false))
        out["rural_income"] = .level(income(start: p.ruralIncome, code: "rural_income", rural: true))
        out["rd_intensity"] = .level(
            ratio(start: pm(900) + p.techLevel * pm(3400), yearly: pm(120), noise: pm(30), code: "rd_intensity"))
        out["energy_per_va"] = .level(
            ratio(start: p.energyIntensity, yearly: -p.energyIntensity * pm(35), noise: pm(5), code: "energy_per_va"))
        let aboveScale = intOf(p.gdp * p.secondaryShare * pm(800))
        out["above_scale_industrial_enterprises"] = .level(
            stock(start: aboveScale, code: "above_scale_industrial_enterprises", step: StockStep(january: 50)))
        let hightech = max(3, intOf(p.gdp * (pm(50) + p.techLevel * pm(450))))
        out["hightech_enterprises"] = .level(
            stock(start: hightech, code: "hightech_enterprises", step: StockStep(november: 40, december: 70)))
        out["tech_smes"] = .level(
            stock(start: hightech * 16 / 10, code: "tech_smes", step: StockStep(summer: 45)))
        out["resident_enterprises"] = .level(
            stock(start: intOf(p.gdp * 3), code: "resident_enterprises", step: StockStep(monthly: 9)))
        out["ecommerce_enterprises"] = .level(
            stock(
                start: max(5, intOf(p.gdp * p.retailShare * pm(2500))), code: "ecommerce_enterprises",
                step: StockStep(monthly: 10)))
        let patents = hightech * 14
        out["valid_patents"] = .level(stock(start: patents, code: "valid_patents", step: StockStep(monthly: 14)))
        out["invention_patents"] = .level(
            stock(start: patents / 5, code: "invention_patents", step: StockStep(monthly: 16)))
        out["key_projects"] = .level(keyProjects(faiAnnual))
        out["signed_projects"] = .flow(counts(intOf(p.gdp * pm(120)), DemoSeason.signing, "signed_projects"))
        out["new_projects_started"] = .flow(
            counts(intOf(p.gdp * pm(80)), DemoSeason.projectsStarted, "new_projects_started"))
        out["completed_projects"] = .flow(
            counts(intOf(p.gdp * pm(60)), DemoSeason.projectsCompleted, "completed_projects"))
        out["new_market_entities"] = .flow(
            counts(intOf(p.gdp * pm(2200)), DemoSeason.entities, "new_market_entities"))
        out["urban_new_jobs"] = .flow(counts(intOf(p.gdp * 12), DemoSeason.entities, "urban_new_jobs"))

        for indicator in catalogue where out[indicator.code] == nil {
            out[indicator.code] = fallback(for: indicator)
        }
        return out
    }

    // MARK: - Building blocks

    /// Full-year values: `start` in the first year, then growing by the trend, the climate and noise, kept within
    /// −6%…+18% so that monthly noise leaves every year-to-date growth inside −10%…+25%.
    func annualPath(start: Decimal, stream: String, bias: Decimal, spreadScale: Decimal) -> [Decimal] {
        var rng = random(stream)
        var values = [start]
        let spread = intOf(profile.spread * spreadScale * 1000)
        for year in 1..<yearCount {
            let climate = Self.climate[min(year, Self.climate.count - 1)]
            var growth = profile.growth + climate + bias + rng.fraction(-spread, spread)
            growth = min(max(growth, pm(-60)), pm(180))
            values.append((values[year - 1] * (1 + growth)).roundedHalfUp(scale: 6))
        }
        return values
    }

    /// A share that wanders from year to year (`drift` thousandths of itself) with a steady `trend` (thousandths).
    func sharePath(start: Decimal, stream: String, drift: Int, trend: Int) -> [Decimal] {
        var rng = random(stream)
        var values = [start]
        for year in 1..<yearCount {
            values.append(values[year - 1] * (1 + pm(trend) + rng.fraction(-drift, drift)))
        }
        return values
    }

    /// Spreads full-year values over the months by `season`, with monthly noise (thousandths), rounded to the
    /// indicator's decimals; the rounded months are the truth that cumulatives are summed from.
    func months(_ annual: [Decimal], _ season: [Int], noise: Int, code: String) -> [Decimal] {
        var rng = random("months-" + code)
        let total = Decimal(season.reduce(0, +))
        let scale = places(code)
        var values: [Decimal] = []
        values.reserveCapacity(monthCount)
        for year in 0..<yearCount {
            for month in 0..<12 {
                let base = annual[year] * Decimal(season[month]) / total
                values.append((base * (1 + rng.fraction(-noise, noise))).roundedHalfUp(scale: scale))
            }
        }
        return values
    }

    /// A part of `parent` month by month: `share` thousandths, wandering by `drift` thousandths a year and
    /// `trend` thousandths a year, with monthly noise.
    func derived(_ parent: [Decimal], code: String, share: Int, drift: Int, noise: Int, trend: Int = 0) -> [Decimal] {
        let shares = sharePath(start: pm(share), stream: "share-" + code, drift: drift, trend: trend)
        var rng = random("derived-" + code)
        let scale = places(code)
        return parent.indices.map { index in
            (parent[index] * shares[index / 12] * (1 + rng.fraction(-noise, noise))).roundedHalfUp(scale: scale)
        }
    }

    /// A plan booked mostly in January, topped up in April and July as projects join the year's list.
    func booked(_ annual: [Decimal], code: String) -> [Decimal] {
        let scale = places(code)
        var values = [Decimal](repeating: 0, count: monthCount)
        for year in 0..<yearCount {
            values[year * 12] = (annual[year] * pm(900)).roundedHalfUp(scale: scale)
            values[year * 12 + 3] = (annual[year] * pm(60)).roundedHalfUp(scale: scale)
            values[year * 12 + 6] = (annual[year] * pm(40)).roundedHalfUp(scale: scale)
        }
        return values
    }

    /// Per-capita disposable income, year to date: published by quarter, so the months inside a quarter carry
    /// the quarter's pace; rural income arrives later in the year with the harvest.
    func income(start: Decimal, code: String, rural: Bool) -> [Decimal] {
        let shares =
            rural
            ? [95, 180, 285, 360, 430, 495, 560, 625, 705, 790, 880, 1000]
            : [88, 172, 262, 345, 425, 505, 585, 665, 748, 832, 916, 1000]
        var rng = random("income-" + code)
        var annual = start
        var values: [Decimal] = []
        let scale = places(code)
        for year in 0..<yearCount {
            if year > 0 {
                let climate = Self.climate[min(year, Self.climate.count - 1)] / 3
                annual = annual * (1 + pm(50) + climate + rng.fraction(-12, 12))
            }
            for month in 0..<12 { values.append((annual * pm(shares[month])).roundedHalfUp(scale: scale)) }
        }
        return values
    }

    /// A ratio that moves by `yearly` a year, the same each month of a year up to a little noise.
    func ratio(start: Decimal, yearly: Decimal, noise: Decimal, code: String) -> [Decimal] {
        var rng = random("ratio-" + code)
        let scale = places(code)
        var values: [Decimal] = []
        var level = start
        for year in 0..<yearCount {
            if year > 0 { level += yearly * rng.fraction(500, 1500) }
            for _ in 0..<12 {
                values.append((level + noise * rng.fraction(-1000, 1000)).roundedHalfUp(scale: scale))
            }
        }
        return values
    }

    /// How a stock of enterprises or patents grows, in thousandths of itself per month (upper bounds).
    struct StockStep {
        var january = 0
        var monthly = 0
        var summer = 0
        var november = 0
        var december = 0

        func limit(month: Int) -> Int {
            switch month {
            case 1: january + monthly
            case 5...9: summer + monthly
            case 11: november + monthly
            case 12: december + monthly
            default: monthly
            }
        }
    }

    /// A count that never falls: each month adds between nothing and `step` of itself.
    func stock(start: Int, code: String, step: StockStep) -> [Decimal] {
        var rng = random("stock-" + code)
        var level = max(1, start)
        var values: [Decimal] = []
        for index in 0..<monthCount {
            let limit = step.limit(month: index % 12 + 1)
            if limit > 0 {
                let most = max(1, level * limit / 1000)
                level += rng.int(in: (most / 3)...most)
            }
            values.append(Decimal(level))
        }
        return values
    }

    /// The year's list of key projects: fixed in January from the investment plan, a few added in spring and summer.
    func keyProjects(_ faiAnnual: [Decimal]) -> [Decimal] {
        var rng = random("key-projects")
        var values: [Decimal] = []
        for year in 0..<yearCount {
            var count = max(4, intOf(faiAnnual[year] / 4))
            for month in 1...12 {
                if month == 4 || month == 7 { count += rng.int(in: 0...max(1, count / 15)) }
                values.append(Decimal(count))
            }
        }
        return values
    }

    /// Monthly counts of events (signings, starts, new enterprises) around an annual figure growing with the trend.
    func counts(_ annualStart: Int, _ season: [Int], _ code: String) -> [Decimal] {
        let annual = annualPath(start: Decimal(max(annualStart, 6)), stream: "count-" + code, bias: 0, spreadScale: 2)
        var rng = random("counts-" + code)
        let total = season.reduce(0, +)
        var values: [Decimal] = []
        for year in 0..<yearCount {
            for month in 0..<12 {
                let expected = annual[year] * Decimal(season[month]) / Decimal(total)
                values.append((expected * (1 + rng.fraction(-200, 200))).roundedHalfUp(scale: 0))
            }
        }
        return values
    }

    /// A plausible series for an indicator without a recipe (e.g. one a user added), chosen by its kind.
    func fallback(for indicator: Indicator) -> DemoSeries {
        let code = indicator.code
        switch indicator.kind {
        case .amount:
            return .flow(
                months(
                    annualPath(start: profile.gdp * pm(100), stream: "custom-" + code, bias: 0, spreadScale: 1),
                    DemoSeason.flat, noise: 20, code: code))
        case .count:
            return .level(stock(start: intOf(profile.gdp / 2), code: code, step: StockStep(monthly: 8)))
        case .area:
            return .level(stock(start: intOf(profile.gdp / 10), code: code, step: StockStep(january: 10)))
        case .perCapita:
            return .level(income(start: profile.urbanIncome, code: code, rural: false))
        case .ratio:
            return .level(ratio(start: pm(2000), yearly: pm(50), noise: pm(20), code: code))
        }
    }
}

/// The integer part of a non-negative decimal (rounded half-up).
func intOf(_ value: Decimal) -> Int {
    NSDecimalNumber(decimal: value.roundedHalfUp(scale: 0)).intValue
}
