import Foundation
import TaizhangCore
import Testing

/// Syntax and name errors with line, column and suggestions; unfilled slots; masks left in the text.
@Suite struct TemplateErrorTests {
    private func errors(_ template: String) -> [TemplateIssue] {
        ReportTemplate.check(template).filter { $0.severity == .error }
    }

    @Test func unknownIndicatorGetsCatalogueSuggestions() throws {
        let issues = errors("标题\n全区实现【地区生产总直】亿元")
        #expect(issues.count == 1)
        let issue = try #require(issues.first)
        #expect(issue.line == 2)
        #expect(issue.column == 5)
        #expect(issue.suggestions.first == "地区生产总值")
        #expect(issue.description.hasPrefix("第2行第5列：不认识“地区生产总直”"))
        #expect(issue.description.hasSuffix("您是不是要写：地区生产总值？"))
    }

    @Test func misspelledHelpersKeywordsAndMeasures() throws {
        let helper = try #require(errors("【地区生产总值 增速 | 增剪】").first)
        #expect(helper.suggestions.contains("增减"))
        let measure = try #require(errors("【地区生产总值 增素】").first)
        #expect(measure.message.contains("增素"))
        #expect(measure.suggestions.contains("增速"))
        let block = try #require(errors("【#每各 项目】【项目名称】【/每个】").first)
        #expect(block.suggestions == ["#每个"])
        let table = try #require(errors("【表哥 主要指标】").first)
        #expect(table.suggestions == ["表格"])
        let place = try #require(errors("【地区生产总值 增速 | 位次】").first)
        #expect(place.message.contains("位次"))
        let field = try #require(errors("【#每个 项目 排序=完成头资】【项目名称】【/每个】").first)
        #expect(field.suggestions.contains("完成投资"))
    }

    @Test func everyErrorIsReportedInTextOrder() throws {
        let template = """
            标题
            【地区生产总直】和【固定资产投资 增速 | 位次】
            【#如果 地区生产总值 增速 全市】有【/如果】
            【#每个 项目】【项目名城】
            多了】括号
            """
        let issues = errors(template)
        #expect(issues.map { "\($0.line):\($0.column)" } == ["2:1", "2:10", "3:1", "4:1", "4:9", "5:3"])
        #expect(issues[3].message.contains("没有结束标记"))
        #expect(issues[3].suggestions == ["【/每个】"])
        #expect(issues[4].suggestions.first == "项目名称")
        #expect(issues[5].suggestions == ["】】"])
        #expect(throws: TemplateCheckError.self) { try ReportTemplate.compile(template) }
    }

    @Test func blockStructureErrors() throws {
        let unclosed = errors("标题\n【#如果 开工率 > 50】好")
        #expect(unclosed.count == 1)
        #expect(unclosed.first?.position == TemplatePosition(line: 2, column: 1))
        let mismatched = try #require(errors("【#如果 开工率 > 50】【#每个 项目】【/如果】【/每个】").first { $0.message.contains("应当结束") })
        #expect(mismatched.suggestions == ["【/每个】"])
        #expect(!errors("【否则】").isEmpty)
        #expect(!errors("一句话【表格 主要指标】").isEmpty)
        #expect(errors("【地区生产总值").first?.message.contains("没有配对") == true)
    }

    @Test func missingDataListsEveryUnfilledSlot() throws {
        let template = "标题\n税收【税收收入】亿元，\n增速【固定资产投资 增速 | 增减】。\n【填写 下一步工作思路】"
        let compiled = try ReportTemplate.compile(template)
        #expect(compiled.sectionNames == ["下一步工作思路"])
        do {
            _ = try compiled.evaluate(context: templateContext, facts: sampleFacts())
            Issue.record("expected unfilled slots")
        } catch {
            #expect(error.unfilled.map(\.expression) == ["【税收收入】", "【填写 下一步工作思路】"])
            #expect(error.unfilled[0].position == TemplatePosition(line: 2, column: 3))
            #expect(error.unfilled[0].reason == "台账中没有高新区2024年1—10月的税收收入数据")
            #expect(error.description.contains("报告还有2处没有数据"))
        }
    }

    @Test func emptyLoopWithoutOtherwiseIsUnfilled() throws {
        do {
            _ = try fill("标题\n【#每个 项目 级别=县级重点】【项目名称】【/每个】")
            Issue.record("expected an unfilled slot")
        } catch let error as TemplateEvaluationError {
            #expect(error.unfilled.count == 1)
            #expect(error.unfilled[0].reason.contains("没有符合条件的项目"))
        }
    }

    @Test func masksAreWarningsWhenCheckingAndStopTheReport() throws {
        let template = "标题\n全区电商企业发展到XX户，投资X亿元，完成X.X%，***。Fox与XBRL不算。"
        let warnings = ReportTemplate.check(template)
        #expect(warnings.allSatisfy { $0.severity == .warning })
        #expect(warnings.map(\.column) == [10, 16, 22, 27])
        let compiled = try ReportTemplate.compile(template)
        #expect(compiled.warnings.count == 4)
        do {
            _ = try compiled.evaluate(context: templateContext, facts: sampleFacts())
            Issue.record("expected masks")
        } catch {
            #expect(error.unfilled.isEmpty)
            #expect(error.masks.map(\.message.count).count == 4)
            #expect(error.masks[0].message.contains("“XX”"))
        }
    }

    @Test func masksInWriterSectionsAreReported() throws {
        var facts = sampleFacts()
        facts.sections["存在问题"] = "一是XX问题。"
        do {
            _ = try fill("标题\n【填写 存在问题】", facts: facts)
            Issue.record("expected a mask")
        } catch let error as TemplateEvaluationError {
            #expect(error.masks.count == 1)
            #expect(error.masks[0].message.contains("存在问题"))
        }
    }
}
