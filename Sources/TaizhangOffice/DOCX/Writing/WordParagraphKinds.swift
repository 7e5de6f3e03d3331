/// The kinds of paragraph an official document has, each with its rendered `w:pPr` and `w:rPr`, built once per
/// document so that writing a paragraph is a few appends.
struct WordParagraphKinds {
    struct Kind {
        let format: WordParagraphFormat
        let runFormat: WordRunFormat
        let paragraph: [UInt8]
        let run: [UInt8]

        init(_ paragraph: WordParagraphFormat, _ run: WordRunFormat) {
            var paragraph = paragraph
            paragraph.mark = run
            format = paragraph
            runFormat = run
            self.paragraph = paragraph.properties
            self.run = run.properties
        }
    }

    let formats: WordFormats
    let body: Kind
    let title: Kind
    let subtitle: Kind
    let recipient: Kind
    let headings: [Kind]
    let caption: Kind
    let appendixTitle: Kind

    /// Style ids, shared with styles.xml.
    enum Style {
        static let normal = "Normal"
        static let title = "Title"
        static let subtitle = "Subtitle"
        static let recipient = "Salutation"
        static let signature = "Signature"
        static let caption = "TableCaption"
        static let unitNote = "UnitNote"
        static let tableText = "TableText"
        static let footer = "Footer"
        static let appendixTitle = "AppendixTitle"
        static func heading(_ level: Int) -> String { "Heading\(level)" }
    }

    init(formats: WordFormats) {
        self.formats = formats
        body = Kind(WordParagraphFormat(style: Style.normal, alignment: .both, firstLineChars: 200), formats.body)
        title = Kind(WordParagraphFormat(style: Style.title, alignment: .center), formats.title)
        subtitle = Kind(WordParagraphFormat(style: Style.subtitle, alignment: .center), formats.subtitle)
        recipient = Kind(WordParagraphFormat(style: Style.recipient, alignment: .left), formats.body)
        headings = (1...4).map { level in
            Kind(
                WordParagraphFormat(
                    style: Style.heading(level), alignment: .both, firstLineChars: 200, keepNext: true,
                    outlineLevel: level - 1),
                formats.heading(level))
        }
        caption = Kind(
            WordParagraphFormat(style: Style.caption, alignment: .center, keepNext: true), formats.caption)
        appendixTitle = Kind(
            WordParagraphFormat(
                style: Style.appendixTitle, alignment: .left, keepNext: true, pageBreakBefore: true, outlineLevel: 0),
            formats.caption)
    }

    /// The unit note above a table ("单位：亿元"), right-aligned in the table's type size, on the line grid.
    func unitNote(halfPoints: Int) -> Kind {
        Kind(
            WordParagraphFormat(
                style: Style.unitNote, alignment: .right, characterHalfPoints: halfPoints, keepNext: true),
            WordRunFormat(font: formats.settings.bodyFont, halfPoints: halfPoints))
    }

    /// A line of the signature block, right-aligned `rightChars` hundredths of a character in.
    func signatureLine(rightChars: Int, keepNext: Bool) -> Kind {
        Kind(
            WordParagraphFormat(style: Style.signature, alignment: .right, rightChars: rightChars, keepNext: keepNext),
            formats.body)
    }

    /// Text in a table cell: off the page grid, at a fixed line height for its size, so rows stay compact.
    func cell(alignment: WordParagraphFormat.Alignment, halfPoints: Int, isHeader: Bool) -> Kind {
        Kind(
            WordParagraphFormat(
                style: Style.tableText, alignment: alignment,
                lineHeight: Self.cellLineHeight(halfPoints: halfPoints), characterHalfPoints: halfPoints,
                snapToGrid: false),
            formats.tableCell(halfPoints: halfPoints, isHeader: isHeader))
    }

    /// 4号 cells on 20 pt lines, 小四 on 17 pt.
    static func cellLineHeight(halfPoints: Int) -> Int { halfPoints >= WordPageLayout.size4 ? 400 : 340 }
}
