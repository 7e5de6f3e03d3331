import Foundation
import Testing

@testable import TaizhangCharts

@Test func barsAreProportionalFromZero() {
    let chart = BarChart(
        title: "对比",
        bars: [
            .init(label: "甲区", value: 50, valueLabel: "50.00"),
            .init(label: "乙区", value: 100, valueLabel: "100.00", isHighlighted: true),
        ])
    let layout = chart.layout()
    let first = layout.extents[0]!
    let second = layout.extents[1]!
    #expect(first.lowerBound == layout.zeroX)
    #expect(abs((second.upperBound - layout.zeroX) - 2 * (first.upperBound - layout.zeroX)) < 0.0001)
    let svg = chart.render()
    #expect(svg.contains("class=\"bar-hi\""))
    #expect(svg.contains(">100.00</text>"))
}

@Test func negativeBarsExtendLeftOfZero() {
    let chart = BarChart(
        title: "增速",
        bars: [.init(label: "甲", value: -5, valueLabel: "-5.0%"), .init(label: "乙", value: 10, valueLabel: "10.0%")])
    let layout = chart.layout()
    #expect(layout.extents[0]!.upperBound == layout.zeroX)
    #expect(layout.extents[1]!.lowerBound == layout.zeroX)
    #expect(chart.render().contains("class=\"bar-neg\""))
}

@Test func barWithoutValueShowsOnlyItsLabel() {
    let chart = BarChart(
        title: "对比",
        bars: [.init(label: "甲", value: nil, valueLabel: "—"), .init(label: "乙", value: 3, valueLabel: "3")])
    #expect(chart.layout().extents[0] == nil)
    #expect(chart.render().components(separatedBy: "<rect").count - 1 == 1)
}

@Test func barLabelsAreEscaped() {
    let svg = BarChart(title: "t", bars: [.init(label: "<b>园区&", value: 1, valueLabel: "1")]).render()
    #expect(svg.contains("&lt;b&gt;园区&amp;"))
    #expect(!svg.contains("<b>"))
}
