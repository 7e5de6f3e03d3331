import Foundation

/// A minimal `multipart/form-data` reader (RFC 7578) for the import upload: the parts' names, file names and
/// bytes. The whole body is already bounded by the upload limit.
struct MultipartFormData: Sendable {
    /// One part of the body.
    struct Part: Sendable {
        let name: String
        let fileName: String?
        let contentType: String?
        let data: Data
    }

    let parts: [Part]

    enum ParseError: Error {
        case missingBoundary
        case malformed
    }

    /// The boundary parameter of a `multipart/form-data` content type, nil for other types.
    static func boundary(fromContentType contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let type = pieces.first, type.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() where piece.lowercased().hasPrefix("boundary=") {
            var value = String(piece.dropFirst("boundary=".count))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value.isEmpty ? nil : value
        }
        return nil
    }

    init(data: Data, boundary: String) throws {
        let delimiter = Data("--\(boundary)".utf8)
        let crlf = Data("\r\n".utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        var parts: [Part] = []
        guard var cursor = data.range(of: delimiter)?.upperBound else { throw ParseError.missingBoundary }
        while cursor < data.endIndex {
            // "--" after a delimiter closes the body.
            if data[cursor...].starts(with: Data("--".utf8)) { break }
            guard data[cursor...].starts(with: crlf) else { throw ParseError.malformed }
            let headerStart = cursor + crlf.count
            guard let headersRange = data.range(of: headerEnd, in: headerStart..<data.endIndex) else {
                throw ParseError.malformed
            }
            let headerText = String(decoding: data[headerStart..<headersRange.lowerBound], as: UTF8.self)
            let bodyStart = headersRange.upperBound
            guard let next = data.range(of: crlf + delimiter, in: bodyStart..<data.endIndex) else {
                throw ParseError.malformed
            }
            parts.append(Self.part(headers: headerText, body: data[bodyStart..<next.lowerBound]))
            cursor = next.upperBound
        }
        self.parts = parts
    }

    /// The first part that carries a file.
    var firstFile: Part? { parts.first { $0.fileName != nil } }

    private static func part(headers: String, body: Data) -> Part {
        var name = ""
        var fileName: String?
        var contentType: String?
        for line in headers.components(separatedBy: "\r\n") {
            let lower = line.lowercased()
            if lower.hasPrefix("content-disposition:") {
                name = parameter("name", in: line) ?? ""
                fileName = parameter("filename*", in: line).flatMap(decodeExtended) ?? parameter("filename", in: line)
            } else if lower.hasPrefix("content-type:") {
                contentType = line.dropFirst("content-type:".count).trimmingCharacters(in: .whitespaces)
            }
        }
        return Part(name: name, fileName: fileName, contentType: contentType, data: Data(body))
    }

    /// A `key="value"` parameter of a header line; browsers send UTF-8 file names inside the quotes.
    private static func parameter(_ key: String, in line: String) -> String? {
        let pieces = line.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        for piece in pieces {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            guard piece[..<equals].lowercased() == key else { continue }
            var value = String(piece[piece.index(after: equals)...])
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value.replacingOccurrences(of: "\\\"", with: "\"")
        }
        return nil
    }

    /// RFC 5987 `UTF-8''%E6%95%B0…`.
    private static func decodeExtended(_ value: String) -> String? {
        guard let quote = value.range(of: "''") else { return nil }
        return String(value[quote.upperBound...]).removingPercentEncoding
    }
}
