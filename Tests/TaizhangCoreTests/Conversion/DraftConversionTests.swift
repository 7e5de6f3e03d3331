import Foundation
import Testing

@testable import TaizhangCore

/// A draft becomes a template and its figures are checked against the ledgers (hand-worked examples).
@Suite struct DraftConversionTests {
    static let draft = "2021年1—10月，全区实现地区生产总值123.4亿元，同比增长6.5%，居全市第2位。固定资产投资同比下降3.2%。引进项目15个，【重点】XX集团落户。\n"
    static let period = Period.cumulative(through: YearMonth(year: 2021, month: 10)!)

    @Test func aDraftBecomesATemplateThatFillsBackToTheSameText() throws {
        let slots = DraftReader.read(Self.draft)
        let converted = DraftTemplateConverter.convert(Self.draft, slots: slots)
        #expect(
            converted.template
                == "【年份】年1—【月份】月，全区实现地区生产总值【地区生产总值 | 亿元】亿元，同比【地区生产总值 增速 | 增减】，居全市第【地区生产总值 增速排名】位。固定资产投资同比【固定资产投资 增速 | 增减】。引进项目【签约项目数】个，【【重点】】【填写 名称（集团落户）】集团落户。\n")
        #expect(converted.fieldNames == ["名称（集团落户）"])
        // Uncertain ones first: the masked name, then the rank (增速 or 总量?).
        #expect(converted.forReview.prefix(2).allSatisfy { !$0.isCertain })
        #expect(converted.forReview.filter { !$0.isCertain }.map(\.slot.text).sorted() == ["2", "XX"])
        #expect(converted.conversions.first { $0.slot.text == "3.2" }?.replaced == "下降3.2%")

        // Filled with the same figures, the template gives the draft back (the name from the writer).
        var facts = InMemoryReportFacts()
        facts.set(.indicator(code: "gdp"), .value, Decimal(string: "123.4")!, "亿元", period: Self.period)
        facts.set(.indicator(code: "gdp"), .growth, Decimal(string: "6.5")!, "%", period: Self.period)
        facts.set(.indicator(code: "gdp"), .rankByGrowth, 2, "位", period: Self.period)
        facts.set(.indicator(code: "fixed_asset_investment"), .growth, Decimal(string: "-3.2")!, "%", period: Self.period)
        facts.set(.indicator(code: "signed_projects"), .value, 15, "个", period: Self.period)
        facts.sections["名称（集团落户）"] = "华联"
        let template = try ReportTemplate.compile("标题\n" + converted.template)
        let context = ReportContext(
            orgUnitCode: "Z", orgUnitName: "高新区", period: Self.period, issuer: "高新区管委会",
            date: CalendarDate(year: 2021, month: 11, day: 5)!)
        let document = try template.evaluate(context: context, facts: facts)
        guard case .paragraph(let paragraph) = document.blocks.first else { Issue.record("no paragraph"); return }
        #expect(paragraph.content.plainText + "\n" == Self.draft.replacingOccurrences(of: "XX", with: "华联").replacingOccurrences(of: "123.4亿元", with: "123.40亿元"))
    }

    @Test func aPlantedWrongFigureIsListedWithTheStoredValueAndItsSource() {
        var facts = InMemoryReportFacts()
        facts.set(.indicator(code: "gdp"), .value, Decimal(string: "123.449")!, "亿元", period: Self.period, source: "指标台账 GDP")
        facts.set(.indicator(code: "gdp"), .growth, Decimal(string: "6.46")!, "%", period: Self.period)
        facts.set(.indicator(code: "gdp"), .rankByGrowth, 3, "位", period: Self.period)
        // 固定资产投资 fell 3.24 %: "下降3.2%" agrees with −3.24 at one decimal.
        facts.set(.indicator(code: "fixed_asset_investment"), .growth, Decimal(string: "-3.24")!, "%", period: Self.period)
        let lines = DraftFactCheck.check(
            Self.draft, slots: DraftReader.read(Self.draft), facts: facts, period: Self.period)
        let verdicts = Dictionary(uniqueKeysWithValues: lines.map { ($0.slot.text, $0.verdict) })
        #expect(verdicts["123.4"] == .agrees)  // 123.449 → 123.4
        #expect(verdicts["6.5"] == .agrees)  // 6.46 → 6.5
        #expect(verdicts["3.2"] == .agrees)
        #expect(verdicts["2"] == .disagrees)
        #expect(verdicts["15"] == .unbound)  // no stored 签约项目数
        let rank = lines.first { $0.slot.text == "2" }
        #expect(rank?.stored == 3)
        #expect(rank?.note == "台账为3")
        #expect(lines.first { $0.slot.text == "123.4" }?.source?.sources == ["指标台账 GDP"])
        #expect(lines.first { $0.slot.text == "3.2" }?.written == Decimal(string: "-3.2"))
    }

    @Test func amountsAreComparedInTheDraftsUnit() {
        let draft = "2021年1—10月，全区实现地区生产总值1234000万元。\n"
        var facts = InMemoryReportFacts()
        facts.set(.indicator(code: "gdp"), .value, Decimal(string: "123.4")!, "亿元", period: Self.period)
        let lines = DraftFactCheck.check(draft, slots: DraftReader.read(draft), facts: facts, period: Self.period)
        #expect(lines.first { $0.slot.text == "1234000" }?.verdict == .agrees)
    }
}
