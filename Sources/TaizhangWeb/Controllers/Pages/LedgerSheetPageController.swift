import Foundation
import Hummingbird
import TaizhangCore
import TaizhangOffice

/// GET /projects/sheet shows the upload form of the office's project ledger sheet (重点项目推进情况表) and its
/// download; POST /projects/sheet imports a file (redirect with a flash on success, the page with every problem
/// on failure); GET /projects/sheet.xlsx downloads the ledger of a unit's subtree for a month.
struct LedgerSheetPageController {
    let pages: PageContext

    /// Register before the `/projects/{id}` pages, which would otherwise take “sheet” for an id.
    func register(on router: PageRouter) {
        router.on(.get, "/projects/sheet") { request, context in try await show(request, context) }
        router.on(.post, "/projects/sheet") { request, context in try await upload(request, context) }
        router.on(.get, "/projects/sheet.xlsx") { request, context in try await download(request, context) }
    }

    func show(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let tree = try await pages.services.orgUnits.tree()
        let unit = try pages.projectUnit(request, tree: tree)
        let month = try await pages.projectMonth(request)
        return try render(unit: unit, month: month, tree: tree, context: context, result: nil)
    }

    func upload(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let upload = try await UploadedFile.read(from: request, context: context)
        let tree = try await pages.services.orgUnits.tree()
        let unit = try pages.services.orgUnits.selectedUnit(upload.fields["unit"], in: tree)
        // The route's rule names no unit (it comes in the form): lines without 所属单位 go to this one.
        try context.requireAccess(to: unit.id)
        let chosenMonth = try Self.month(upload.fields["month"])
        let result = try await pages.services.projectSheetImport.importSheet(
            ProjectSheetUpload(
                data: upload.data, fileName: upload.fileName, month: chosenMonth, defaultOrgUnitID: unit.id,
                permittedUnitIDs: context.permittedUnitIDs, actor: context.actor))
        let month = try await pages.services.months.resolve(result.month ?? chosenMonth?.description, for: nil)
        guard result.isImported else {
            return try render(
                unit: unit, month: month, tree: tree, context: context, result: .init(result),
                status: .unprocessableContent)
        }
        return .redirect(
            to: "/projects/sheet?unit=\(unit.id)&month=\(month.description)",
            flash: FlashMessage(.success, Self.summary(result, month: month)))
    }

    func download(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let tree = try await pages.services.orgUnits.tree()
        let unit = try pages.projectUnit(request, tree: tree)
        let month = try await pages.projectMonth(request)
        let export = try await pages.services.projectSheetExport.export(
            unit: unit, month: month, tree: tree, readable: context.permittedUnitIDs)
        return FileDownload.response(data: export.data, fileName: export.fileName, asciiFallback: export.asciiFileName)
    }

    /// “已导入“10月台账.xlsx”（2026年10月）：共12行，新增2个项目，更新3个，10个未变，写入本月进展12条。”
    static func summary(_ result: ProjectSheetImportResult, month: YearMonth) -> String {
        var text = "已导入“\(result.fileName)”（\(month.chineseName)）：共\(result.rowCount)行，新增\(result.created)个项目，"
        text += "更新\(result.updated)个"
        if result.unchanged > 0 { text += "，\(result.unchanged)个未变" }
        return text + "，写入本月进展\(result.progressEntries)条。"
    }

    /// The form's month; blank means “as the sheet's title says”.
    static func month(_ text: String?) throws -> YearMonth? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let month = YearMonth.parse(text) else { throw ServiceError.invalidMonth(text) }
        return month
    }

    private func render(
        unit: OrgUnit, month: YearMonth, tree: OrgTree, context: TaizhangRequestContext,
        result: LedgerSheetPageView.ResultView?, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let layout = pages.projectLayout(
            heading: "项目台账导入导出", subheading: "重点项目推进情况表（17列，金额单位：万元）", context: context,
            picker: pages.picker(action: "/projects/sheet", tree: tree, selected: unit, month: month, context: context),
            unitID: unit.id, month: month)
        var monthOptions = pages.monthOptions(selected: month)
        monthOptions.insert(OptionView(value: "", label: "按文件标题确定", isSelected: false), at: 0)
        let view = LedgerSheetPageView(
            layout: layout, projectNav: ProjectNavView(.none, unitID: unit.id, month: month), unitID: String(unit.id),
            unitName: unit.name, monthName: month.chineseName, monthOptions: monthOptions,
            canImport: pages.may(.editProjects, on: unit.id, context: context, tree: tree),
            downloadLink: "/projects/sheet.xlsx?unit=\(unit.id)&month=\(month.description)",
            downloadTitle: ProjectSheet.title(orgUnitName: unit.name, month: month),
            columns: ProjectSheetColumn.officeLayout.map(\.header).joined(separator: "、"), result: result)
        return try pages.render("ledger-sheet", view, status: status)
    }
}

/// The ledger sheet page: upload form, download link, and the problems of a refused file.
struct LedgerSheetPageView {
    let layout: LayoutView
    let projectNav: ProjectNavView
    let unitID: String
    let unitName: String
    let monthName: String
    let monthOptions: [OptionView]
    /// Whether the user may edit projects of the unit (the upload form is shown only then).
    let canImport: Bool
    let downloadLink: String
    let downloadTitle: String
    /// The 17 headers, for the form's explanation.
    let columns: String
    let result: ResultView?

    /// The report of a refused import.
    struct ResultView {
        let summary: String
        let problems: [ImportPageView.ProblemRow]
        let hasProblems: Bool

        init(_ result: ProjectSheetImportResult) {
            summary = "文件“\(result.fileName)”有\(result.problems.count)处问题，未导入任何数据。请修改后重新上传。"
            hasProblems = !result.problems.isEmpty
            problems = result.problems.map {
                ImportPageView.ProblemRow(
                    file: $0.file ?? result.fileName, row: $0.row.map { "第\($0)行" } ?? "—", column: $0.column ?? "—",
                    reason: $0.message)
            }
        }
    }
}
