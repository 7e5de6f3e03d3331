import Foundation
import Hummingbird
import TaizhangCore
import TaizhangStore

/// GET /reports — the template library and the report history; GET /reports/{id} a stored report as HTML and
/// GET /reports/{id}.docx its Word document (one route: the suffix chooses).
struct ReportLibraryPageController {
    let pages: PageContext

    static let historyLimit = 50

    func register(on router: PageRouter) {
        router.get("/reports") { request, context in try await library(request, context) }
    }

    /// After the fixed /reports/… paths, which this parameter would otherwise take.
    func registerReportRoute(on router: PageRouter) {
        router.get("/reports/:id") { request, context in try await report(request, context) }
    }

    func library(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let tree = try await pages.services.orgUnits.tree()
        let library = pages.reportLibrary
        var units = context.permittedUnitIDs
        let selected = try request.query("unit").map { try pages.services.orgUnits.unit($0, in: tree) }
        if let selected {
            let subtree = tree.subtreeIDs(of: selected.id)
            units = units.map { $0.intersection(subtree) } ?? subtree
        }
        let month = try await pages.services.months.resolve(request.query("month"), for: selected?.id)
        let reports = try await library.store.reports(orgUnitIDs: units, limit: Self.historyLimit)
        let canWrite = context.user.map { AccessPolicy.actions(of: $0.role).contains(.writeReports) } ?? false
        let templates = try await library.entries().map { entry in
            ReportTemplateRowView(
                name: entry.name, href: entry.key.href, fillHref: entry.key.fillHref, source: entry.source.displayName,
                updated: entry.updatedAt.map(ReportWords.time) ?? "—")
        }
        let history = reports.map { report in
            ReportHistoryRowView(
                title: report.title, template: report.templateName,
                unit: tree.unit(id: report.orgUnitID)?.name ?? "编号 \(report.orgUnitID)",
                period: ReportWords.period(report.period), who: report.createdBy,
                when: ReportWords.time(report.createdAt),
                htmlHref: "/reports/\(report.id)?unit=\(report.orgUnitID)",
                docxHref: "/reports/\(report.id).docx?unit=\(report.orgUnitID)")
        }
        let view = ReportLibraryPageView(
            layout: pages.reportLayout(
                heading: "报告", subheading: "报告模板、由文稿生成模板、文稿数据核对与已生成的报告", context: context, unit: selected,
                month: month),
            templates: templates, history: history, hasHistory: !history.isEmpty, canWrite: canWrite,
            checkHref: selected.map { "/reports/check?unit=\($0.id)&month=\(month.description)" } ?? "/reports/check")
        return try pages.render("reports", view)
    }

    func report(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let text = try context.parameters.require("id")
        let wantsDocx = text.hasSuffix(".docx")
        guard let id = Int64(wantsDocx ? String(text.dropLast(5)) : text) else {
            throw APIError.reportNotFound("报告“\(text)”")
        }
        let library = pages.reportLibrary
        guard let report = try await library.store.report(id: id) else {
            throw APIError.reportNotFound("编号为 \(id) 的报告")
        }
        try context.requireAccess(to: report.orgUnitID)
        let tree = try await pages.services.orgUnits.tree()
        let unitName = tree.unit(id: report.orgUnitID)?.name ?? ""
        if wantsDocx {
            guard let data = try await library.store.docx(id: id) else {
                throw APIError.reportNotFound("编号为 \(id) 的报告")
            }
            return FileDownload.response(
                data: data, fileName: "\(report.title).docx", asciiFallback: "report-\(id).docx",
                contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        }
        let html = try await library.store.html(id: id) ?? ""
        let view = ReportViewPageView(
            layout: pages.reportLayout(
                heading: report.title, subheading: "\(unitName) · \(ReportWords.period(report.period))",
                context: context),
            meta:
                "\(report.templateName)，\(report.createdBy)生成于\(ReportWords.time(report.createdAt))，共\(report.figureCount)个数字。",
            docxHref: "/reports/\(id).docx?unit=\(report.orgUnitID)",
            report: ReportRenderedView(stylesheet: ReportHTML.stylesheet, html: html, figureCount: report.figureCount))
        return try pages.render("report-view", view)
    }
}
