import Foundation

/// The text of a draft file as the slot reader sees it, and the encoding it was read in.
public struct DraftText: Sendable, Equatable {
    /// The decoded text; slot offsets count its Unicode scalars.
    public var text: String
    /// The `encoding` of `taizhang draft read --json`: "UTF-8", "GB18030", "UTF-16LE" or "UTF-16BE"
    /// ("UTF-8" for a .docx, whose XML is UTF-8).
    public var encoding: String
    /// Whether the text was read from the paragraphs of a Word document.
    public var isWordDocument: Bool

    public init(text: String, encoding: String, isWordDocument: Bool) {
        self.text = text
        self.encoding = encoding
        self.isWordDocument = isWordDocument
    }
}

/// Turns the bytes of an uploaded draft into its text: a .docx by its zip signature, plain text by its
/// encoding (byte-order mark, else valid UTF-8, else GB18030, as CSV files are read); refuses what is not
/// text (.doc, PDF, pictures, binary) with a message naming the file.
///
/// Line ends are kept exactly as written (CRLF and CR are not turned into LF): the slot contract counts
/// offsets in the characters of the decoded text with only the byte-order mark removed, so a checker that
/// decodes the same file must find every slot at the same offset. The reader treats CR as white space.
public enum DraftFile {
    public static func decode(
        _ data: Data, fileName: String, limits: DraftFileLimits = .standard
    ) throws -> DraftText {
        switch DraftFileFormat.sniff(data.prefix(16)) {
        case .zip:
            guard data.count <= limits.maxDocumentBytes else {
                throw DraftFileError.tooLarge(fileName: fileName, limitBytes: limits.maxDocumentBytes)
            }
            let text = try DOCXTextReader.text(of: data, fileName: fileName, limits: limits.docx)
            return DraftText(text: text, encoding: "UTF-8", isWordDocument: true)
        case .compoundDocument:
            // Either a .doc or a password-protected .docx; the Word reader tells them apart.
            _ = try DOCXTextReader.text(of: data, fileName: fileName, limits: limits.docx)
            throw DOCXReadError.legacyOfficeFile(fileName: fileName)
        case .pdf: throw DraftFileError.pdf(fileName: fileName)
        case .rtf: throw DraftFileError.rtf(fileName: fileName)
        case .image(let kind): throw DraftFileError.image(fileName: fileName, kind: kind)
        case .text:
            guard data.count <= limits.maxTextBytes else {
                throw DraftFileError.tooLarge(fileName: fileName, limitBytes: limits.maxTextBytes)
            }
            let (text, encoding) = try decodeText(data, fileName: fileName)
            guard looksLikeText(text) else { throw DraftFileError.binary(fileName: fileName) }
            return DraftText(text: text, encoding: encoding, isWordDocument: false)
        }
    }

    /// Reads and decodes the file at `url`, checking its size before reading it.
    public static func read(
        contentsOf url: URL, fileName: String? = nil, limits: DraftFileLimits = .standard
    ) throws -> DraftText {
        let name = fileName ?? url.lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw OfficeFileError.readFailed(fileName: name, detail: String(describing: error))
        }
        return try decode(data, fileName: name, limits: limits)
    }

    private static func decodeText(_ data: Data, fileName: String) throws -> (String, String) {
        // Notepad's "Unicode" is UTF-16 with a byte-order mark; without one, UTF-16 looks binary (NUL bytes).
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let little = data.starts(with: [0xFF, 0xFE])
            guard let text = String(data: data.dropFirst(2), encoding: little ? .utf16LittleEndian : .utf16BigEndian)
            else { throw DraftFileError.undecodable(fileName: fileName) }
            return (text, little ? "UTF-16LE" : "UTF-16BE")
        }
        guard let (text, encoding) = CSVEncoding.decode(data) else {
            // Bytes that are no text encoding at all are more likely binary than a third encoding.
            throw data.contains(0)
                ? DraftFileError.binary(fileName: fileName) : DraftFileError.undecodable(fileName: fileName)
        }
        return (text, encoding == .gb18030 ? "GB18030" : "UTF-8")
    }

    /// False for NUL characters, or for control characters beyond a stray few (one in two hundred): text
    /// editors write none but tab, line and page breaks.
    static func looksLikeText(_ text: String) -> Bool {
        var controls = 0
        var count = 0
        for scalar in text.unicodeScalars {
            count += 1
            let v = scalar.value
            if v == 0 { return false }
            if (v < 0x20 && !(0x09...0x0D).contains(v)) || v == 0x7F || v == 0xFFFD { controls += 1 }
        }
        return controls <= max(2, count / 200)
    }
}
