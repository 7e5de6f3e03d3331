/// The choices an office makes about its official documents (GB/T 9704-2012 leaves them open or local custom
/// varies): where page numbers go, bold level-3 headings, the typefaces, and the provenance appendix.
public struct OfficialDocumentSettings: Sendable, Equatable {
    /// Where the page number "— 1 —" is printed.
    public enum PageNumberPlacement: String, Sendable, Equatable, CaseIterable {
        /// Odd pages right, even pages left, one character in (the standard's layout for two-sided printing).
        case alternating
        /// Centred on every page (common for reports printed one-sided).
        case centred
    }

    public var pageNumberPlacement: PageNumberPlacement
    /// Level-3 headings ("1.") in bold 仿宋: a local custom, on by default.
    public var boldLevelThreeHeadings: Bool
    /// Body text, level-3 and level-4 headings, table cells: 仿宋_GB2312.
    public var bodyFont: String
    /// The title: 方正小标宋简体.
    public var titleFont: String
    /// Level-1 headings, table captions and header rows, the appendix heading: 黑体.
    public var levelOneFont: String
    /// Level-2 headings and the subtitle: 楷体_GB2312.
    public var levelTwoFont: String
    /// Adds "附件：数据来源" on a new page, tracing every printed figure to its ledger entries.
    public var includesProvenanceAppendix: Bool

    public init(
        pageNumberPlacement: PageNumberPlacement = .alternating, boldLevelThreeHeadings: Bool = true,
        bodyFont: String = "仿宋_GB2312", titleFont: String = "方正小标宋简体", levelOneFont: String = "黑体",
        levelTwoFont: String = "楷体_GB2312", includesProvenanceAppendix: Bool = true
    ) {
        self.pageNumberPlacement = pageNumberPlacement
        self.boldLevelThreeHeadings = boldLevelThreeHeadings
        self.bodyFont = bodyFont
        self.titleFont = titleFont
        self.levelOneFont = levelOneFont
        self.levelTwoFont = levelTwoFont
        self.includesProvenanceAppendix = includesProvenanceAppendix
    }

    /// The standard's layout with the usual office fonts, alternating page numbers and the appendix.
    public static let standard = OfficialDocumentSettings()
}
