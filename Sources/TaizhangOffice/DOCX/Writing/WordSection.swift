/// The page setup (`w:sectPr`) and the page-number footers: "— 1 —" in 4号宋体, odd pages right and even pages
/// left one character in, or centred on every page.
enum WordSection {
    /// Relationship ids of the footers in word/_rels/document.xml.rels.
    static let defaultFooterID = "rIdFooterDefault"
    static let evenFooterID = "rIdFooterEven"
    static let defaultFooterPath = "word/footer1.xml"
    static let evenFooterPath = "word/footer2.xml"

    static func writeProperties(placement: OfficialDocumentSettings.PageNumberPlacement, to xml: inout WordXML) {
        xml.raw("<w:sectPr>")
        if placement == .alternating {
            xml.raw(#"<w:footerReference w:type="even" r:id="\#(evenFooterID)"/>"#)
        }
        xml.raw(#"<w:footerReference w:type="default" r:id="\#(defaultFooterID)"/>"#)
        xml.raw(#"<w:pgSz w:w=""#)
        xml.number(WordPageLayout.pageWidth)
        xml.raw(#"" w:h=""#)
        xml.number(WordPageLayout.pageHeight)
        xml.raw(#""/><w:pgMar w:top=""#)
        xml.number(WordPageLayout.marginTop)
        xml.raw(#"" w:right=""#)
        xml.number(WordPageLayout.marginRight)
        xml.raw(#"" w:bottom=""#)
        xml.number(WordPageLayout.marginBottom)
        xml.raw(#"" w:left=""#)
        xml.number(WordPageLayout.marginLeft)
        xml.raw(#"" w:header=""#)
        xml.number(WordPageLayout.headerDistance)
        xml.raw(#"" w:footer=""#)
        xml.number(WordPageLayout.footerDistance)
        xml.raw(#"" w:gutter="0"/><w:pgNumType w:fmt="decimal" w:start="1"/><w:cols w:space="425"/>"#)
        // A line grid only: a character grid makes LibreOffice give wide glyphs two cells (14 a line).
        xml.raw(#"<w:docGrid w:type="lines" w:linePitch=""#)
        xml.number(WordPageLayout.linePitch)
        xml.raw(#""/></w:sectPr>"#)
    }

    enum FooterSide {
        case right, left, centre
    }

    /// One footer part holding the PAGE field between one-character dashes.
    static func footer(side: FooterSide, formats: WordFormats) -> [UInt8] {
        var xml = WordXML(capacity: 2048)
        xml.raw(WordPackageParts.header)
        xml.raw(
            #"<w:ftr xmlns:w="\#(WordPackageParts.wordNamespace)" xmlns:r="\#(WordPackageParts.relationshipNamespace)">"#
        )
        var paragraph = WordParagraphFormat(
            style: WordParagraphKinds.Style.footer, alignment: .center,
            lineHeight: WordPageLayout.footerLineHeight, characterHalfPoints: WordPageLayout.size4, snapToGrid: false)
        paragraph.mark = formats.pageNumber
        switch side {
        case .right:
            paragraph.alignment = .right
            paragraph.rightChars = 100
        case .left:
            paragraph.alignment = .left
            paragraph.leftChars = 100
        case .centre:
            break
        }
        xml.raw("<w:p>")
        xml.raw(paragraph.properties)
        let run = formats.pageNumber.properties
        xml.raw("<w:r>")
        xml.raw(run)
        xml.raw(#"<w:t xml:space="preserve">— </w:t></w:r><w:r>"#)
        xml.raw(run)
        xml.raw(#"<w:fldChar w:fldCharType="begin"/></w:r><w:r>"#)
        xml.raw(run)
        xml.raw(#"<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r>"#)
        xml.raw(run)
        xml.raw(#"<w:fldChar w:fldCharType="separate"/></w:r><w:r>"#)
        xml.raw(run)
        xml.raw(#"<w:t>1</w:t></w:r><w:r>"#)
        xml.raw(run)
        xml.raw(#"<w:fldChar w:fldCharType="end"/></w:r><w:r>"#)
        xml.raw(run)
        xml.raw(#"<w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>"#)
        return xml.bytes
    }
}
