import Foundation
import TaizhangCore

/// A line chart over months (e.g. the 13-month trend of a dashboard card): one or two series such as this year
/// and last year, a y axis with round ticks, month labels, and gaps where a month has no figure.
public struct TrendChart: Sendable {
    /// One line of the chart; `values` align with the chart's `monthLabels`, nil for a missing month.
    public struct Series: Sendable {
        public var name: String
        public var values: [Decimal?]

        public init(name: String, values: [Decimal?]) {
            self.name = name
            self.values = values
        }
    }

    /// Accessible name of the chart, e.g. "地区生产总值近13个月走势".
    public var title: String
    /// Longer text alternative (read by screen readers), optional.
    public var summary: String?
    /// Labels under the x axis, e.g. "10月"; one per value.
    public var monthLabels: [String]
    /// The first series is drawn solid (and filled when `fillsArea`), the second dashed; more are ignored.
    public var series: [Series]
    /// Formats a tick value for the y axis; the caller passes the project's figure formatter.
    public var tickLabel: @Sendable (Decimal) -> String
    public var width: Double
    public var height: Double
    public var fillsArea: Bool
    /// Whether the y axis starts at zero (amounts) or fits the data (growth rates, per-capita figures).
    public var includesZero: Bool

    public init(
        title: String, summary: String? = nil, monthLabels: [String], series: [Series],
        tickLabel: @escaping @Sendable (Decimal) -> String = { $0.plainString },
        width: Double = 600, height: Double = 260, fillsArea: Bool = true, includesZero: Bool = true
    ) {
        self.title = title
        self.summary = summary
        self.monthLabels = monthLabels
        self.series = Array(series.prefix(2))
        self.tickLabel = tickLabel
        self.width = width
        self.height = height
        self.fillsArea = fillsArea
        self.includesZero = includesZero
    }

    /// Month labels in Chinese for a run of months: "11月", with the year shown at January ("2026年1月") so that a
    /// 13-month window reads unambiguously.
    public static func monthLabels(for months: [YearMonth]) -> [String] {
        months.enumerated().map { index, month in
            index > 0 && month.month == 1 ? "\(month.year)年1月" : "\(month.month)月"
        }
    }

    /// Geometry of the chart, exposed so that tests can check ticks, points and gaps without parsing SVG.
    public func layout() -> TrendChartLayout {
        let scale = NiceScale(covering: series.flatMap(\.values), targetTicks: 4, includesZero: includesZero)
        let tickTexts = scale.ticks.map(tickLabel)
        let widestTick = tickTexts.map(TextWidth.estimate(_:)).max() ?? 0
        let plot = (
            left: widestTick + 14, right: width - 18, top: series.isEmpty ? 14.0 : 36.0,
            bottom: height - 30
        )
        let count = monthLabels.count
        func x(_ index: Int) -> Double {
            count > 1
                ? plot.left + (plot.right - plot.left) * Double(index) / Double(count - 1)
                : (plot.left + plot.right) / 2
        }
        func y(_ value: Decimal) -> Double {
            plot.bottom - (plot.bottom - plot.top) * scale.fraction(of: value)
        }
        let points = series.map { line in
            (0..<count).map { index -> ChartPoint? in
                guard index < line.values.count, let value = line.values[index] else { return nil }
                return ChartPoint(x: x(index), y: y(value))
            }
        }
        let baseline = y(scale.lower <= 0 && scale.upper >= 0 ? 0 : scale.lower)
        return TrendChartLayout(
            scale: scale, tickTexts: tickTexts, tickYs: scale.ticks.map(y), labelXs: (0..<count).map(x),
            points: points, plotLeft: plot.left, plotRight: plot.right, plotTop: plot.top,
            plotBottom: plot.bottom, baseline: baseline)
    }

    /// The chart as an accessible, self-contained `<svg>` element.
    public func render() -> String {
        let geometry = layout()
        var svg = SVGDocument(width: width, height: height, title: title, description: summary)
        for (tickY, text) in zip(geometry.tickYs, geometry.tickTexts) {
            svg.line(x1: geometry.plotLeft, y1: tickY, x2: geometry.plotRight, y2: tickY, className: "grid")
            svg.text(text, x: geometry.plotLeft - 6, y: tickY + 4, anchor: "end", className: "tick")
        }
        svg.line(
            x1: geometry.plotLeft, y1: geometry.baseline, x2: geometry.plotRight, y2: geometry.baseline,
            className: "axis")
        // Thin out month labels only when they could not fit side by side.
        let slot = geometry.labelXs.count > 1 ? geometry.labelXs[1] - geometry.labelXs[0] : width
        let widest = monthLabels.map(TextWidth.estimate(_:)).max() ?? 0
        let every = max(1, Int((widest + 4) / max(slot, 1)) + 1)
        for (index, labelX) in geometry.labelXs.enumerated()
        where index % every == 0 || index == geometry.labelXs.count - 1 {
            svg.text(monthLabels[index], x: labelX, y: height - 10, anchor: "middle", className: "tick")
        }
        for (index, points) in geometry.points.enumerated().reversed() {
            if index == 0 && fillsArea {
                for area in TrendChartLayout.areaPaths(points, baseline: geometry.baseline) {
                    svg.append("<path d=\"\(area)\" class=\"a0\"/>")
                }
            }
            let path = TrendChartLayout.linePath(points)
            if !path.isEmpty { svg.append("<path d=\"\(path)\" class=\"s\(index)\"/>") }
            for point in points.compactMap({ $0 }) {
                svg.append(
                    "<circle cx=\"\(SVGCoordinate.format(point.x))\" cy=\"\(SVGCoordinate.format(point.y))\" "
                        + "r=\"\(index == 0 ? 3 : 2.5)\" class=\"m\(index)\"/>")
            }
        }
        var legendX = geometry.plotLeft
        for (index, line) in series.enumerated() {
            svg.rect(x: legendX, y: 12, width: 18, height: 4, className: "sw\(index)", radius: 1)
            svg.text(line.name, x: legendX + 24, y: 19, className: "legend")
            legendX += 24 + TextWidth.estimate(line.name) + 22
        }
        return svg.render(className: "tz-trend")
    }
}

/// The computed geometry of a `TrendChart`.
public struct TrendChartLayout: Sendable {
    public let scale: NiceScale
    public let tickTexts: [String]
    public let tickYs: [Double]
    public let labelXs: [Double]
    /// Per series, per month: the point, or nil for a gap.
    public let points: [[ChartPoint?]]
    public let plotLeft: Double
    public let plotRight: Double
    public let plotTop: Double
    public let plotBottom: Double
    /// y of the zero line (or of the axis bottom when zero is outside the domain).
    public let baseline: Double

    /// SVG path data: one "M … L …" run per stretch of consecutive points, so that a missing month is a gap.
    public static func linePath(_ points: [ChartPoint?]) -> String {
        runs(points).filter { $0.count > 1 }.map { run in
            run.enumerated().map { index, point in
                "\(index == 0 ? "M" : "L")\(SVGCoordinate.format(point.x)) \(SVGCoordinate.format(point.y))"
            }.joined(separator: " ")
        }.joined(separator: " ")
    }

    /// Closed area paths under each run of two or more points, down to `baseline`.
    public static func areaPaths(_ points: [ChartPoint?], baseline: Double) -> [String] {
        runs(points).filter { $0.count > 1 }.map { run in
            let f = SVGCoordinate.format
            let top = run.map { "L\(f($0.x)) \(f($0.y))" }.joined(separator: " ")
            return "M\(f(run[0].x)) \(f(baseline)) \(top) L\(f(run[run.count - 1].x)) \(f(baseline)) Z"
        }
    }

    static func runs(_ points: [ChartPoint?]) -> [[ChartPoint]] {
        var runs: [[ChartPoint]] = []
        var current: [ChartPoint] = []
        for point in points {
            if let point {
                current.append(point)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
