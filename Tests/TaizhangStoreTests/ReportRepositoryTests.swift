import Foundation
import TaizhangCore
import Testing

@testable import TaizhangStore

@Suite("Report repository")
struct ReportRepositoryTests {
    @Test("templates: create, unique names, rename, list by name", arguments: TestEngine.all)
    func templates(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let reports = database.reports
            let b = try await reports.createTemplate(name: " 乙简报 ", text: "【地区】简报", source: .custom, by: "wang")
            let a = try await reports.createTemplate(name: "甲总结", text: "总结\n【填写 存在问题】", source: .draft, by: "li")
            #expect(b.name == "乙简报")
            #expect(try await reports.templates().map(\.name) == ["乙简报", "甲总结"].sorted())
            #expect(try await reports.template(id: a.id)?.source == .draft)
            #expect(try await reports.template(id: a.id)?.text == "总结\n【填写 存在问题】")
            await #expect(throws: ReportStoreError.duplicateTemplateName("甲总结")) {
                try await reports.createTemplate(name: "甲总结", text: "x", source: .custom, by: "wang")
            }
            await #expect(throws: ReportStoreError.emptyTemplateName) {
                try await reports.createTemplate(name: "  ", text: "x", source: .custom, by: "wang")
            }
            await #expect(throws: ReportStoreError.duplicateTemplateName("甲总结")) {
                try await reports.updateTemplate(id: b.id, name: "甲总结", text: "x")
            }
            let renamed = try await reports.updateTemplate(id: b.id, name: "丙简报", text: "新文本")
            #expect(renamed.name == "丙简报" && renamed.text == "新文本" && renamed.createdBy == "wang")
            // Keeping its own name is no conflict.
            _ = try await reports.updateTemplate(id: a.id, name: "甲总结", text: "改")
            await #expect(throws: ReportStoreError.templateNotFound(id: 999)) {
                try await reports.updateTemplate(id: 999, name: "无", text: "x")
            }
        }
    }

    @Test("a report is stored with its sections, files and history, narrowed to units", arguments: TestEngine.all)
    func reportsAndSections(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let zone = try await database.orgUnits.create(code: "Z1", name: "甲区", kind: .city)
            let other = try await database.orgUnits.create(code: "Z2", name: "乙区", kind: .city)
            let reports = database.reports
            // Bytes that are not UTF-8 must come back exactly: the column is binary.
            let docx = Data([0x50, 0x4B, 0x03, 0x04, 0xFF, 0x00, 0xC3, 0x28])
            let first = try await reports.saveReport(
                NewReport(
                    templateKey: "builtin:annual-summary", templateName: "年度工作总结", orgUnitID: zone.id,
                    period: "2025", title: "甲区2025年工作总结", createdBy: "wang", docx: docx, html: "<article>一</article>",
                    figureCount: 12),
                sections: ["存在问题": "要素保障不足。", "下一步工作思路": "抓项目。"])
            #expect(
                try await reports.sections(templateKey: "builtin:annual-summary", orgUnitID: zone.id, period: "2025")
                    == ["存在问题": "要素保障不足。", "下一步工作思路": "抓项目。"])
            // The next report of the same unit and period overwrites the sections it names.
            let second = try await reports.saveReport(
                NewReport(
                    templateKey: "builtin:annual-summary", templateName: "年度工作总结", orgUnitID: zone.id,
                    period: "2025", title: "甲区2025年工作总结", createdBy: "li", docx: Data([1]), html: "<p>二</p>",
                    figureCount: 13),
                sections: ["存在问题": "用地指标紧张。"])
            #expect(
                try await reports.sections(templateKey: "builtin:annual-summary", orgUnitID: zone.id, period: "2025")
                    == ["存在问题": "用地指标紧张。", "下一步工作思路": "抓项目。"])
            #expect(
                try await reports.sections(templateKey: "builtin:annual-summary", orgUnitID: zone.id, period: "2024")
                    == [:])
            let third = try await reports.saveReport(
                NewReport(
                    templateKey: "7", templateName: "简报", orgUnitID: other.id, period: "2026-C10", title: "乙区简报",
                    createdBy: "zhao", docx: Data([2]), html: "<p>三</p>", figureCount: 0),
                sections: [:])
            #expect(try await reports.docx(id: first) == docx)
            #expect(try await reports.html(id: second) == "<p>二</p>")
            #expect(try await reports.reports(orgUnitIDs: nil).map(\.id) == [third, second, first])
            #expect(try await reports.reports(orgUnitIDs: [zone.id]).map(\.id) == [second, first])
            #expect(try await reports.reports(orgUnitIDs: []).isEmpty)
            #expect(try await reports.reports(orgUnitIDs: nil, limit: 1).map(\.id) == [third])
            let stored = try #require(try await reports.report(id: first))
            #expect(stored.title == "甲区2025年工作总结" && stored.figureCount == 12 && stored.createdBy == "wang")
            #expect(stored.period == "2025" && stored.templateName == "年度工作总结")
            #expect(try await reports.report(id: 999) == nil)
            #expect(try await reports.docx(id: 999) == nil)
        }
    }
}
