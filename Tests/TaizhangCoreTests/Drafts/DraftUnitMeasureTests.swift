import Foundation
import TaizhangCore
import Testing

/// `unit` and `measure` of quantities.
@Suite struct DraftUnitMeasureTests {
    private func slot(_ text: String, _ needle: String, after: String? = nil) -> DraftSlot? {
        DraftProbe.slot(text, needle, after: after)
    }

    @Test func unitsAsWritten() {
        #expect(slot("设施蔬菜XX余亩", "XX")?.unit == "亩")
        #expect(slot("约5多万元", "5")?.unit == "万元")
        #expect(slot("增长12.5 %", "12.5")?.unit == "%")
        #expect(slot("增长12.5％", "12.5")?.unit == "％")
        #expect(slot("高于全市1.6个百分点", "1.6")?.unit == "百分点")
        #expect(slot("實現生產總值XX億元", "XX")?.unit == "億元")
        #expect(slot("接待游客XX万人次", "XX")?.unit == "万人次")
        #expect(slot("规划面积XXX平方公里", "XXX")?.unit == "平方公里")
        #expect(slot("产值XX，税收", "XX")?.unit == nil)
    }

    @Test func listsAndRangesShareTheLastUnit() {
        let text = "分别提高9.8、6.2、5.8、2.0个百分点"
        let slots = DraftReader.read(text)
        #expect(slots.map(\.unit) == ["百分点", "百分点", "百分点", "百分点"])
        let allChange = slots.allSatisfy { $0.measure == .change }
        #expect(allChange)
        let range = DraftReader.read("投资1—10亿元的项目")
        #expect(range.map(\.unit) == ["亿元", "亿元"])
        #expect(range.map(\.type) == [.number, .number])
    }

    @Test func ranksHaveNoUnit() {
        #expect(slot("居全省第X位", "X")?.unit == nil)
        #expect(slot("居全省第X位", "X")?.measure == .rank)
        #expect(slot("进入前X名", "X")?.measure == .rank)
        #expect(slot("进入前X名", "X")?.unit == nil)
        #expect(slot("全市排名第X，", "X")?.measure == .rank)
        #expect(slot("排名上升25位", "25")?.measure == .delta)
        #expect(slot("第16至23批次", "16")?.measure == .other)
        #expect(slot("第16至23批次", "23")?.measure == .other)
    }

    @Test func measures() {
        #expect(slot("地区生产总值达到XX亿元", "XX")?.measure == .value)
        #expect(slot("研发经费投入强度XX%", "XX")?.measure == .value)
        #expect(slot("同比增长XX%", "XX")?.measure == .growth)
        #expect(slot("增速X.X%", "X.X")?.measure == .growth)
        #expect(slot("下降X%", "X")?.measure == .growth)
        #expect(slot("实现*%的增幅", "*")?.measure == .growth)
        #expect(slot("同比增加XX万元", "XX")?.measure == .delta)
        #expect(slot("较去年净增X家", "X")?.measure == .delta)
        #expect(slot("完成率1xx%", "1xx")?.measure == .completion)
        #expect(slot("为年度计划的XX%", "XX")?.measure == .completion)
        #expect(slot("占年度总投资X%", "X")?.measure == .completion)
        #expect(slot("开工率XX%", "XX")?.measure == .completion)
        #expect(slot("占全区比重XX%", "XX")?.measure == .share)
        #expect(slot("高于去年同期1.6个百分点", "1.6")?.measure == .change)
        #expect(slot("低于时序进度3.82个百分点", "3.82")?.measure == .change)
        #expect(slot("拉动增长17.1个百分点", "17.1")?.measure == .other)
        #expect(slot("时序进度16.67%", "16.67")?.measure == .other)
        #expect(slot("X亿元以上项目X个", "X")?.measure == .other)
        #expect(slot("X亿元以上项目X个", "X", after: "项目")?.measure == .value)
        #expect(slot("持续6个月", "6")?.measure == .other)
        #expect(slot("召开党工委会议X次", "X")?.measure == .other)
        #expect(slot("查处各类行政案件XX起", "XX")?.measure == .other)
        #expect(slot("技能提升培训XX人", "XX")?.measure == .value)
        #expect(slot("由原日处理鲜奶XX吨提升至XX吨", "XX", after: "提升至")?.measure == .value)
    }

    @Test func shareOfTheThreeIndustries() {
        let slots = DraftReader.read("三次产业调整到XX：XX：XX。")
        #expect(slots.map(\.measure) == [.share, .share, .share])
        #expect(slots.map(\.unit) == [nil, nil, nil])
        #expect(slots.map(\.indicator) == ["第一产业增加值", "第二产业增加值", "第三产业增加值"])
    }

    @Test func nonNumbersHaveNoUnitMeasureOrIndicator() throws {
        let name = try #require(slot("XX集团实现营业收入XX亿元", "XX"))
        #expect(name.unit == nil && name.measure == nil && name.indicator == nil && name.period == nil)
    }
}
