import Foundation

/// A progress bar of a target's completion against the share of the year that has passed (目标进度): the bar fills
/// to the completion rate, a marker stands at time elapsed, and the fill turns amber when behind time.
public struct ProgressGauge: Sendable {
    public var title: String
    /// Completed share of the target, as a percentage (e.g. 75 for 75%); values above 100 fill the bar.
    public var completionPercent: Decimal
    /// Share of the year elapsed, as a percentage (e.g. 83.3 at the end of October).
    public var elapsedPercent: Decimal
    /// Formatted texts from the caller, e.g. "完成75.0%" and "时间进度83.3%".
    public var completionLabel: String
    public var elapsedLabel: String
    public var width: Double

    public init(
        title: String, completionPercent: Decimal, elapsedPercent: Decimal, completionLabel: String,
        elapsedLabel: String, width: Double = 320
    ) {
        self.title = title
        self.completionPercent = completionPercent
        self.elapsedPercent = elapsedPercent
        self.completionLabel = completionLabel
        self.elapsedLabel = elapsedLabel
        self.width = width
    }

    public var height: Double { 52 }

    /// Whether completion is at or ahead of time elapsed.
    public var isOnSchedule: Bool { completionPercent >= elapsedPercent }

    /// Pixel geometry for tests: track, fill end and marker x.
    public func layout() -> (trackLeft: Double, trackRight: Double, fillRight: Double, markerX: Double) {
        let left = 2.0
        let right = width - 2
        func x(_ percent: Decimal) -> Double {
            let clamped = min(max(percent, 0), 100)
            return left + (right - left) * NSDecimalNumber(decimal: clamped / 100).doubleValue
        }
        return (left, right, x(completionPercent), x(elapsedPercent))
    }

    /// The gauge as an accessible, self-contained `<svg>` element.
    public func render() -> String {
        let geometry = layout()
        var svg = SVGDocument(
            width: width, height: height, title: title, description: "\(completionLabel)，\(elapsedLabel)")
        svg.rect(
            x: geometry.trackLeft, y: 20, width: geometry.trackRight - geometry.trackLeft, height: 12,
            className: "track", radius: 6)
        svg.rect(
            x: geometry.trackLeft, y: 20, width: geometry.fillRight - geometry.trackLeft, height: 12,
            className: isOnSchedule ? "fill-ok" : "fill-behind", radius: 6)
        svg.line(x1: geometry.markerX, y1: 15, x2: geometry.markerX, y2: 37, className: "marker")
        svg.text(completionLabel, x: geometry.trackLeft, y: 13, className: "value")
        let anchor = geometry.markerX > width * 0.7 ? "end" : (geometry.markerX < width * 0.3 ? "start" : "middle")
        svg.text(elapsedLabel, x: geometry.markerX, y: 50, anchor: anchor, className: "tick")
        return svg.render(className: "tz-gauge")
    }
}
