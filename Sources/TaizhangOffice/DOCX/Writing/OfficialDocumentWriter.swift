import Foundation
import TaizhangCore
import ZIPFoundation

/// Writes a `ReportDocument` as a .docx in the GB/T 9704-2012 official-document layout (A4, 3号仿宋 on a 22 × 28
/// grid, 2号小标宋 title, heading typefaces per level, "— 1 —" page numbers), ready to print as it is.
public enum OfficialDocumentWriter {
    /// The package as bytes; the XML of every part is streamed into buffers and deflated into an in-memory zip.
    public static func write(_ document: ReportDocument, settings: OfficialDocumentSettings = .standard) throws -> Data
    {
        let parts = self.parts(document, settings: settings)
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let bytes = part.bytes
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate,
                    bufferSize: 1 << 16
                ) { position, size in
                    let start = Int(position)
                    return bytes.withUnsafeBufferPointer {
                        Data(buffer: UnsafeBufferPointer(rebasing: $0[start..<start + size]))
                    }
                }
            }
            guard let data = archive.data else {
                throw OfficeFileError.writeFailed(
                    path: document.title + ".docx", detail: "in-memory archive has no data")
            }
            return data
        } catch let error as OfficeFileError {
            throw error
        } catch {
            throw OfficeFileError.writeFailed(path: document.title + ".docx", detail: String(describing: error))
        }
    }

    /// The package's parts in the order they are zipped (`[Content_Types].xml` first, as some readers expect).
    static func parts(
        _ document: ReportDocument, settings: OfficialDocumentSettings, date: Date = Date()
    ) -> [(path: String, bytes: [UInt8])] {
        let formats = WordFormats(settings: settings)
        let kinds = WordParagraphKinds(formats: formats)
        let alternating = settings.pageNumberPlacement == .alternating
        var parts: [(path: String, bytes: [UInt8])] = [
            ("[Content_Types].xml", Array(WordPackageParts.contentTypes(hasEvenFooter: alternating).utf8)),
            ("_rels/.rels", Array(WordPackageParts.rootRelationships.utf8)),
            ("docProps/core.xml", WordPackageParts.coreProperties(title: document.title, date: date)),
            ("docProps/app.xml", Array(WordPackageParts.appProperties.utf8)),
            ("word/document.xml", WordDocumentPart.xml(document, kinds: kinds)),
            (
                "word/_rels/document.xml.rels",
                Array(WordPackageParts.documentRelationships(hasEvenFooter: alternating).utf8)
            ),
            ("word/styles.xml", WordStylesPart.xml(kinds: kinds)),
            ("word/settings.xml", WordSettingsPart.xml(settings: settings)),
        ]
        if alternating {
            parts.append((WordSection.defaultFooterPath, WordSection.footer(side: .right, formats: formats)))
            parts.append((WordSection.evenFooterPath, WordSection.footer(side: .left, formats: formats)))
        } else {
            parts.append((WordSection.defaultFooterPath, WordSection.footer(side: .centre, formats: formats)))
        }
        return parts
    }
}
