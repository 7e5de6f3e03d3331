import Foundation

extension FigureFormatter {
    /// A bulletin row in words: "完成年度计划的76.5%，落后时序进度6.8个百分点" / "…，超时序进度2.1个百分点" /
    /// "…，与时序进度持平"; "未下达年度计划" without a plan. Rate and gap are each rounded half-up.
    public func scheduleProgressPhrase(completionRate: Decimal?, gap: Decimal?) -> String {
        guard let completionRate else { return "未下达年度计划" }
        let head = "完成年度计划的" + percent(completionRate)
        guard let gap else { return head }
        let rounded = gap.roundedHalfUp(scale: max(0, percentDecimals))
        if rounded.isZero { return head + "，与时序进度持平" }
        return head + (rounded > 0 ? "，超时序进度" + percentagePoints(gap) : "，落后时序进度" + percentagePoints(-gap))
    }

    /// The phrase of a bulletin row's figures.
    public func scheduleProgressPhrase(_ figures: BulletinFigures) -> String {
        scheduleProgressPhrase(completionRate: figures.completionRate, gap: figures.gap)
    }
}
