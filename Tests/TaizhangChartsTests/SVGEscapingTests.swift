import Testing

@testable import TaizhangCharts

@Test func escapesMarkupCharactersAndDropsControls() {
    #expect(SVGEscaping.escape("a<b>&\"c'\u{0001}") == "a&lt;b&gt;&amp;&quot;c&#39;")
    #expect(SVGEscaping.escape("地区生产总值") == "地区生产总值")
}

@Test func coordinatesHaveOneDecimalAndKeepTheSign() {
    #expect(SVGCoordinate.format(12.0) == "12")
    #expect(SVGCoordinate.format(12.34) == "12.3")
    #expect(SVGCoordinate.format(-0.46) == "-0.5")
    #expect(SVGCoordinate.format(-3.25) == "-3.3" || SVGCoordinate.format(-3.25) == "-3.2")
}
