import Foundation

/// Progress against a value target and the time elapsed (目标进度): how far 完成率 is ahead of or behind the
/// share of the year that has passed, in 百分点.
public struct TargetProgress: Sendable, Hashable, Codable {
    /// 完成率 in %, unrounded.
    public var completionRate: Decimal
    /// The share of the year elapsed in % (83.33… at 1—10月), the 完成率 that would be "on schedule".
    public var expectedRate: Decimal
    /// completionRate − expectedRate in 百分点: positive is ahead (超), negative behind (欠).
    public var gap: Decimal

    public init(completionRate: Decimal, expectedRate: Decimal) {
        self.completionRate = completionRate
        self.expectedRate = expectedRate
        self.gap = completionRate - expectedRate
    }
}

extension Statistics {
    /// 目标进度 of a cumulative value against the annual planned value at `period` (10/12 of the year at
    /// 1—10月: 75% done → gap −8.33…, "欠目标进度8.3个百分点"). Nil without a positive plan.
    public static func targetProgress(completed: Decimal?, planned: Decimal?, at period: Period) -> TargetProgress? {
        guard let rate = completionRate(completed: completed, planned: planned) else { return nil }
        // elapsed × 100 is formed as months × 100 ÷ 12 so the only inexact step is one division.
        let expected = Decimal(period.elapsedMonths) * 100 / 12
        return TargetProgress(completionRate: rate, expectedRate: expected)
    }

    /// For a growth target (e.g. 增长7%): actual growth − target growth in 百分点 (positive: above target).
    public static func growthTargetGap(actual: Decimal?, target: Decimal?) -> Decimal? {
        percentagePoints(current: actual, previous: target)
    }
}
