import Foundation

/// Builds a CSV file row by row: fields quoted only when needed, CRLF line ends, UTF-8 with BOM by default
/// (what Chinese Excel opens correctly) or GB18030.
public struct CSVWriter: Sendable {
    public let encoding: CSVEncoding
    private var text = ""

    public init(encoding: CSVEncoding = .utf8BOM) {
        self.encoding = encoding
    }

    /// Appends one record.
    public mutating func appendRow(_ fields: [String]) {
        text += fields.map(Self.quoted).joined(separator: ",")
        text += "\r\n"
    }

    /// The encoded file.
    public func data() -> Data {
        // GB18030 encodes every Unicode scalar, so the fallback is never taken.
        encoding.encode(text) ?? Data(text.utf8)
    }

    /// Writes the encoded file to `url`.
    public func write(to url: URL) throws {
        do { try data().write(to: url, options: .atomic) } catch {
            throw OfficeFileError.writeFailed(path: url.path, detail: String(describing: error))
        }
    }

    static func quoted(_ field: String) -> String {
        let needsQuotes =
            field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || field.first?.isWhitespace == true || field.last?.isWhitespace == true
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
