import TaizhangCore

/// Streams the body of word/document.xml: paragraphs and runs, tables, the signature block and the appendix
/// are appended in reading order to one buffer.
struct WordBodyWriter {
    var xml: WordXML
    let kinds: WordParagraphKinds

    init(kinds: WordParagraphKinds, capacity: Int) {
        self.kinds = kinds
        xml = WordXML(capacity: capacity)
    }

    mutating func paragraph(_ kind: WordParagraphKinds.Kind, _ content: [ReportInline]) {
        xml.raw("<w:p>")
        xml.raw(kind.paragraph)
        for inline in content {
            let text = inline.plainText
            guard !text.isEmpty else { continue }
            run(kind.run, text)
        }
        xml.raw("</w:p>")
    }

    mutating func paragraph(_ kind: WordParagraphKinds.Kind, _ text: String) {
        xml.raw("<w:p>")
        xml.raw(kind.paragraph)
        if !text.isEmpty { run(kind.run, text) }
        xml.raw("</w:p>")
    }

    /// A blank line: an empty paragraph whose mark has the kind's size, so it takes one line of the grid.
    mutating func emptyParagraph(_ kind: WordParagraphKinds.Kind) {
        xml.raw("<w:p>")
        xml.raw(kind.paragraph)
        xml.raw("</w:p>")
    }

    mutating func run(_ properties: [UInt8], _ text: String) {
        xml.raw("<w:r>")
        xml.raw(properties)
        xml.runText(text)
        xml.raw("</w:r>")
    }

    mutating func block(_ block: ReportBlock) {
        switch block {
        case .heading(let heading): paragraph(kinds.headings[heading.level.rawValue - 1], heading.content)
        case .paragraph(let paragraph): self.paragraph(kinds.body, paragraph.content)
        case .table(let table): self.table(table)
        }
    }

    /// The title block: title, optional subtitle, one blank line, then the addressee flush left.
    mutating func titleBlock(of document: ReportDocument) {
        paragraph(kinds.title, document.title)
        if let subtitle = document.subtitle, !subtitle.isEmpty { paragraph(kinds.subtitle, subtitle) }
        emptyParagraph(kinds.body)
        if let recipient = document.recipient, !recipient.isEmpty { paragraph(kinds.recipient, recipient) }
    }

    /// The unsealed signature block (GB/T 9704 7.3.5.2): one blank line, the issuer two characters from the
    /// right, the date on the next line with its first character two characters right of the issuer's first.
    /// When that would leave the date less than two characters from the right edge (the standard's case of a date
    /// longer than the issuer, extended so the date never runs into the margin), the date keeps two characters
    /// and the issuer moves left instead.
    mutating func signature(_ signature: ReportSignature) {
        let issuer = DisplayWidth.of(signature.issuer)
        let date = DisplayWidth.of(signature.writtenDate)
        // Half-character units; two characters are 4.
        var issuerRight = 4
        var dateRight = issuer - date
        if dateRight < 4 {
            dateRight = 4
            issuerRight = 8 + date - issuer
        }
        emptyParagraph(kinds.signatureLine(rightChars: 0, keepNext: true))
        paragraph(kinds.signatureLine(rightChars: issuerRight * 50, keepNext: true), signature.issuer)
        paragraph(kinds.signatureLine(rightChars: dateRight * 50, keepNext: false), signature.writtenDate)
    }
}
