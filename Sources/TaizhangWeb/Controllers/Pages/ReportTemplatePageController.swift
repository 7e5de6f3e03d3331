import Foundation
import Hummingbird
import TaizhangCore
import TaizhangStore

/// The template editor: GET /reports/templates/new (blank, or `?from=` a template to copy), POST
/// /reports/templates (检查, 预览, 保存 a new one), GET and POST /reports/templates/{id} (the same for a stored
/// one), and GET /reports/builtin/{name}, a built-in report read-only with 复制为新模板.
struct ReportTemplatePageController {
    let pages: PageContext

    func register(on router: PageRouter) {
        router.get("/reports/templates/new") { request, context in try await new(request, context) }
        router.post("/reports/templates") { request, context in try await submit(request, context, id: nil) }
        router.get("/reports/builtin/:name") { request, context in try await builtin(request, context) }
    }

    /// After …/fill, which shares the prefix.
    func registerTemplateRoutes(on router: PageRouter) {
        router.get("/reports/templates/:id") { request, context in try await stored(request, context) }
        router.post("/reports/templates/:id") { request, context in
            try await submit(request, context, id: try Self.templateID(context))
        }
    }

    static func templateID(_ context: TaizhangRequestContext) throws -> Int64 {
        let text = try context.parameters.require("id")
        guard let id = Int64(text) else { throw APIError.reportNotFound("报告模板“\(text)”") }
        return id
    }

    func new(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        var name = "", text = ""
        if let from = request.query("from") {
            guard let key = ReportTemplateKey(from) else { throw APIError.reportNotFound("报告模板“\(from)”") }
            let entry = try await pages.reportLibrary.entry(key)
            name = entry.name + "（副本）"
            text = entry.text
        }
        return try await editor(
            request, context, formAction: "/reports/templates", heading: "新建报告模板", name: name, text: text,
            source: .custom)
    }

    func stored(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let id = try Self.templateID(context)
        let entry = try await pages.reportLibrary.entry(.stored(id))
        return try await editor(
            request, context, formAction: "/reports/templates/\(id)", heading: "报告模板：" + entry.name, name: entry.name,
            text: entry.text, source: entry.source, fillHref: entry.key.fillHref)
    }

    func builtin(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let name = try context.parameters.require("name")
        guard let report = BuiltInReport(rawValue: name) else { throw APIError.reportNotFound("内置报告“\(name)”") }
        let entry = ReportTemplateEntry(report)
        return try await editor(
            request, context, formAction: "", heading: "内置报告：" + entry.name, name: entry.name, text: entry.text,
            source: .builtin, isReadOnly: true, fillHref: entry.key.fillHref)
    }

    /// 检查, 预览 or 保存, by the button pressed.
    func submit(_ request: Request, _ context: TaizhangRequestContext, id: Int64?) async throws -> Response {
        let form = try await FormFields.read(from: request, context: context)
        let name = form["name"] ?? ""
        let text = form.text("text")
        let source =
            form["source"].flatMap(ReportTemplateSource.init(rawValue:)).flatMap { $0 == .builtin ? nil : $0 }
            ?? .custom
        let formAction = id.map { "/reports/templates/\($0)" } ?? "/reports/templates"
        let heading = id == nil ? "新建报告模板" : "报告模板：" + name
        let library = pages.reportLibrary
        switch form["action"] ?? "save" {
        case "check":
            let issues = try await library.check(text)
            return try await editor(
                request, context, formAction: formAction, heading: heading, name: name, text: text, source: source,
                fields: form, issues: issues)
        case "preview":
            let tree = try await pages.services.orgUnits.tree()
            let unit = try pages.reportUnit(form["unit"], tree: tree, context: context)
            try context.requireAccess(to: unit.id)
            let period = try await pages.reportPeriod(form["period"], month: nil, unit: unit)
            let issues = try await library.check(text)
            var preview: ReportRenderedView?
            var failure: ReportFailureView?
            do {
                // A preview shows the section names where the writer's text will go.
                let sections = Dictionary(
                    try await library.sectionNames(text).map { ($0, "（此处为“\($0)”，生成报告时填写）") },
                    uniquingKeysWith: { a, _ in a })
                let document = try await library.fill(text, unit: unit, period: period, sections: sections)
                preview = ReportRenderedView(
                    stylesheet: ReportHTML.stylesheet, html: ReportHTML.render(document),
                    figureCount: document.figures.count)
            } catch {
                guard let shown = ReportFailureView(error) else { throw error }
                failure = shown
            }
            return try await editor(
                request, context, formAction: formAction, heading: heading, name: name, text: text, source: source,
                fields: form, issues: issues, preview: preview, failure: failure,
                status: failure == nil ? .ok : .unprocessableContent)
        default:
            let issues = try await library.check(text)
            let errors = issues.filter { $0.severity == .error }
            guard errors.isEmpty else {
                return try await editor(
                    request, context, formAction: formAction, heading: heading, name: name, text: text, source: source,
                    fields: form, issues: issues, error: "模板有\(errors.count)处错误，没有保存。请按下表修改后再保存。",
                    status: .unprocessableContent)
            }
            do {
                let stored =
                    if let id {
                        try await library.store.updateTemplate(id: id, name: name, text: text)
                    } else {
                        try await library.store.createTemplate(
                            name: name, text: text, source: source, by: pages.reportAuthor(context))
                    }
                return .redirect(
                    to: "/reports/templates/\(stored.id)", flash: FlashMessage(.success, "已保存报告模板“\(stored.name)”。"))
            } catch let error as ReportStoreError {
                return try await editor(
                    request, context, formAction: formAction, heading: heading, name: name, text: text, source: source,
                    fields: form, issues: issues, error: error.userMessage, status: .unprocessableContent)
            }
        }
    }

    private func editor(
        _ request: Request, _ context: TaizhangRequestContext, formAction: String, heading: String, name: String,
        text: String, source: ReportTemplateSource, isReadOnly: Bool = false, fillHref: String? = nil,
        fields: FormFields? = nil, issues: [TemplateIssue]? = nil, preview: ReportRenderedView? = nil,
        failure: ReportFailureView? = nil, error: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let tree = try await pages.services.orgUnits.tree()
        let unit = try pages.reportUnit(fields?["unit"] ?? request.query("unit"), tree: tree, context: context)
        let period = try await pages.reportPeriod(
            fields?["period"] ?? request.query("period"), month: request.query("month"), unit: unit)
        let canWrite = context.user.map { AccessPolicy.actions(of: $0.role).contains(.writeReports) } ?? false
        let errorCount = issues?.filter { $0.severity == .error }.count ?? 0
        let warningCount = (issues?.count ?? 0) - errorCount
        let summary: String? = issues.map { issues in
            issues.isEmpty
                ? "检查通过：模板没有错误。"
                : "发现\(errorCount)处错误" + (warningCount > 0 ? "、\(warningCount)处提醒（未替换的占位符，生成报告前须改掉）" : "") + "。"
        }
        let copyKey: String? =
            switch source {
            case .builtin: BuiltInReport.allCases.first { $0.displayName == name }.map { "builtin:" + $0.rawValue }
            default: formAction.split(separator: "/").last.flatMap { Int64($0) }.map(String.init)
            }
        let view = ReportEditorPageView(
            layout: pages.reportLayout(
                heading: heading, subheading: isReadOnly ? "内置报告只读；复制后可修改" : "模板语言见“报告模板”说明：数字写成【指标 口径 | 写法】",
                context: context, unit: unit),
            formAction: formAction, name: name, text: text, source: source.rawValue, isReadOnly: isReadOnly,
            canWrite: canWrite, copyHref: canWrite ? copyKey.map { "/reports/templates/new?from=\($0)" } : nil,
            fillHref: canWrite ? fillHref : nil,
            unitOptions: pages.reportUnitOptions(tree: tree, selected: unit, context: context),
            periodOptions: pages.reportPeriodOptions(selected: period), checked: issues != nil, checkSummary: summary,
            issues: (issues ?? []).map(ReportIssueRowView.init), hasIssues: !(issues ?? []).isEmpty, preview: preview,
            failure: failure, error: error)
        return try pages.render("report-editor", view, status: status)
    }
}
