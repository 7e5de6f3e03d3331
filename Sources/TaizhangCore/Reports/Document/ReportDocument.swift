/// A report as a renderer sees it: the title block, the body in order, and the issuer block. Every figure in it
/// carries its provenance, so the .docx, HTML and Markdown forms can all say where a number came from.
public struct ReportDocument: Sendable, Equatable, Codable {
    /// The title (2号小标宋, centred), e.g. "高新区2024年工作总结".
    public var title: String
    /// An optional line under the title, e.g. "（2024年1—10月）".
    public var subtitle: String?
    /// The addressee line (主送机关) ending in "：", when the document has one.
    public var recipient: String?
    public var blocks: [ReportBlock]
    /// The unsealed signature block: issuing body and date under the body text.
    public var signature: ReportSignature?

    public init(
        title: String, subtitle: String? = nil, recipient: String? = nil, blocks: [ReportBlock] = [],
        signature: ReportSignature? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.recipient = recipient
        self.blocks = blocks
        self.signature = signature
    }

    /// Every figure in the document, in reading order (tables row by row).
    public var figures: [ReportFigure] {
        blocks.flatMap { block -> [ReportFigure] in
            switch block {
            case .heading(let heading): heading.content.figures
            case .paragraph(let paragraph): paragraph.content.figures
            case .table(let table): table.rows.flatMap { $0.flatMap(\.content.figures) }
            }
        }
    }
}

/// The issuing body and date of a document's signature block (落款): "高新区管委会" / "2026年8月1日".
public struct ReportSignature: Sendable, Equatable, Codable {
    public var issuer: String
    public var date: CalendarDate

    public init(issuer: String, date: CalendarDate) {
        self.issuer = issuer
        self.date = date
    }

    /// The date as official documents write it: "2026年8月1日", no leading zeros.
    public var writtenDate: String { "\(date.year)年\(date.month)月\(date.day)日" }
}
