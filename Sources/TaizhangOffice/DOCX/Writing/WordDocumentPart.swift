import TaizhangCore

/// word/document.xml: title block, body, signature, the provenance appendix when asked for, page setup.
enum WordDocumentPart {
    static func xml(_ document: ReportDocument, kinds: WordParagraphKinds) -> [UInt8] {
        let settings = kinds.formats.settings
        var writer = WordBodyWriter(kinds: kinds, capacity: estimatedSize(document))
        writer.xml.raw(WordPackageParts.header)
        writer.xml.raw(
            #"<w:document xmlns:w="\#(WordPackageParts.wordNamespace)" xmlns:r="\#(WordPackageParts.relationshipNamespace)"><w:body>"#
        )
        writer.titleBlock(of: document)
        for block in document.blocks { writer.block(block) }
        if let signature = document.signature { writer.signature(signature) }
        if settings.includesProvenanceAppendix { writer.provenanceAppendix(document.figures) }
        if writer.endsWithTable { writer.closingParagraph() }
        WordSection.writeProperties(placement: settings.pageNumberPlacement, to: &writer.xml)
        writer.xml.raw("</w:body></w:document>")
        return writer.xml.bytes
    }

    /// Roughly 40 bytes of markup per character of text plus the fixed parts, so the buffer rarely regrows.
    private static func estimatedSize(_ document: ReportDocument) -> Int {
        var characters = document.title.utf8.count
        for block in document.blocks {
            switch block {
            case .heading(let heading): characters += 600 + heading.content.plainText.utf8.count
            case .paragraph(let paragraph): characters += 600 + paragraph.content.plainText.utf8.count
            case .table(let table): characters += 1200 * (table.rows.count + 1) * max(table.header.count, 1)
            }
        }
        return 16_384 + characters * 2
    }
}

extension WordBodyWriter {
    /// Whether the last thing written is a table (`</w:tbl>`).
    var endsWithTable: Bool {
        let end = Array("</w:tbl>".utf8)
        return xml.bytes.count >= end.count && Array(xml.bytes.suffix(end.count)) == end
    }

    /// Word ends a document with a paragraph; after a final table it is made 1 pt high so that a table that
    /// fills its page does not push an empty page out.
    mutating func closingParagraph() {
        var format = WordParagraphFormat(style: WordParagraphKinds.Style.normal, alignment: .left, lineHeight: 20)
        format.snapToGrid = false
        format.mark = WordRunFormat(font: kinds.formats.settings.bodyFont, halfPoints: 2)
        xml.raw("<w:p>")
        xml.raw(format.properties)
        xml.raw("</w:p>")
    }
}
