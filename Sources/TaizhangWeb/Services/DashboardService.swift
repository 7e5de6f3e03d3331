import Foundation
import TaizhangCharts
import TaizhangCore
import TaizhangStore

/// Builds the zone dashboard: for each key indicator the 1—N月 value, 同比, target and 完成率, 目标进度 against
/// time elapsed, the rank among the city's units of the same kind, and a 13-month trend.
struct DashboardService: Sendable {
    let database: TaizhangDatabase
    let orgUnits: OrgUnitService
    let indicators: IndicatorService
    var formatter = FigureFormatter.table

    func report(
        unitID idOrCode: String?, month monthText: String?, months: MonthDefaults
    ) async throws
        -> DashboardReport
    {
        let tree = try await orgUnits.tree()
        let unit = try orgUnits.selectedUnit(idOrCode, in: tree)
        let month = try await months.resolve(monthText, for: unit.id)
        return try await report(unit: unit, month: month, tree: tree)
    }

    func report(unit: OrgUnit, month: YearMonth, tree: OrgTree) async throws -> DashboardReport {
        let catalogue = try await indicators.catalogue()
        let keys = catalogue.keyIndicators
        // The three sectors' value added are not key indicators but give the 三次产业结构 line.
        let codes = keys.map(\.code) + ["va_primary", "va_secondary", "va_tertiary"]
        let field = orgUnits.rankingField(of: unit, in: tree)
        let trendMonths = month.trailing(13)
        let own = try await database.observations.list(
            orgUnitIDs: [unit.id], indicatorCodes: codes, from: trendMonths[0].sameMonthLastYear.previous,
            through: month)
        let fieldObservations = try await database.observations.list(
            orgUnitIDs: field.units.map(\.id), indicatorCodes: codes, from: month, through: month)
        let targets = try await database.targets.list(year: month.year, orgUnitIDs: [unit.id])

        var byIndicatorMonth: [String: [YearMonth: Observation]] = [:]
        for observation in own {
            byIndicatorMonth[observation.indicatorCode, default: [:]][observation.month] = observation
        }
        var fieldByIndicator: [String: [Int64: Observation]] = [:]
        for observation in fieldObservations {
            fieldByIndicator[observation.indicatorCode, default: [:]][observation.orgUnitID] = observation
        }
        let targetByIndicator = Dictionary(targets.map { ($0.indicatorCode, $0) }, uniquingKeysWith: { a, _ in a })
        let cumulativePeriod = Period.cumulative(through: month)

        let cards = keys.map { indicator in
            card(
                indicator: indicator, month: month, unit: unit, trendMonths: trendMonths,
                series: byIndicatorMonth[indicator.code] ?? [:], field: field,
                fieldObservations: fieldByIndicator[indicator.code] ?? [:],
                target: targetByIndicator[indicator.code])
        }
        let sectors = ["va_primary", "va_secondary", "va_tertiary"].map { byIndicatorMonth[$0]?[month]?.cumulative }
        let structure = sectors.allSatisfy({ $0 != nil })
            ? Statistics.sectorStructure(primary: sectors[0]!, secondary: sectors[1]!, tertiary: sectors[2]!) : nil
        return DashboardReport(
            orgUnit: OrgUnitSummary(unit), month: month.description,
            periodName: cumulativePeriod.chineseName,
            elapsedPercent: Decimal(cumulativePeriod.elapsedMonths) * 100 / 12,
            rankScope: field.scope, rankFieldSize: field.units.count,
            sectorStructure: structure.map { formatter.sectorStructure($0) }, cards: cards)
    }

    private func card(
        indicator: Indicator, month: YearMonth, unit: OrgUnit, trendMonths: [YearMonth],
        series: [YearMonth: Observation], field: (scope: String, units: [OrgUnit]),
        fieldObservations: [Int64: Observation], target: Target?
    ) -> DashboardCard {
        let observation = series[month]
        let value = HeadlineFigure.value(of: observation, indicator: indicator)
        let period = HeadlineFigure.period(for: month, indicator: indicator)
        let growth = observation.flatMap { Statistics.yoyGrowth(of: $0, indicator: indicator) }
        let completion =
            indicator.isCumulative || target?.value != nil
            ? Statistics.completionRate(completed: value, planned: target?.value) : nil
        // Time progress only means something for flows that accumulate over the year.
        let progress =
            indicator.isCumulative
            ? Statistics.targetProgress(completed: value, planned: target?.value, at: .cumulative(through: month))
            : nil
        let growthGap = Statistics.growthTargetGap(actual: growth?.value, target: target?.growth)
        let forecast =
            indicator.isCumulative
            ? Statistics.forecast(
                cumulative: value, through: month,
                lastYearFullYear: series[YearMonth(year: month.year - 1, month: 12)!]?.cumulative,
                lastYearSamePeriod: observation?.priorCumulative ?? series[month.sameMonthLastYear]?.cumulative)
            : nil
        let values = field.units.map {
            (id: $0.id, value: HeadlineFigure.value(of: fieldObservations[$0.id], indicator: indicator))
        }
        let growths = field.units.map { member in
            (
                id: member.id,
                value: fieldObservations[member.id].flatMap {
                    Statistics.yoyGrowth(of: $0, indicator: indicator)?.value
                }
            )
        }
        // A field of one (a city on its own) has no ranking worth showing.
        let ranked = field.units.count > 1
        let rank = ranked ? Statistics.rank(of: unit.id, among: values) : nil
        let growthRank = ranked ? Statistics.rank(of: unit.id, among: growths) : nil

        let texts = DashboardCardTexts(
            value: value.map { formatter.value($0, of: indicator) } ?? "—",
            unit: indicator.unit.symbol,
            growth: growth.map { formatter.growthPhrase($0.value) },
            target: target.map { targetText($0, indicator: indicator) } ?? nil,
            completion: completion.map { formatter.completionPhrase($0) },
            progress: progress.map { formatter.targetProgressPhrase($0) },
            growthTarget: growthGap.map { formatter.growthTargetPhrase(gap: $0) },
            rank: rank.map { "总量" + formatter.rankPhrase($0, scope: field.scope) },
            growthRank: growthRank.map { "增速" + formatter.rankPhrase($0, scope: field.scope) },
            forecast: forecast.flatMap { forecast in
                forecast.method == .actual
                    ? nil : "全年预计\(formatter.valueWithUnit(forecast.value, of: indicator))（\(forecast.method.displayName)）"
            })

        func trendValue(_ month: YearMonth) -> Decimal? {
            HeadlineFigure.trendValue(of: series[month], previous: series[month.previous], indicator: indicator)
        }
        let trend = TrendSeries(
            basis: indicator.isCumulative ? "monthly" : "level",
            months: trendMonths.map(\.description),
            labels: TrendChart.monthLabels(for: trendMonths),
            current: trendMonths.map { ExactDecimal(wrappedValue: trendValue($0)) },
            previousYear: trendMonths.map { ExactDecimal(wrappedValue: trendValue($0.sameMonthLastYear)) })

        return DashboardCard(
            indicator: IndicatorSummary(indicator), periodName: period.chineseName, value: value,
            yoyGrowth: growth?.value, growthSource: growth?.source.rawValue, targetValue: target?.value,
            targetGrowth: target?.growth, completionRate: completion, progressGap: progress?.gap,
            growthTargetGap: growthGap, rank: rank, growthRank: growthRank, forecast: forecast?.value,
            forecastMethod: forecast?.method.rawValue, texts: texts, trend: trend)
    }

    /// "年度目标1,500.00亿元，增长7.0%" from whichever parts the target has.
    private func targetText(_ target: Target, indicator: Indicator) -> String? {
        var parts: [String] = []
        if let value = target.value { parts.append(formatter.valueWithUnit(value, of: indicator)) }
        if let growth = target.growth { parts.append("增长" + formatter.percent(growth)) }
        return parts.isEmpty ? nil : "年度目标" + parts.joined(separator: "，")
    }
}
