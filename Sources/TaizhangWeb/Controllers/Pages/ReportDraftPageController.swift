import Foundation
import Hummingbird
import TaizhangCore
import TaizhangOffice
import TaizhangStore

/// GET/POST /reports/drafts — upload a draft (.txt or .docx) and review the template it becomes (the save goes
/// to POST /reports/templates with source `draft`); GET/POST /reports/check — upload a draft with real figures
/// and check each against the ledgers of a unit and period.
struct ReportDraftPageController {
    let pages: PageContext

    func register(on router: PageRouter) {
        router.get("/reports/drafts") { request, context in try await drafts(request, context, result: nil) }
        router.post("/reports/drafts") { request, context in try await readDraft(request, context) }
        router.get("/reports/check") { request, context in try await check(request, context) }
        router.post("/reports/check") { request, context in try await runCheck(request, context) }
    }

    func drafts(
        _ request: Request, _ context: TaizhangRequestContext, result: ReportDraftResultView?, error: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let view = ReportDraftsPageView(
            layout: pages.reportLayout(heading: "从文稿生成模板", subheading: "上传往年的报告或带 XX 的模板，逐处标出数字和空白", context: context),
            limitText: ReportWords.bytes(context.uploadLimit), error: error, result: result)
        return try pages.render("report-drafts", view, status: status)
    }

    func readDraft(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let upload = try await UploadedFile.read(from: request, context: context)
        let draft: DraftText
        do {
            draft = try DraftFile.decode(upload.data, fileName: upload.fileName)
        } catch let error as any UserFacingError {
            return try await drafts(
                request, context, result: nil, error: error.userMessage, status: .unprocessableContent)
        }
        let converted = try await pages.reportLibrary.convert(draft: draft.text)
        let rows = converted.forReview.map(ReportDraftRowView.init)
        let uncertain = converted.conversions.filter { !$0.isCertain }.count
        let stem = upload.fileName.split(separator: ".").dropLast().joined(separator: ".")
        let result = ReportDraftResultView(
            fileName: upload.fileName,
            summary:
                "“\(upload.fileName)”（\(draft.isWordDocument ? "Word 文档" : "文本，编码 \(draft.encoding)")）共找到\(converted.conversions.count)处数字和空白，"
                + "其中\(uncertain)处需要您确认（排在前面）。请核对下表，必要时修改模板文字，然后保存为模板。",
            rows: rows, hasRows: !rows.isEmpty, name: stem.isEmpty ? upload.fileName : stem,
            template: converted.template)
        return try await drafts(request, context, result: result)
    }

    func check(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let tree = try await pages.services.orgUnits.tree()
        let unit = try pages.reportUnit(request.query("unit"), tree: tree, context: context)
        let period = try await pages.reportPeriod(request.query("period"), month: request.query("month"), unit: unit)
        return try checkPage(context, tree: tree, unit: unit, period: period, result: nil)
    }

    func runCheck(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let upload = try await UploadedFile.read(from: request, context: context)
        let tree = try await pages.services.orgUnits.tree()
        let unit = try pages.reportUnit(upload.fields["unit"], tree: tree, context: context)
        try context.requireAccess(to: unit.id)
        let period = try await pages.reportPeriod(upload.fields["period"], month: nil, unit: unit)
        let draft: DraftText
        do {
            draft = try DraftFile.decode(upload.data, fileName: upload.fileName)
        } catch let error as any UserFacingError {
            return try checkPage(
                context, tree: tree, unit: unit, period: period, result: nil, error: error.userMessage,
                status: .unprocessableContent)
        }
        let lines = try await pages.reportLibrary.factCheck(draft: draft.text, unit: unit, period: period)
        func order(_ line: DraftFactCheck.Line) -> Int {
            switch line.verdict {
            case .disagrees: 0
            case .unbound: 1
            case .agrees: 2
            }
        }
        let sorted = lines.enumerated().sorted { (order($0.element), $0.offset) < (order($1.element), $1.offset) }.map(
            \.element)
        let result = ReportCheckResultView(
            fileName: upload.fileName, unitName: unit.name, periodName: period.chineseName,
            agreeCount: lines.filter { $0.verdict == .agrees }.count,
            disagreeCount: lines.filter { $0.verdict == .disagrees }.count,
            unboundCount: lines.filter { $0.verdict == .unbound }.count,
            rows: sorted.map(ReportCheckRowView.init), hasRows: !sorted.isEmpty)
        return try checkPage(context, tree: tree, unit: unit, period: period, result: result)
    }

    private func checkPage(
        _ context: TaizhangRequestContext, tree: OrgTree, unit: OrgUnit, period: Period, result: ReportCheckResultView?,
        error: String? = nil, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let view = ReportCheckPageView(
            layout: pages.reportLayout(heading: "核对文稿数据", subheading: "把文稿中的每个数字与台账比对", context: context, unit: unit),
            limitText: ReportWords.bytes(context.uploadLimit),
            unitOptions: pages.reportUnitOptions(tree: tree, selected: unit, context: context),
            periodOptions: pages.reportPeriodOptions(selected: period), error: error, result: result)
        return try pages.render("report-check", view, status: status)
    }
}
