import Foundation

extension Statistics {
    /// 完成率 in %: completed ÷ planned × 100. Nil when either is missing or the plan is not positive.
    public static func completionRate(completed: Decimal?, planned: Decimal?) -> Decimal? {
        guard let completed, let planned, planned > 0 else { return nil }
        return completed * 100 / planned
    }
}
