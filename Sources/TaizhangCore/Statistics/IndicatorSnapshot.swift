import Foundation

/// Everything a dashboard tile or a bulletin line says about one indicator for one org unit at one month: the
/// year-to-date value, 同比, 完成率, 目标进度, the gap to a growth target and the rank among peers.
public struct IndicatorSnapshot: Sendable, Hashable {
    public var indicator: Indicator
    /// The year-to-date period (1—N月) the figures describe.
    public var period: Period
    /// The cumulative value (for stock and per-capita indicators, the value at the month's end).
    public var value: Decimal?
    /// 同比 under the indicator's growth rule.
    public var growth: YoYGrowth?
    /// 完成率 against the annual target value, in %.
    public var completionRate: Decimal?
    /// 目标进度 against time elapsed; only for cumulative indicators (a stock has no schedule).
    public var targetProgress: TargetProgress?
    /// Actual − target growth in 百分点, when the target is a growth rate.
    public var growthTargetGap: Decimal?
    /// Rank of the value among the peers (descending), nil when the value is missing or no peers were given.
    public var rankByValue: Int?
    /// Rank of the growth among the peers (descending).
    public var rankByGrowth: Int?
    /// How many peers (the unit itself included) were given for ranking.
    public var peerCount: Int

    /// Builds the snapshot of `observation`; `peers` are the same month's observations of the units it is ranked
    /// among (the unit itself may be included or not: it is added when missing).
    public init(
        indicator: Indicator, observation: Observation, target: Target? = nil, peers: [Observation] = []
    ) {
        self.indicator = indicator
        self.period = .cumulative(through: observation.month)
        self.value = observation.cumulative
        self.growth = Statistics.yoyGrowth(of: observation, indicator: indicator)
        self.completionRate = Statistics.completionRate(completed: observation.cumulative, planned: target?.value)
        self.targetProgress =
            indicator.isCumulative
            ? Statistics.targetProgress(completed: observation.cumulative, planned: target?.value, at: period) : nil
        self.growthTargetGap = Statistics.growthTargetGap(actual: growth?.value, target: target?.growth)
        var field = peers.filter { $0.orgUnitID != observation.orgUnitID }
        if !peers.isEmpty { field.append(observation) }
        self.peerCount = field.count
        let unit = observation.orgUnitID
        self.rankByValue = Statistics.rank(of: unit, among: field.map { (id: $0.orgUnitID, value: $0.cumulative) })
        self.rankByGrowth = Statistics.rank(
            of: unit,
            among: field.map { (id: $0.orgUnitID, value: Statistics.yoyGrowth(of: $0, indicator: indicator)?.value) })
    }
}

extension FigureFormatter {
    /// One bulletin sentence, e.g. "1—10月，规模以上工业总产值1234.50亿元，同比增长6.5%，完成年度目标的75.0%，
    /// 欠目标进度8.3个百分点，增速居全市第2位". Parts without data are left out.
    public func sentence(for snapshot: IndicatorSnapshot, rankScope: String = "全市") -> String {
        let name = snapshot.indicator.name
        var parts: [String] = []
        if let value = snapshot.value {
            parts.append(name + valueWithUnit(value, of: snapshot.indicator))
        } else {
            parts.append(name + "暂无数据")
        }
        if let growth = snapshot.growth { parts.append(growthPhrase(growth.value)) }
        if let rate = snapshot.completionRate { parts.append(completionPhrase(rate)) }
        if let progress = snapshot.targetProgress { parts.append(targetProgressPhrase(progress)) }
        if let gap = snapshot.growthTargetGap { parts.append("增速" + growthTargetPhrase(gap: gap)) }
        if let rank = snapshot.rankByGrowth {
            parts.append("增速" + rankPhrase(rank, scope: rankScope))
        } else if let rank = snapshot.rankByValue {
            parts.append("总量" + rankPhrase(rank, scope: rankScope))
        }
        let periodName = snapshot.period.chineseName(style: .customary, includingYear: false)
        return periodName + "，" + parts.joined(separator: "，")
    }
}
