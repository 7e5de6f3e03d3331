import Foundation
import Hummingbird
import TaizhangCore

/// GET /import shows the upload page; POST /import imports a file (redirect with a flash on success, the page
/// with every problem on failure); GET /import/template.xlsx and /export.xlsx download workbooks.
struct ImportPageController {
    let pages: PageContext

    func register(on router: PageRouter) {
        router.get("/import") { request, context in try await show(request, context) }
        router.post("/import") { request, context in try await upload(request, context) }
        router.get("/import/template.xlsx") { request, context in try await template(request, context) }
        router.get("/export.xlsx") { request, context in try await export(request, context) }
    }

    func show(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let tree = try await pages.services.orgUnits.tree()
        let unit = try pages.services.orgUnits.selectedUnit(request.query("unit"), in: tree)
        let month = try await pages.services.months.resolve(request.query("month"), for: unit.id)
        return try render(unit: unit, month: month, tree: tree, context: context, result: nil)
    }

    func upload(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let upload = try await UploadedFile.read(from: request, context: context)
        let tree = try await pages.services.orgUnits.tree()
        let unit = try pages.services.orgUnits.selectedUnit(upload.fields["unit"], in: tree)
        let defaultMonth = upload.fields["month"].flatMap(YearMonth.parse)
        let result = try await pages.services.importing.importFile(
            data: upload.data, fileName: upload.fileName, defaultMonth: defaultMonth,
            permittedUnitIDs: context.permittedUnitIDs, actor: context.actor)
        let month = try await pages.services.months.resolve(upload.fields["month"], for: unit.id)
        if result.isImported {
            var text = "已导入“\(result.fileName)”：共\(result.rowCount)行，写入\(result.importedCount)条数据"
            if result.skippedRowCount > 0 { text += "，跳过\(result.skippedRowCount)个空行" }
            if let encodingName = result.encodingName { text += "（文件编码：\(encodingName)）" }
            return .redirect(
                to: "/import?unit=\(unit.id)&month=\(month.description)", flash: FlashMessage(.success, text + "。"))
        }
        return try render(
            unit: unit, month: month, tree: tree, context: context, result: .init(result), status: .unprocessableContent
        )
    }

    func template(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let tree = try await pages.services.orgUnits.tree()
        let unit = try? pages.services.orgUnits.selectedUnit(request.query("unit"), in: tree)
        let month = try await pages.services.months.resolve(request.query("month"), for: unit?.id)
        let data = try await pages.services.exporting.template(month: month, unit: unit, tree: tree)
        return FileDownload.response(
            data: data, fileName: "指标导入模板-\(month.description).xlsx",
            asciiFallback: "template-\(month.description).xlsx")
    }

    func export(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let tree = try await pages.services.orgUnits.tree()
        let unit = try pages.services.orgUnits.selectedUnit(request.query("unit"), in: tree)
        let through = try await pages.services.months.resolve(request.query("to"), for: unit.id)
        let from =
            try request.query("from").map { text in
                guard let month = YearMonth.parse(text) else { throw ServiceError.invalidMonth(text) }
                return month
            } ?? YearMonth(year: through.year, month: 1)!
        let data = try await pages.services.exporting.export(unit: unit, from: from, through: through, tree: tree)
        return FileDownload.response(
            data: data, fileName: "\(unit.name)指标数据-\(from.description)至\(through.description).xlsx",
            asciiFallback: "export-\(unit.code)-\(from.description)-\(through.description).xlsx")
    }

    private func render(
        unit: OrgUnit, month: YearMonth, tree: OrgTree, context: TaizhangRequestContext,
        result: ImportPageView.ResultView?, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let selection = PageSelection(unitID: unit.id, month: month.description)
        let layout = pages.layout(
            .importing, heading: "数据导入", subheading: "Excel / CSV 批量导入指标数据", context: context,
            picker: pages.picker(action: "/import", tree: tree, selected: unit, month: month, context: context), selection: selection)
        let first = YearMonth(year: month.year, month: 1)!
        let view = ImportPageView(
            layout: layout, unitName: unit.name, month: month.description,
            monthOptions: pages.monthOptions(selected: month),
            templateLink: selection.link(to: "/import/template.xlsx"),
            exportLink: "/export.xlsx?unit=\(unit.id)&from=\(first.description)&to=\(month.description)",
            exportRange: first == month ? month.chineseName : "\(month.year)年1—\(month.month)月", result: result)
        return try pages.render("import", view, status: status)
    }
}
