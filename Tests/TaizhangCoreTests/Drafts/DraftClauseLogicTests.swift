import Foundation
import TaizhangCore
import Testing

/// The clause rules added after the blind passages: denominators of shares and completions, the reach of
/// subsets, per-unit and narrow-population figures, levels after 提高到, ranges of size classes, phone numbers.
@Suite struct DraftClauseLogicTests {
    private func slot(_ text: String, _ needle: String, after: String? = nil) -> DraftSlot? {
        DraftProbe.slot(text, needle, after: after)
    }

    @Test func aShareTakesTheNameBeforeItsDenominator() throws {
        let text = "工业投资完成68.9亿元，增长18.7%，占固定资产投资的比重为44.1%，比上年同期提高5.6个百分点。"
        let share = try #require(slot(text, "44.1"))
        #expect(share.measure == .share)
        #expect(share.indicator == "工业投资")
        #expect(slot(text, "5.6")?.indicator == "工业投资")
    }

    @Test func aCompletionIsNotBoundToThePlanItIsMeasuredAgainst() throws {
        let text = "全区重点项目累计完成投资225.1亿元，完成年度计划的95.2%，超时序进度3.5个百分点。"
        let completion = try #require(slot(text, "95.2"))
        #expect(completion.measure == .completion)
        #expect(completion.indicator == "重点项目完成投资")
        #expect(slot(text, "3.5")?.indicator == "重点项目完成投资")
        #expect(slot("重点项目完成年度计划投资的86.5%。", "86.5")?.indicator == "重点项目完成投资")
        // Against the plan of another quantity the plan's name is still only the denominator.
        #expect(slot("实际利用外资3 450万美元，完成年度计划的69.0%。", "69.0")?.indicator == "实际利用外资")
    }

    @Test func aClassOfProjectsReachesTheEndOfItsSentenceOnly() {
        let text = "其中，省重点项目18个，完成投资64.7亿元；市重点项目45个。新开工项目39个，开工率92.9%。"
        #expect(slot(text, "18")?.indicator == nil)
        #expect(slot(text, "64.7")?.indicator == nil)
        #expect(slot(text, "45")?.indicator == nil)
        #expect(slot(text, "39")?.indicator == "新开工项目数")
        #expect(slot(text, "92.9")?.indicator == "新开工项目数")
        // 省市重点项目 is all key projects, not the 市重点 class.
        #expect(slot("全区35个省市重点项目完成投资71.2亿元。", "35")?.indicator == "重点项目数")
        #expect(slot("全市重点项目完成投资71.2亿元。", "71.2")?.indicator == "重点项目完成投资")
    }

    @Test func aSizeClassOfProjectsDoesNotNarrowOtherIndicators() {
        let text = "力争引进10亿元以上重大项目5个，实际到位内资增长10%以上。"
        #expect(slot(text, "10")?.measure == .other)
        #expect(slot(text, "5")?.indicator == nil)
        let growth = slot(text, "10%", after: "到位内资增长")
        #expect(growth?.measure == .growth)
        #expect(growth?.indicator == "实际利用内资")
    }

    @Test func anIndustryOrPopulationNarrowsTheName() {
        #expect(slot("税收收入中，工业税收5.86亿元，占56.2%。", "5.86")?.indicator == nil)
        #expect(slot("其中制造业项目到位资金98.7亿元。", "98.7")?.indicator == nil)
        #expect(slot("全区高新技术企业实现营业收入320.5亿元。", "320.5")?.indicator == nil)
        #expect(slot("其中，新材料产业营业收入312.5亿元，增长15.2%。", "15.2")?.indicator == nil)
        // The zone's own enterprises keep the name.
        #expect(slot("园区入驻企业实现营业收入320.5亿元。", "320.5")?.indicator == "营业收入")
    }

    @Test func perUnitFiguresAreOtherQuantities() {
        #expect(slot("规上工业企业亩均增加值300万元。", "300")?.indicator == nil)
        #expect(slot("每万人有效发明专利拥有量12.5件。", "12.5")?.indicator == nil)
    }

    @Test func aRateRaisedToALevelIsAValue() {
        #expect(slot("供地率提高到78.4%。", "78.4")?.measure == .value)
        #expect(slot("规上工业增加值增速回落至5.2%。", "5.2")?.measure == .growth)
    }

    @Test func aRangeOfMoneyBeforeProjectsIsASizeClass() throws {
        let text = "总投资10—50亿元项目9个。"
        let low = try #require(slot(text, "10"))
        #expect(low.measure == .other)
        #expect(low.unit == "亿元")
        #expect(slot(text, "50")?.measure == .other)
        #expect(slot(text, "9")?.indicator == nil)
    }

    @Test func figuresJoinedByAndShareTheirMeasure() {
        let text = "新开工项目、竣工投产项目比上年同期分别增加7个和5个。"
        let slots = DraftReader.read(text)
        #expect(slots.map(\.measure) == [.delta, .delta])
        #expect(slots.map(\.indicator) == ["新开工项目数", "竣工投产项目数"])
    }

    @Test func aSecondRespectivelyListWithOneNameRepeatsIt() {
        let text = "高新园、临港园分别签约项目24个、19个，签约金额分别为142.6亿元和98.3亿元。"
        #expect(DraftReader.read(text).map(\.indicator) == ["签约项目数", "签约项目数", "签约金额", "签约金额"])
    }

    @Test func signedProjectsWithAnInterposedDe() {
        #expect(slot("今年签约的58个项目中，仍有19个未开工。", "58")?.indicator == "签约项目数")
    }

    @Test func phoneNumbersAndRangeHeadsAreTyped() {
        let phone = DraftReader.read("联系人：***　　联系电话：XXXX-XXXXXXX")
        #expect(phone.map(\.type) == [.name, .text, .text])
        let range = DraftReader.read("给予XX—XXX万元奖励")
        #expect(range.map(\.type) == [.number, .number])
        #expect(range.map(\.unit) == ["万元", "万元"])
    }
}
