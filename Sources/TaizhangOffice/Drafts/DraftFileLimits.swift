/// Size caps for draft files: a real report is tens of kilobytes of text, or a few megabytes of .docx with
/// pictures; anything far beyond is refused before it is decoded.
public struct DraftFileLimits: Sendable, Hashable {
    /// Largest plain-text draft, in bytes.
    public var maxTextBytes: Int
    /// Largest .docx file, in bytes (pictures make them big; only the main document is inflated).
    public var maxDocumentBytes: Int
    public var docx: DOCXReadLimits

    public init(
        maxTextBytes: Int = 16 * 1_048_576, maxDocumentBytes: Int = 100 * 1_048_576, docx: DOCXReadLimits = .standard
    ) {
        self.maxTextBytes = maxTextBytes
        self.maxDocumentBytes = maxDocumentBytes
        self.docx = docx
    }

    /// 16 MB of text, 100 MB of .docx.
    public static let standard = DraftFileLimits()
}
