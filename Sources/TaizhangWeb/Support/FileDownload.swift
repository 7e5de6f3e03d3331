import Foundation
import Hummingbird

/// A file sent as a download, with a Chinese file name that every browser shows correctly (RFC 6266/5987).
enum FileDownload {
    static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    static func response(
        data: Data, fileName: String, asciiFallback: String, contentType: String = xlsxType
    )
        -> Response
    {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.cacheControl] = "no-store"
        let encoded = fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? asciiFallback
        headers[.contentDisposition] = "attachment; filename=\"\(asciiFallback)\"; filename*=UTF-8''\(encoded)"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
