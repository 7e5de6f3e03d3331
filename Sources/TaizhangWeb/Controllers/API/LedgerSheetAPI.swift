import Foundation
import Hummingbird
import TaizhangCore

/// POST /api/v1/projects/sheet imports the office's project ledger sheet (the file as the body with ?filename=,
/// or multipart); GET /api/v1/projects/sheet.xlsx exports the ledger of a unit's subtree for a month.
struct LedgerSheetAPI {
    let services: WebServices

    /// Register before `/projects/{id}`, which would otherwise take “sheet.xlsx” for a project code.
    func register(on api: APIRouter) {
        api.on(.post, "/projects/sheet") { request, context in try await importSheet(request, context) }
        api.on(.get, "/projects/sheet.xlsx") { request, context in try await export(request, context) }
    }

    func importSheet(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let upload = try await UploadedFile.read(from: request, context: context)
        let tree = try await services.orgUnits.tree()
        let unit = try upload.fields["unit"].map { try services.orgUnits.unit($0, in: tree) }
        // The rule names no unit (it comes with the upload); every line's unit is checked by the import.
        if let unit { try context.requireAccess(to: unit.id) }
        let month = try upload.fields["month"].map { try APIParameters.month($0) }
        let result = try await services.projectSheetImport.importSheet(
            ProjectSheetUpload(
                data: upload.data, fileName: upload.fileName, month: month, defaultOrgUnitID: unit?.id,
                permittedUnitIDs: context.permittedUnitIDs, actor: context.actor))
        guard result.isImported else {
            throw APIError.unprocessable(
                "文件“\(result.fileName)”有\(result.problems.count)处问题，未导入任何数据。", problems: result.problems,
                code: "import_rejected")
        }
        return try JSONResponse.make(result)
    }

    func export(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let tree = try await services.orgUnits.tree()
        let unit: OrgUnit
        if let text = request.query("unit") {
            unit = try services.orgUnits.unit(text, in: tree)
        } else {
            guard let root = tree.roots.first else { throw ServiceError.noUnits }
            unit = root
        }
        let month = try await services.months.resolve(request.query("month"), for: nil)
        let export = try await services.projectSheetExport.export(
            unit: unit, month: month, tree: tree, readable: context.permittedUnitIDs)
        return FileDownload.response(data: export.data, fileName: export.fileName, asciiFallback: export.asciiFileName)
    }
}
