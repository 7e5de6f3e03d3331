import Foundation
import TaizhangCore
import Testing

@testable import TaizhangWeb

/// Filling report templates from the store (`ReportFacade` over `LedgerReportFacts`), against the figures of
/// `TestCity` and `ProjectFixture` worked out by hand.
@Suite struct ReportFillTests {
    static let request = ReportFacade.Request(
        unit: "T-A", period: .cumulative(through: TestCity.month), date: CalendarDate(year: 2026, month: 11, day: 5))

    @Test func figuresRanksLoopsAndProjectQuantitiesComeFromTheLedgers() async throws {
        let fixture = try await ProjectFixture.make()
        let facade = ReportFacade(database: fixture.city.database)
        let template = """
            【地区】【时期】经济运行情况
            【时期简称】，全区固定资产投资【固定资产投资】亿元，同比【固定资产投资 增速 | 增减】，【固定资产投资 增速排名 | 位次】，完成年度目标的【固定资产投资 完成率】%。地区生产总值【地区生产总值】亿元，同比【地区生产总值 增速 | 增减】。
            重点项目【#每个 项目 排序=今年累计完成投资】【项目名称】完成投资【今年累计完成投资 | 亿元】亿元【/每个】。当年签约项目【签约项目个数】个。
            【落款】
            """
        let document = try await facade.fill(template: template, Self.request)
        #expect(document.title == "甲开发区2026年1—10月经济运行情况")
        let text = document.blocks.map { block -> String in
            if case .paragraph(let paragraph) = block { return paragraph.content.plainText }
            return ""
        }
        // FAI: 150 against 120 → +25.0 %; growth ranks among the city's zones: 丙 50 %, 甲 25 %, 乙 12.5 %;
        // target 200 → 75.0 %. GDP 300 with the published 6.5 %.
        #expect(
            text.contains(
                "1—10月，全区固定资产投资150.00亿元，同比增长25.0%，居全市第2位，完成年度目标的75.0%。地区生产总值300.00亿元，同比增长6.5%。"
            ), "\(text)")
        // The zone's subtree: 甲一号 9000 万元 (8000 + 1000), 甲园二号 3000; only 甲园二号 was signed in 2026.
        #expect(text.contains("重点项目甲一号项目完成投资0.90亿元、甲园二号项目完成投资0.30亿元。当年签约项目1个。"), "\(text)")
        #expect(document.signature?.issuer == "甲开发区管委会")

        // Every figure says where it came from.
        let fai = try #require(document.figures.first { $0.text == "150.00" })
        #expect(fai.provenance.sources.contains { $0.contains("固定资产投资 甲开发区 2026年10月：累计 150 亿元") })
        let rank = try #require(document.figures.first { $0.text.contains("第2位") })
        #expect(rank.provenance.sources.count == 3)
        #expect(rank.provenance.computation?.contains("3个单位") == true)
        try await fixture.city.database.shutdown()
    }

    @Test func aFigureTheLedgersLackStopsTheReportAndIsNamed() async throws {
        let city = try await TestCity.make()
        let facade = ReportFacade(database: city.database)
        // The city itself has no figures: "全市" growth cannot be filled; nor can 税收收入 of the zone.
        let template = """
            测试
            固定资产投资增速【固定资产投资 增速 | 高低 全市】；税收收入【税收收入】亿元。
            """
        await #expect {
            _ = try await facade.fill(template: template, Self.request)
        } throws: { error in
            guard let error = error as? TemplateEvaluationError else { return false }
            let expressions = error.unfilled.map(\.expression)
            return expressions.count == 2 && expressions.contains("【税收收入】")
                && error.unfilled.allSatisfy { $0.position.line == 2 }
        }
        await #expect(throws: TemplateCheckError.self) {
            _ = try await facade.fill(template: "测试\n【地区生产总直】", Self.request)
        }
        try await city.database.shutdown()
    }

    @Test func theBuiltInReportsCompile() throws {
        for report in BuiltInReport.allCases {
            let issues = ReportTemplate.check(report.template).filter { $0.severity == .error }
            #expect(issues.isEmpty, "\(report.displayName): \(issues.map(\.description))")
        }
    }
}
