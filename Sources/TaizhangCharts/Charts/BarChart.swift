import Foundation

/// A horizontal bar chart comparing units (e.g. the zones of a city on one indicator), with a value label at the
/// end of each bar and one bar highlighted (the zone being looked at). Negative values extend left of zero.
public struct BarChart: Sendable {
    /// One bar: its row label, value (nil draws no bar) and the formatted text shown beside it.
    public struct Bar: Sendable {
        public var label: String
        public var value: Decimal?
        public var valueLabel: String
        public var isHighlighted: Bool

        public init(label: String, value: Decimal?, valueLabel: String, isHighlighted: Bool = false) {
            self.label = label
            self.value = value
            self.valueLabel = valueLabel
            self.isHighlighted = isHighlighted
        }
    }

    public var title: String
    public var summary: String?
    public var bars: [Bar]
    public var width: Double
    /// Height of one row; the chart's height follows from the number of bars.
    public var rowHeight: Double

    public init(title: String, summary: String? = nil, bars: [Bar], width: Double = 600, rowHeight: Double = 30) {
        self.title = title
        self.summary = summary
        self.bars = bars
        self.width = width
        self.rowHeight = rowHeight
    }

    public var height: Double { Double(bars.count) * rowHeight + 16 }

    /// Geometry for tests: per bar, the rectangle's x range (nil when the bar has no value) and the zero line.
    public func layout() -> BarChartLayout {
        let labelColumn = (bars.map { TextWidth.estimate($0.label) }.max() ?? 0) + 12
        let valueRoom = (bars.map { TextWidth.estimate($0.valueLabel) }.max() ?? 0) + 10
        let values = bars.compactMap(\.value)
        let low = min(values.min() ?? 0, 0)
        let high = max(values.max() ?? 0, 0)
        let left = labelColumn + (low < 0 ? valueRoom : 0)
        let right = width - (high > 0 || low == high ? valueRoom : 8)
        let span = high - low
        func x(_ value: Decimal) -> Double {
            guard span != 0 else { return left }
            return left + (right - left) * NSDecimalNumber(decimal: (value - low) / span).doubleValue
        }
        let zero = x(0)
        let extents: [ClosedRange<Double>?] = bars.map { bar in
            guard let value = bar.value else { return nil }
            let end = x(value)
            return min(zero, end)...max(zero, end)
        }
        return BarChartLayout(labelColumn: labelColumn, zeroX: zero, extents: extents)
    }

    /// The chart as an accessible, self-contained `<svg>` element.
    public func render() -> String {
        let geometry = layout()
        var svg = SVGDocument(width: width, height: height, title: title, description: summary)
        for (index, bar) in bars.enumerated() {
            let top = 8 + Double(index) * rowHeight
            let middle = top + rowHeight / 2
            svg.text(
                bar.label, x: geometry.labelColumn - 10, y: middle + 4.5, anchor: "end",
                className: bar.isHighlighted ? "value" : "label")
            guard let extent = geometry.extents[index], let value = bar.value else {
                svg.text(bar.valueLabel, x: geometry.zeroX + 6, y: middle + 4.5, className: "tick")
                continue
            }
            let className = bar.isHighlighted ? "bar-hi" : (value < 0 ? "bar-neg" : "bar")
            svg.rect(
                x: extent.lowerBound, y: top + rowHeight * 0.18, width: max(extent.upperBound - extent.lowerBound, 1),
                height: rowHeight * 0.64, className: className, radius: 2)
            if value < 0 {
                svg.text(bar.valueLabel, x: extent.lowerBound - 6, y: middle + 4.5, anchor: "end", className: "value")
            } else {
                svg.text(bar.valueLabel, x: extent.upperBound + 6, y: middle + 4.5, className: "value")
            }
        }
        svg.line(x1: geometry.zeroX, y1: 4, x2: geometry.zeroX, y2: height - 4, className: "axis")
        return svg.render(className: "tz-bars")
    }
}

/// The computed geometry of a `BarChart`.
public struct BarChartLayout: Sendable {
    public let labelColumn: Double
    public let zeroX: Double
    /// Horizontal extent of each bar, nil for a bar without a value.
    public let extents: [ClosedRange<Double>?]
}
