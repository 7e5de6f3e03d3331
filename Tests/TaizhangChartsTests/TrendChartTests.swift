import Foundation
import TaizhangCore
import Testing

@testable import TaizhangCharts

private func chart(_ values: [Decimal?], previous: [Decimal?]? = nil, title: String = "走势") -> TrendChart {
    var series = [TrendChart.Series(name: "2026年", values: values)]
    if let previous { series.append(.init(name: "2025年", values: previous)) }
    return TrendChart(
        title: title, monthLabels: values.indices.map { "\($0 + 1)月" }, series: series, width: 600, height: 260)
}

@Test func missingMonthBreaksTheLineIntoTwoRuns() {
    let layout = chart([10, 20, nil, 40, 50]).layout()
    let path = TrendChartLayout.linePath(layout.points[0])
    #expect(layout.points[0][2] == nil)
    #expect(path.components(separatedBy: "M").count - 1 == 2)
    #expect(path.components(separatedBy: "L").count - 1 == 2)
}

@Test func isolatedPointHasNoLineButStillAMarker() {
    let rendered = chart([10, nil, 30, nil, 50]).render()
    let layout = chart([10, nil, 30, nil, 50]).layout()
    #expect(TrendChartLayout.linePath(layout.points[0]).isEmpty)
    #expect(rendered.components(separatedBy: "<circle").count - 1 == 3)
}

@Test func pointsAreSpacedEvenlyAndScaledToTicks() {
    let layout = chart([0, 50, 100]).layout()
    let points = layout.points[0].compactMap { $0 }
    #expect(points[1].x - points[0].x == points[2].x - points[1].x)
    // 0 sits on the plot bottom, 100 (the top tick) on the plot top.
    #expect(points[0].y == layout.plotBottom)
    #expect(points[2].y == layout.plotTop)
    #expect(points[1].y == (layout.plotBottom + layout.plotTop) / 2)
}

@Test func secondSeriesIsDrawnDashedWithLegend() {
    let svg = chart([10, 20, 30], previous: [8, 12, 25]).render()
    #expect(svg.contains("class=\"s1\""))
    #expect(svg.contains(">2025年</text>"))
    #expect(svg.contains(">2026年</text>"))
}

@Test func titleIsEscapedAndAccessible() {
    let svg = chart([1, 2], title: "A&B <script>\"x\"").render()
    #expect(svg.contains("role=\"img\""))
    #expect(svg.contains("aria-label=\"A&amp;B &lt;script&gt;&quot;x&quot;\""))
    #expect(svg.contains("<title>A&amp;B &lt;script&gt;&quot;x&quot;</title>"))
    #expect(!svg.contains("<script>"))
}

@Test func tickLabelsComeFromTheCaller() {
    var trend = chart([0, 95])
    trend.tickLabel = { "\($0)亿" }
    let svg = trend.render()
    #expect(svg.contains(">100亿</text>"))
    #expect(svg.contains(">50亿</text>"))
}

@Test func monthLabelsShowTheYearAtJanuary() {
    let months = YearMonth(year: 2026, month: 2)!.trailing(4)
    #expect(TrendChart.monthLabels(for: months) == ["11月", "12月", "2026年1月", "2月"])
}

@Test func areaIsClosedDownToTheBaseline() {
    let layout = chart([10, 20]).layout()
    let areas = TrendChartLayout.areaPaths(layout.points[0], baseline: layout.baseline)
    #expect(areas.count == 1)
    #expect(areas[0].hasSuffix("Z"))
    #expect(layout.baseline == layout.plotBottom)
}
