import Foundation
import TaizhangCore
import Testing

/// `indicator` binding and `period`.
@Suite struct DraftIndicatorTests {
    private func indicator(_ text: String, _ needle: String, after: String? = nil) -> String? {
        DraftProbe.slot(text, needle, after: after)?.indicator
    }

    @Test func nearestNameInTheClause() {
        let text = "规上工业企业达到XX户，规模以上工业产值实现XX亿元。"
        #expect(indicator(text, "XX") == "规模以上工业企业数")
        #expect(indicator(text, "XX", after: "产值实现") == "规模以上工业总产值")
    }

    @Test func growthAndRankTakeTheQuantityNamedBefore() {
        let text = "城镇居民人均可支配收入达到XXX元、增长XX%、全市排名第X，全年预计完成XXX元、增长X.X%；实现成果转化XX项，增长X%。"
        #expect(indicator(text, "XX%") == "城镇居民人均可支配收入")
        #expect(indicator(text, "X，") == "城镇居民人均可支配收入")
        #expect(indicator(text, "XXX", after: "全年预计完成") == "城镇居民人均可支配收入")
        #expect(indicator(text, "X.X") == "城镇居民人均可支配收入")
        // A new quantity outside the catalogue: neither it nor its growth is bound.
        #expect(indicator(text, "XX项") == nil)
        #expect(indicator(text, "X%", after: "XX项") == nil)
    }

    @Test func respectivelyListsMapInOrder() {
        let text = "地区生产总值、全社会固定资产投资、外贸进出口额分别实现XX亿元、XX亿元、XX万元，同比分别增长XX%、XX%、XX%。"
        let slots = DraftReader.read(text)
        #expect(slots.map(\.indicator) == [
            "地区生产总值", "固定资产投资", "外贸进出口总额", "地区生产总值", "固定资产投资", "外贸进出口总额",
        ])
        #expect(slots.map(\.measure) == [.value, .value, .value, .growth, .growth, .growth])
    }

    @Test func sentenceEndsReset() {
        #expect(indicator("实际利用内资XX亿元。增长XX%", "XX%") == nil)
        #expect(indicator("实际利用内资XX亿元，同比增长XX%", "XX%") == "实际利用内资")
    }

    @Test func subsetsAreNotTheIndicator() {
        let text = "签约项目XX个，签约总金额XXX亿元。其中投资X亿元以上项目X个，签约金额XXX亿元。"
        #expect(indicator(text, "XX个") == "签约项目数")
        #expect(indicator(text, "XXX") == "签约金额")
        #expect(indicator(text, "X", after: "以上项目") == nil)
        #expect(indicator(text, "XXX", after: "其中") == nil)
        #expect(indicator("全区有效专利XX件，其中发明专利XX件", "XX", after: "其中") == "发明专利数")
        #expect(indicator("其中xx项目，总投资2亿元", "2") == nil)
        #expect(indicator("XX精密产业园项目预计完成投资XX万元", "XX", after: "完成投资") == nil)
        #expect(indicator("（新建项目完成投资额XX亿元）", "XX") == nil)
    }

    @Test func projectInvestment() {
        #expect(indicator("共有7个省市重点项目，计划总投资xx亿元", "xx") == "重点项目计划总投资")
        #expect(indicator("共招引7个项目落地，计划总投资约xx亿元", "xx") == "签约金额")
        #expect(indicator("共招引7个项目落地，计划总投资约xx亿元", "7") == "签约项目数")
        #expect(indicator("谋划一产项目XX个，总投资超过XX.X亿元", "XX.X") == nil)
    }

    @Test func traditionalCharactersResolve() {
        #expect(indicator("地區生產總值達到XX億元", "XX") == "地区生产总值")
    }

    @Test func aNameBeforeAQuantityOfAnotherKindIsNotBound() {
        #expect(indicator("规模以上工业企业完成总产值***.*亿元", "***.*") == "规模以上工业总产值")
        #expect(indicator("城镇新增就业XX人、转移农村劳动力XX人", "XX", after: "劳动力") == nil)
    }

    @Test func periods() throws {
        let text = "2021年全区地区生产总值XX亿元。X—XX月签约项目XX个。预计全年完成XX亿元。"
        let slots = DraftReader.read(text)
        #expect(slots.first { $0.text == "XX" }?.period == "2021年")
        let signed = try #require(DraftProbe.slot(text, "XX个"))
        #expect(signed.period == "2021年X—XX月")
        #expect(DraftProbe.slot(text, "XX", after: "预计全年完成")?.period?.hasSuffix("预计") == true)
    }
}

/// Tables, per-unit prefixes and ordinal lists.
@Suite struct DraftTableAndListTests {
    @Test func tableCellsTakeTheirMeasureAndIndicatorFromTheHeader() throws {
        let text = "| 指标 | 1—10月（亿元） | 增长（%） | 全市排名 |\n| --- | --- | --- | --- |\n| 地区生产总值 | 286.5 | 6.2 | 2 |\n| 税收收入 | 19.6 | -3.1 | 5 |\n"
        let gdp = try #require(DraftProbe.slot(text, "286.5"))
        #expect(gdp.indicator == "地区生产总值")
        #expect(gdp.measure == .value)
        #expect(gdp.unit == nil)
        #expect(DraftProbe.slot(text, "6.2")?.measure == .growth)
        #expect(DraftProbe.slot(text, "-3.1")?.indicator == "税收收入")
        #expect(DraftProbe.slot(text, "2", after: "6.2 | ")?.measure == .rank)
        // The header's month range stays a date.
        #expect(DraftProbe.slot(text, "1—")?.type == .date)
    }

    @Test func perUnitPrefixesMakeAnotherQuantity() {
        #expect(DraftProbe.slot("亩均税收达到28.6万元", "28.6")?.indicator == nil)
        #expect(DraftProbe.slot("税收达到28.6亿元", "28.6")?.indicator == "税收收入")
    }

    @Test func respectivelyWithRepeatedOrdinals() {
        let text = "规上工业增加值、固定资产投资增速分别为8.2%、-1.3%，分别居全市第3、第11位。"
        let slots = DraftReader.read(text)
        #expect(slots.map(\.indicator) == ["规模以上工业增加值", "固定资产投资", "规模以上工业增加值", "固定资产投资"])
        #expect(slots.map(\.measure) == [.growth, .growth, .rank, .rank])
    }

    @Test func growthInTimes() {
        #expect(DraftProbe.slot("出口额增长1.5倍", "1.5")?.measure == .growth)
    }
}
