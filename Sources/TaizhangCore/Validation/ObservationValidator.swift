import Foundation

/// Checks one observation before it is saved against its indicator, the same org unit's previous month and the
/// same month of last year. Pure: the caller loads the neighbours. Thresholds are documented in
/// docs/statistics.md and configurable here.
public struct ObservationValidator: Sendable, Hashable {
    /// Plausible 同比 in % for most indicators (default −50…100).
    public var growthBand: ClosedRange<Decimal>
    /// Plausible 同比 in % for per-capita indicators such as 人均可支配收入 (default −10…30).
    public var perCapitaGrowthBand: ClosedRange<Decimal>
    /// A value at least this many times last year's (or at most its reciprocal) is taken for a unit mistake
    /// (default 1000: a 万/亿 confusion is 10⁴, far beyond any real growth).
    public var unitMistakeRatio: Decimal
    /// Formats the figures quoted in messages (thousands separators on).
    public var formatter: FigureFormatter

    public init(
        growthBand: ClosedRange<Decimal> = -50...100, perCapitaGrowthBand: ClosedRange<Decimal> = -10...30,
        unitMistakeRatio: Decimal = 1000, formatter: FigureFormatter = .table
    ) {
        self.growthBand = growthBand
        self.perCapitaGrowthBand = perCapitaGrowthBand
        self.unitMistakeRatio = unitMistakeRatio
        self.formatter = formatter
    }

    /// The band that applies to an indicator.
    public func band(for indicator: Indicator) -> ClosedRange<Decimal> {
        indicator.kind == .perCapita ? perCapitaGrowthBand : growthBand
    }

    /// Validates and wraps the issues in an outcome that handles the override reason.
    public func validate(
        _ observation: Observation, indicator: Indicator, previousMonth: Observation?,
        sameMonthLastYear: Observation?
    ) -> ValidationOutcome {
        ValidationOutcome(
            issues: issues(
                observation, indicator: indicator, previousMonth: previousMonth,
                sameMonthLastYear: sameMonthLastYear))
    }

    /// Every issue, in rule order (a)…(g) as listed in `ValidationIssueCode`, grouped by rule.
    public func issues(
        _ observation: Observation, indicator: Indicator, previousMonth: Observation?,
        sameMonthLastYear: Observation?
    ) -> [ValidationIssue] {
        var found: [ValidationIssue] = []
        let fmt = { (value: Decimal) in self.formatter.value(value, of: indicator) }
        let isFirstMonth = observation.month.month == 1
        // The previous month only counts when it really is the month before, of the same unit and indicator.
        let previous = previousMonth.flatMap {
            $0.month == observation.month.previous && $0.orgUnitID == observation.orgUnitID
                && $0.indicatorCode == observation.indicatorCode ? $0 : nil
        }

        // (a) cumulative = last month's cumulative + this month.
        if indicator.isCumulative, let monthly = observation.monthly, let cumulative = observation.cumulative {
            if isFirstMonth {
                if !withinRounding(monthly, cumulative, indicator) {
                    found.append(
                        ValidationIssue(
                            code: .cumulativeMismatch, field: .cumulative,
                            message: "1月本月值\(fmt(monthly))应与1月累计值相等，填报累计为\(fmt(cumulative))"))
                }
            } else if let prior = previous?.cumulative {
                let sum = prior + monthly
                if !withinRounding(sum, cumulative, indicator) {
                    found.append(
                        ValidationIssue(
                            code: .cumulativeMismatch, field: .cumulative,
                            message: "上月累计\(fmt(prior)) + 本月\(fmt(monthly)) = \(fmt(sum))，"
                                + "与填报累计\(fmt(cumulative))不一致"))
                }
            }
        }

        // (e) first, because a unit mistake also makes the growth absurd and should be named as what it is.
        let unitIssues = unitMistakes(observation, indicator: indicator, lastYear: sameMonthLastYear, fmt: fmt)
        let unitFields = Set(unitIssues.map(\.field))

        // (b) growth outside the band.
        let band = band(for: indicator)
        let bandText = "\(band.lowerBound.plainString)%～\(band.upperBound.plainString)%"
        var growths: [(ObservationField, Decimal, String)] = []
        switch indicator.growth {
        case .none: break
        case .real:
            if let g = observation.publishedGrowth { growths.append((.publishedGrowth, g, "发布增速")) }
        case .nominal:
            if let g = Statistics.yoyGrowth(current: observation.cumulative, prior: observation.priorCumulative),
                !unitFields.contains(.cumulative), !unitFields.contains(.priorCumulative)
            {
                growths.append((.cumulative, g, "按上年同期累计\(fmt(observation.priorCumulative!))计算，累计"))
            }
            if let g = observation.publishedGrowth { growths.append((.publishedGrowth, g, "发布增速")) }
        }
        for (field, growth, source) in growths where !band.contains(growth) {
            found.append(
                ValidationIssue(
                    code: .growthOutOfRange, field: field,
                    message: "\(source)\(formatter.growthPhrase(growth))，超出合理范围（\(bandText)），请核实"))
        }

        // (c) negative where impossible.
        if !indicator.allowsNegative {
            let values: [(ObservationField, Decimal?)] = [
                (.monthly, observation.monthly), (.cumulative, observation.cumulative),
                (.priorCumulative, observation.priorCumulative),
            ]
            for case let (field, value?) in values where value < 0 {
                found.append(
                    ValidationIssue(
                        code: .negativeValue, field: field,
                        message: "\(field.displayName)为\(fmt(value))，“\(indicator.name)”不应为负数"))
            }
        }

        // (d) a cumulative that falls.
        if indicator.isCumulative, !isFirstMonth, let cumulative = observation.cumulative,
            let prior = previous?.cumulative, cumulative < prior
        {
            found.append(
                ValidationIssue(
                    code: .cumulativeDecreased, field: .cumulative,
                    message: "累计\(fmt(cumulative))低于上月累计\(fmt(prior))，累计值不应减少"))
        }

        found += unitIssues

        // (f) a missing previous month: only cumulative indicators need it (quarterly stock figures such as
        // 人均可支配收入 legitimately skip months).
        if indicator.isCumulative, !isFirstMonth, previous?.cumulative == nil {
            let month = observation.month.previous.chineseName
            found.append(
                ValidationIssue(
                    code: .missingPreviousMonth, field: .cumulative,
                    message: "缺少上月（\(month)）累计数据，无法核对本月累计，请先补报上月数据"))
        }

        // (g) nominal growth needs the comparable prior value.
        if indicator.growth == .nominal, observation.cumulative != nil, observation.priorCumulative == nil {
            found.append(
                ValidationIssue(
                    code: .missingPriorCumulative, field: .priorCumulative,
                    message: "“\(indicator.name)”按现价计算同比增速，请填报可比口径的上年同期累计"))
        }
        return found
    }

    /// The difference that rounding of separately published figures can leave: one unit of the last shown
    /// decimal place (0.01 for 亿元 with two decimals).
    func withinRounding(_ a: Decimal, _ b: Decimal, _ indicator: Indicator) -> Bool {
        var tolerance = Decimal(1)
        for _ in 0..<max(0, indicator.decimals) { tolerance /= 10 }
        let difference = a - b
        return (difference < 0 ? -difference : difference) <= tolerance
    }
}
