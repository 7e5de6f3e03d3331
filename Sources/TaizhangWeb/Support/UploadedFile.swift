import Foundation
import Hummingbird

/// An uploaded file read from a request: from `multipart/form-data` (the page's form, or curl -F) or from a
/// raw body whose name is given by `?filename=`.
struct UploadedFile: Sendable {
    let fileName: String
    let data: Data
    /// The other (text) fields of a multipart form, or the query parameters of a raw upload.
    let fields: FormFields

    static func read(from request: Request, context: TaizhangRequestContext) async throws -> UploadedFile {
        let contentType = request.headers[.contentType] ?? ""
        let buffer = try await request.body.collect(upTo: context.uploadLimit)
        let data = Data(buffer: buffer)
        if contentType.lowercased().hasPrefix("multipart/") {
            guard let boundary = MultipartFormData.boundary(fromContentType: contentType),
                let form = try? MultipartFormData(data: data, boundary: boundary)
            else {
                throw APIError.badRequest("上传内容格式不正确（multipart/form-data 无法解析）。")
            }
            guard let file = form.firstFile, !file.data.isEmpty else { throw ServiceError.emptyUpload }
            let fields = FormFields(
                pairs: form.parts.filter { $0.fileName == nil }.map {
                    ($0.name, String(decoding: $0.data, as: UTF8.self))
                })
            return UploadedFile(fileName: Self.baseName(file.fileName ?? "upload"), data: file.data, fields: fields)
        }
        if contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") {
            throw APIError.unsupportedMediaType("请用 multipart/form-data 上传文件，或直接上传文件内容并用 ?filename= 指定文件名。")
        }
        let query = request.uri.queryParameters
        let pairs = ["filename", "unit", "month"].compactMap { name in
            query[Substring(name)].map { (name: name, value: String($0)) }
        }
        let fields = FormFields(pairs: pairs)
        guard let fileName = fields["filename"] else {
            throw APIError.badRequest("请用 ?filename= 指定文件名（如 data.xlsx 或 data.csv）。")
        }
        guard !data.isEmpty else { throw ServiceError.emptyUpload }
        return UploadedFile(fileName: Self.baseName(fileName), data: data, fields: fields)
    }

    /// Browsers on Windows may send a full path ("C:\\Users\\…\\1月.xlsx").
    static func baseName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? name
        return last.isEmpty ? "upload" : last
    }
}
