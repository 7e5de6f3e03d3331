/// How a paragraph is laid out: style, alignment, indents in characters, line spacing, keep-with-next. Its
/// `w:pPr` is rendered once per kind of paragraph. Indents are written both in characters (what Word and WPS
/// use) and in twips (the fallback other readers use).
struct WordParagraphFormat {
    enum Alignment: String {
        case left, center, right, both
    }

    var style: String
    var alignment: Alignment
    /// Exact line height in twips; 579 puts the paragraph on the page's line grid.
    var lineHeight = WordPageLayout.linePitch
    /// First-line indent in hundredths of a character (200 = two characters).
    var firstLineChars = 0
    var leftChars = 0
    var rightChars = 0
    /// The font size the character indents are measured in.
    var characterHalfPoints = WordPageLayout.bodySize
    var keepNext = false
    var pageBreakBefore = false
    var snapToGrid = true
    /// `w:outlineLvl`, 0-based: headings appear in the navigation pane and a table of contents.
    var outlineLevel: Int?
    /// The paragraph mark's look, which sizes an empty paragraph.
    var mark: WordRunFormat?

    /// `<w:pPr>…</w:pPr>` of a paragraph, children in the schema's order.
    var properties: [UInt8] {
        var xml = WordXML(capacity: 512)
        write(to: &xml, inStyle: false)
        return xml.bytes
    }

    /// In a style definition the pPr names no style and no paragraph mark.
    func write(to xml: inout WordXML, inStyle: Bool) {
        xml.raw("<w:pPr>")
        if !inStyle {
            xml.raw(#"<w:pStyle w:val=""#)
            xml.text(style)
            xml.raw(#""/>"#)
        }
        if keepNext { xml.raw("<w:keepNext/>") }
        if pageBreakBefore { xml.raw("<w:pageBreakBefore/>") }
        xml.raw(#"<w:widowControl w:val="0"/>"#)
        // No automatic space between Chinese and Latin or digits: it would break the 28-character grid.
        xml.raw(#"<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>"#)
        if !snapToGrid { xml.raw(#"<w:snapToGrid w:val="0"/>"#) }
        xml.raw(#"<w:spacing w:before="0" w:after="0" w:line=""#)
        xml.number(lineHeight)
        xml.raw(#"" w:lineRule="exact"/>"#)
        let character = WordPageLayout.characterWidth(halfPoints: characterHalfPoints)
        xml.raw(#"<w:ind w:left=""#)
        xml.number(leftChars * character / 100)
        xml.raw(#"" w:leftChars=""#)
        xml.number(leftChars)
        xml.raw(#"" w:right=""#)
        xml.number(rightChars * character / 100)
        xml.raw(#"" w:rightChars=""#)
        xml.number(rightChars)
        xml.raw(#"" w:firstLine=""#)
        xml.number(firstLineChars * character / 100)
        xml.raw(#"" w:firstLineChars=""#)
        xml.number(firstLineChars)
        xml.raw(#""/><w:jc w:val=""#)
        xml.raw(alignment.rawValue)
        xml.raw(#""/>"#)
        if let outlineLevel {
            xml.raw(#"<w:outlineLvl w:val=""#)
            xml.number(outlineLevel)
            xml.raw(#""/>"#)
        }
        if !inStyle, let mark { xml.raw(mark.properties) }
        xml.raw("</w:pPr>")
    }
}
