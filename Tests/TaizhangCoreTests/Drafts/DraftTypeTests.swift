import Foundation
import TaizhangCore
import Testing

/// The `type` of a slot: date, name, text or number.
@Suite struct DraftTypeTests {
    private func type(_ text: String, _ needle: String, after: String? = nil) -> DraftSlotType? {
        DraftProbe.slot(text, needle, after: after)?.type
    }

    @Test func dates() {
        #expect(type("2021年全区", "2021") == .date)
        #expect(type("X月X日签订", "X") == .date)
        #expect(type("X月X日签订", "X", after: "月") == .date)
        #expect(type("1—10月，全区", "1") == .date)
        #expect(type("1—10月，全区", "10") == .date)
        #expect(type("1-3月增长", "1") == .date)
        #expect(type("1至9月增长", "1") == .date)
        #expect(type("前11个月累计", "11") == .date)
        #expect(type("X—X季度，地区", "X") == .date)
        #expect(type("截止XX月底", "XX") == .date)
        #expect(type("于1月26日开工", "26") == .date)
        #expect(type("时间2024-07-24", "07") == .date)
        #expect(type("时间2024-07-24", "24", after: "07-") == .date)
        #expect(type("（XX-2021年）", "XX") == .date)
    }

    @Test func documentAndIndexNumbers() {
        let text = "依据X政发〔2024〕98号和国发（〔20**〕**号）文件，索引号11R/2024-01953"
        #expect(type(text, "2024") == .date)
        #expect(type(text, "98") == .text)
        #expect(type(text, "20**") == .date)
        #expect(type(text, "**号", after: "20**") == .text)
        #expect(type(text, "2024", after: "R/") == .date)
        #expect(type(text, "01953") == .text)
    }

    @Test func notDates() {
        #expect(type("会议于12:14开始", "12") == .text)
        #expect(type("会议于12:14开始", "14") == .text)
        let years = DraftProbe.slot("已连续19年位居全省前列", "19")
        #expect(years?.type == .number)
        #expect(years?.unit == "年")
        #expect(years?.measure == .other)
        #expect(type("重启搁浅XX年的基地", "XX") == .number)
        #expect(type("持续6个月", "6") == .number)
    }

    @Test func names() {
        #expect(type("XX集团投资", "XX") == .name)
        #expect(type("位于XX区", "XX") == .name)
        #expect(type("X县改革", "X") == .name)
        #expect(type("坚定“xx”，团结", "xx") == .name)
        #expect(type("全面升级xx能产业", "xx") == .name)
        let project = DraftProbe.slot("推进xx项目建设", "xx")
        #expect(project?.type == .name)
        #expect(project?.unit == nil)
        #expect(type("以**、**绒业为依托", "**") == .name)
    }

    @Test func labels() {
        #expect(type("推行3+2模式", "3") == .text)
        #expect(type("“X+X专项整治”", "X") == .text)
        #expect(type("7×24小时服务", "7") == .text)
        #expect(type("7×24小时服务", "24") == .text)
        #expect(type("X号车间主体施工", "X") == .text)
        #expect(type("咨询电话13912345678", "13912345678") == .text)
    }

    @Test func numbers() {
        #expect(type("完成投资XX亿元", "XX") == .number)
        #expect(type("全市排名第X，", "X") == .number)
        #expect(type("增长X.X%", "X.X") == .number)
        #expect(type("设施蔬菜XX余亩", "XX") == .number)
        // A masked name enumerated with quantities after a numeric cue is a quantity.
        #expect(type("分别为XX、XX、XX亿元", "XX") == .number)
        #expect(type("XX、XX户龙头企业", "XX") == .name)
    }
}
