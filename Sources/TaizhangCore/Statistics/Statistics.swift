import Foundation

/// The statistical arithmetic of the indicator ledger (同比, 环比, 百分点, 完成率, 目标进度, 排名, 结构比, 全年预计),
/// in exact `Decimal` and unrounded; rounding happens only in `FigureFormatter`. See docs/statistics.md.
public enum Statistics {
    /// 同比增长 in %: (current − prior) ÷ |prior| × 100. Nil when either is missing or prior is 0. Dividing by
    /// |prior| keeps the sign meaningful when the base is negative (a loss that shrinks is a rise).
    public static func yoyGrowth(current: Decimal?, prior: Decimal?) -> Decimal? {
        relativeChange(current, from: prior)
    }

    /// 环比 in %: (current − previous) ÷ |previous| × 100, on the same terms as `yoyGrowth`.
    public static func momGrowth(current: Decimal?, previous: Decimal?) -> Decimal? {
        relativeChange(current, from: previous)
    }

    /// The change of a percentage in 百分点: current − previous (e.g. growth 6.5% after 5.3% → 1.2).
    public static func percentagePoints(current: Decimal?, previous: Decimal?) -> Decimal? {
        guard let current, let previous else { return nil }
        return current - previous
    }

    static func relativeChange(_ current: Decimal?, from base: Decimal?) -> Decimal? {
        guard let current, let base, !base.isZero else { return nil }
        let magnitude = base < 0 ? -base : base
        return (current - base) * 100 / magnitude
    }
}
