import Foundation
import TaizhangCore
import TaizhangOffice
import TaizhangStore

/// What the report pages do, without HTTP: list the built-in and stored templates, check and preview a template,
/// turn a draft into a template, check a draft's figures, and fill a report and keep it with its .docx, HTML and
/// the writer's sections.
struct ReportLibrary: Sendable {
    let database: TaizhangDatabase
    let indicators: IndicatorService
    let facade: ReportFacade

    init(database: TaizhangDatabase) {
        self.database = database
        indicators = IndicatorService(database: database)
        facade = ReportFacade(database: database)
    }

    var store: ReportRepository { database.reports }

    /// The built-in reports, then the stored templates by name.
    func entries() async throws -> [ReportTemplateEntry] {
        BuiltInReport.allCases.map(ReportTemplateEntry.init)
            + (try await store.templates().map(ReportTemplateEntry.init))
    }

    /// The template a key names; 404 when there is none.
    func entry(_ key: ReportTemplateKey) async throws -> ReportTemplateEntry {
        switch key {
        case .builtin(let report): return ReportTemplateEntry(report)
        case .stored(let id):
            guard let stored = try await store.template(id: id) else {
                throw APIError.reportNotFound("编号为 \(id) 的报告模板")
            }
            return ReportTemplateEntry(stored)
        }
    }

    /// Every error and warning of a template, against the catalogue in the store.
    func check(_ text: String) async throws -> [TemplateIssue] {
        ReportTemplate.check(text, catalogue: try await indicators.catalogue())
    }

    /// The 【填写】 sections a template asks for (none when it does not compile).
    func sectionNames(_ text: String) async throws -> [String] {
        let catalogue = try await indicators.catalogue()
        return (try? ReportTemplate.compile(text, catalogue: catalogue))?.sectionNames ?? []
    }

    /// Fills a template without keeping anything: the editor's preview.
    func fill(
        _ text: String, unit: OrgUnit, period: Period, sections: [String: String] = [:]
    ) async throws
        -> ReportDocument
    {
        try await facade.fill(template: text, .init(unit: unit.code, period: period, sections: sections))
    }

    /// Fills `entry` for `unit` and `period` and, only when nothing is left unfilled, keeps the report (.docx and
    /// HTML) together with the sections the writer entered. Throws `TemplateEvaluationError` /
    /// `TemplateCheckError` with every unfilled slot, mask or error, and then stores nothing.
    func produce(
        _ entry: ReportTemplateEntry, unit: OrgUnit, period: Period, sections: [String: String], by username: String
    ) async throws -> (id: Int64, document: ReportDocument) {
        let document = try await fill(entry.text, unit: unit, period: period, sections: sections)
        let docx = try OfficialDocumentWriter.write(document)
        let html = ReportHTML.render(document)
        let id = try await store.saveReport(
            NewReport(
                templateKey: entry.key.text, templateName: entry.name, orgUnitID: unit.id, period: period.storageKey,
                title: document.title, createdBy: username, docx: docx, html: html,
                figureCount: document.figures.count),
            sections: sections)
        return (id, document)
    }

    /// A draft read and turned into a template, with each slot's conversion for the review.
    func convert(draft text: String) async throws -> DraftTemplate {
        let catalogue = try await indicators.catalogue()
        let slots = DraftReader.read(text, catalogue: catalogue)
        return DraftTemplateConverter.convert(text, slots: slots)
    }

    /// Every figure of a draft checked against the ledgers of `unit` for `period`.
    func factCheck(draft text: String, unit: OrgUnit, period: Period) async throws -> [DraftFactCheck.Line] {
        try await facade.factCheck(draft: text, unit: unit.code, period: period)
    }
}
