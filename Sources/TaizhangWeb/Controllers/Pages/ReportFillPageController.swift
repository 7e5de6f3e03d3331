import Foundation
import Hummingbird
import TaizhangCore
import TaizhangStore

/// GET/POST /reports/templates/{id}/fill and /reports/builtin/{name}/fill — choose the unit and period, write the
/// 【填写】 sections (prefilled from what was entered last time), 生成: the report is stored with its .docx and
/// HTML and shown; a report with an unfilled slot or a mask is refused with each one listed, and nothing is kept.
struct ReportFillPageController {
    let pages: PageContext

    func register(on router: PageRouter) {
        router.get("/reports/templates/:id/fill") { request, context in
            try await show(request, context, key: .stored(try ReportTemplatePageController.templateID(context)))
        }
        router.post("/reports/templates/:id/fill") { request, context in
            try await produce(request, context, key: .stored(try ReportTemplatePageController.templateID(context)))
        }
        router.get("/reports/builtin/:name/fill") { request, context in
            try await show(request, context, key: try Self.builtinKey(context))
        }
        router.post("/reports/builtin/:name/fill") { request, context in
            try await produce(request, context, key: try Self.builtinKey(context))
        }
    }

    static func builtinKey(_ context: TaizhangRequestContext) throws -> ReportTemplateKey {
        let name = try context.parameters.require("name")
        guard let report = BuiltInReport(rawValue: name) else { throw APIError.reportNotFound("内置报告“\(name)”") }
        return .builtin(report)
    }

    static func sectionField(_ name: String) -> String { "section:" + name }

    func show(_ request: Request, _ context: TaizhangRequestContext, key: ReportTemplateKey) async throws -> Response {
        let library = pages.reportLibrary
        let entry = try await library.entry(key)
        let tree = try await pages.services.orgUnits.tree()
        let unit = try pages.reportUnit(request.query("unit"), tree: tree, context: context)
        var period = try await pages.reportPeriod(request.query("period"), month: request.query("month"), unit: unit)
        // The annual summary looks back on the last whole year unless a period is chosen.
        if key == .builtin(.annualSummary), request.query("period") == nil { period = .year(period.year - 1) }
        let stored = try await library.store.sections(
            templateKey: key.text, orgUnitID: unit.id, period: period.storageKey)
        return try await page(context, entry: entry, tree: tree, unit: unit, period: period, sections: stored)
    }

    func produce(_ request: Request, _ context: TaizhangRequestContext, key: ReportTemplateKey) async throws -> Response
    {
        let form = try await FormFields.read(from: request, context: context)
        let library = pages.reportLibrary
        let tree = try await pages.services.orgUnits.tree()
        let unit = try pages.reportUnit(form["unit"], tree: tree, context: context)
        try context.requireAccess(to: unit.id)
        let entry = try await library.entry(key)
        let period = try await pages.reportPeriod(form["period"], month: nil, unit: unit)
        var sections: [String: String] = [:]
        for name in try await library.sectionNames(entry.text) {
            sections[name] = form.text(Self.sectionField(name)).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        do {
            let (id, document) = try await library.produce(
                entry, unit: unit, period: period, sections: sections, by: pages.reportAuthor(context))
            let rendered = ReportRenderedView(
                stylesheet: ReportHTML.stylesheet, html: ReportHTML.render(document),
                figureCount: document.figures.count)
            return try await page(
                context, entry: entry, tree: tree, unit: unit, period: period, sections: sections, result: rendered,
                reportID: id)
        } catch {
            guard let failure = ReportFailureView(error) else { throw error }
            return try await page(
                context, entry: entry, tree: tree, unit: unit, period: period, sections: sections, failure: failure,
                status: .unprocessableContent)
        }
    }

    private func page(
        _ context: TaizhangRequestContext, entry: ReportTemplateEntry, tree: OrgTree, unit: OrgUnit, period: Period,
        sections: [String: String], result: ReportRenderedView? = nil, reportID: Int64? = nil,
        failure: ReportFailureView? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let names = try await pages.reportLibrary.sectionNames(entry.text)
        let fields = names.enumerated().map { index, name in
            ReportSectionFieldView(
                id: "section-\(index)", name: name, fieldName: Self.sectionField(name), text: sections[name] ?? "")
        }
        let view = ReportFillPageView(
            layout: pages.reportLayout(
                heading: "生成报告：" + entry.name, subheading: "\(unit.name) · \(period.chineseName)", context: context,
                unit: unit),
            templateName: entry.name, templateHref: entry.key.href, formAction: entry.key.fillHref,
            unitOptions: pages.reportUnitOptions(tree: tree, selected: unit, context: context),
            periodOptions: pages.reportPeriodOptions(selected: period), unitID: unit.id, period: period.storageKey,
            unitName: unit.name, periodName: period.chineseName, sections: fields, hasSections: !fields.isEmpty,
            failure: failure, result: result, docxHref: reportID.map { "/reports/\($0).docx?unit=\(unit.id)" },
            viewHref: reportID.map { "/reports/\($0)?unit=\(unit.id)" })
        return try pages.render("report-fill", view, status: status)
    }
}
