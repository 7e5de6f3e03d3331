import TaizhangCore
import Testing

@testable import TaizhangOffice

@Suite struct DraftSlotListingTests {
    @Test func padsColumnsToTheirDisplayWidthAndCountsSlots() {
        let slots = [
            DraftSlot(start: 2, end: 7, text: "2021", masked: false, type: .date, period: nil),
            DraftSlot(
                start: 31, end: 33, text: "XX", masked: true, type: .number, unit: "亿元", measure: .value,
                indicator: "地区生产总值", period: "2021年"),
        ]
        let expected = """
            序号  位置   原文  类型  指标          口径    单位  时期
            1     2-7    2021  日期  —             —       —     —
            2     31-33  XX    数量  地区生产总值  绝对值  亿元  2021年
            共2处（掩码1处，数字1处）。
            """
        #expect(DraftSlotListing.render(slots) == expected)
    }

    @Test func namesEveryMeasureInChinese() {
        let names = SlotMeasure.allCases.map(DraftSlotListing.measureName)
        #expect(names == ["绝对值", "增速", "增减量", "排名", "完成率", "占比", "百分点差", "其他"])
        #expect(Set(DraftSlotType.allCases.map(DraftSlotListing.typeName)).count == 4)
    }
}
