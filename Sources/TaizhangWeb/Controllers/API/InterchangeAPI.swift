import Foundation
import Hummingbird
import TaizhangCore

/// /api/v1/import, /api/v1/export.xlsx, /api/v1/template.xlsx: files in and out.
struct InterchangeAPI {
    let services: WebServices

    func register(on api: APIRouter) {
        api.on(.post, "/import") { request, context in
            let upload = try await UploadedFile.read(from: request, context: context)
            let month = upload.fields["month"].flatMap(YearMonth.parse)
            let result = try await services.importing.importFile(
                data: upload.data, fileName: upload.fileName, defaultMonth: month,
                permittedUnitIDs: context.permittedUnitIDs, actor: context.actor)
            guard result.isImported else {
                throw APIError.unprocessable(
                    "文件“\(result.fileName)”有\(result.problems.count)处问题，未导入任何数据。", problems: result.problems,
                    code: "import_rejected")
            }
            return try JSONResponse.make(result)
        }
        api.on(.get, "/export.xlsx") { request, _ in
            let tree = try await services.orgUnits.tree()
            let unit = try services.orgUnits.unit(
                try APIParameters.required(request.query("unit"), name: "unit"), in: tree)
            let from = try APIParameters.month(request.query("from"), name: "from")
            let through = try APIParameters.month(request.query("to"), name: "to")
            guard from <= through else { throw APIError.badRequest("参数 from 不能晚于 to。") }
            let data = try await services.exporting.export(unit: unit, from: from, through: through, tree: tree)
            return FileDownload.response(
                data: data, fileName: "\(unit.name)指标数据-\(from)至\(through).xlsx",
                asciiFallback: "export-\(unit.code)-\(from)-\(through).xlsx")
        }
        api.on(.get, "/template.xlsx") { request, _ in
            let tree = try await services.orgUnits.tree()
            let unit = try request.query("unit").map { try services.orgUnits.unit($0, in: tree) }
            let month = try await services.months.resolve(request.query("month"), for: unit?.id)
            let data = try await services.exporting.template(month: month, unit: unit, tree: tree)
            return FileDownload.response(
                data: data, fileName: "指标导入模板-\(month).xlsx", asciiFallback: "template-\(month).xlsx")
        }
    }
}
