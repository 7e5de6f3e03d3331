import Foundation

/// Reads the plain text of a Word document (.docx): the body's paragraphs one per line, as a writer reads
/// them on screen. Used to read drafts; streams the main document, never building a tree.
public enum DOCXTextReader {
    /// The text of the document in `data`; `fileName` names the file in error messages.
    public static func text(of data: Data, fileName: String, limits: DOCXReadLimits = .standard) throws -> String {
        try read(source: .memory(data), fileName: fileName, limits: limits)
    }

    /// The text of the document at `url`.
    public static func text(
        contentsOf url: URL, fileName: String? = nil, limits: DOCXReadLimits = .standard
    ) throws -> String {
        try read(source: .file(url), fileName: fileName ?? url.lastPathComponent, limits: limits)
    }

    private static func read(source: XLSXSource, fileName: String, limits: DOCXReadLimits) throws -> String {
        do {
            let package = try XLSXPackage(
                source: source, fileName: fileName, limits: XLSXReadLimits(maxInflatedBytes: limits.maxInflatedBytes))
            guard let part = try DOCXMainPart.locate(in: package) else {
                if package.contains("xl/workbook.xml") { throw DOCXReadError.spreadsheet(fileName: fileName) }
                throw DOCXReadError.missingDocument(fileName: fileName)
            }
            let scanner = DOCXBodyScanner(limits: limits)
            try package.stream(part) { chunk in
                guard scanner.feed(chunk) else {
                    throw DOCXReadError.damaged(
                        fileName: fileName, detail: "\(part): an element longer than \(limits.maxElementBytes) bytes")
                }
            }
            return scanner.finish()
        } catch let error as OfficeFileError {
            // The package layer speaks of workbooks; say the same things of a Word document.
            switch error {
            case .legacyXLS: throw DOCXReadError.legacyOfficeFile(fileName: fileName)
            case .encrypted: throw DOCXReadError.encrypted(fileName: fileName)
            case .tooLarge(_, let limit): throw DOCXReadError.tooLarge(fileName: fileName, limitBytes: limit)
            case .damaged(_, let detail): throw DOCXReadError.damaged(fileName: fileName, detail: detail)
            case .readFailed: throw error
            default: throw DOCXReadError.notADocx(fileName: fileName)
            }
        }
    }
}
