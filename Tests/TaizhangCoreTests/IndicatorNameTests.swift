import Foundation
import TaizhangCore
import Testing

@Suite struct IndicatorNameTests {
    @Test func normalisation() {
        #expect(IndicatorName.normalise("ＧＤＰ") == "gdp")
        #expect(IndicatorName.normalise(" 地区 生产总值（亿元） ") == "地区生产总值")
        #expect(IndicatorName.normalise("税收收入(单位:万元)") == "税收收入")
        #expect(IndicatorName.normalise("经营（销售）收入") == "经营(销售)收入")
        #expect(IndicatorName.normalise("研发投入强度(%)") == "研发投入强度")
        #expect(IndicatorName.normalise("(亿元)") == "(亿元)")
    }
}
