import Foundation
import TaizhangCore
import Testing

/// "Where a slot is": list markers, page numbers, masks, figures, digit groups and signs.
@Suite struct DraftScanningTests {
    @Test func listMarkersAreNotSlots() {
        let text = "1.2021年四季度经济指标\n2、招商引资\n（1）签约项目\n(2)开工项目\n  3．其他"
        #expect(DraftProbe.texts(text) == ["2021"])
        #expect(DraftReader.read(text).first?.start == 2)
        #expect(DraftReader.read(text).first?.type == .date)
    }

    @Test func aDotInARowOfFiguresIsADecimalPoint() {
        #expect(DraftProbe.texts("19.31 |") == ["19.31"])
        #expect(DraftProbe.texts("19.31 | -4.7% | 12") == ["19.31", "-4.7", "12"])
    }

    @Test func pageNumbersAreNotSlots() {
        #expect(DraftProbe.texts("正文\n— 1 —\n-2-\n－ 3 －\n下一页").isEmpty)
        // A number between dashes inside a sentence is a slot.
        #expect(DraftProbe.texts("区间为—1—") == ["1"])
    }

    @Test func maskedRuns() {
        let text = "完成XX亿元，X.X%，***.*亿元，1xx%，29XX6吨，XX.27万元，20XX年，Ｘ户"
        #expect(DraftProbe.texts(text) == ["XX", "X.X", "***.*", "1xx", "29XX6", "XX.27", "20XX", "Ｘ"])
        let allMasked = DraftReader.read(text).allSatisfy { $0.masked }
        #expect(allMasked)
    }

    @Test func maskDotsAtTheEdgesAreNotPartOfTheRun() {
        let slots = DraftReader.read("达到XX.亿元，.X万元")
        #expect(slots.map(\.text) == ["XX", "X"])
    }

    @Test func lettersTouchingLowerCaseLatinAreAWord() {
        #expect(DraftProbe.texts("Xbox销量max，文件.docx，出口Excel表").isEmpty)
        let slots = DraftReader.read("抢抓XG发展机遇，建设XKV变电站")
        #expect(slots.map(\.text) == ["X", "X"])
        let allText = slots.allSatisfy { $0.type == .text }
        #expect(allText)
    }

    @Test func figuresHoldAtMostOneDecimalPoint() {
        #expect(DraftProbe.texts("版本1.2.3") == ["1.2", "3"])
        let slots = DraftReader.read("增长12.5%")
        #expect(slots.first?.masked == false)
    }

    @Test func digitGroupsJoin() {
        #expect(DraftProbe.texts("总产值19 278.1亿元") == ["19 278.1"])
        #expect(DraftProbe.texts("收入1,731.9亿元") == ["1,731.9"])
        #expect(DraftProbe.texts("人口3 000 000人") == ["3 000 000"])
        // A Chinese comma never joins; groups must be exactly three digits.
        #expect(DraftProbe.texts("分别为12，345个") == ["12", "345"])
        #expect(DraftProbe.texts("2020, 2021年") == ["2020", "2021"])
        #expect(DraftProbe.texts("共5,12个") == ["5", "12"])
    }

    @Test func signs() {
        #expect(DraftProbe.texts("同比增长-4.7%") == ["-4.7"])
        #expect(DraftProbe.texts("增长-x%") == ["-x"])
        #expect(DraftProbe.texts("增长－2.1%") == ["－2.1"])
        #expect(DraftProbe.texts("1-3月") == ["1", "3"])
        #expect(DraftProbe.texts("2024-07-24") == ["2024", "07", "24"])
        #expect(DraftProbe.texts("X-X月") == ["X", "X"])
        #expect(DraftProbe.texts("购买2000-3000辆") == ["2000", "3000"])
        #expect(DraftProbe.texts("COVID-19疫情") == ["19"])
    }

    @Test func offsetsCountUnicodeScalars() throws {
        let text = "𠀀年产XX吨"  // a character outside the BMP counts once
        let slot = try #require(DraftReader.read(text).first)
        #expect(slot.start == 3)
        #expect(slot.end == 5)
    }

    @Test func chineseNumeralsAndDeletedFiguresAreOutOfScope() {
        #expect(DraftProbe.texts("引进两个项目，三次产业协调，第三季度，引进个项目，总投资约亿元").isEmpty)
    }
}
