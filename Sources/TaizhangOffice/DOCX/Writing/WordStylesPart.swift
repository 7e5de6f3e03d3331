/// word/styles.xml: document defaults that replace Word's (no space after paragraphs, no 1.15 spacing, no theme
/// fonts) and one style per kind of paragraph, so text a user adds in Word keeps the layout.
enum WordStylesPart {
    private typealias Style = WordParagraphKinds.Style

    static func xml(kinds: WordParagraphKinds) -> [UInt8] {
        let formats = kinds.formats
        var xml = WordXML(capacity: 8192)
        xml.raw(WordPackageParts.header)
        xml.raw(#"<w:styles xmlns:w="\#(WordPackageParts.wordNamespace)">"#)
        xml.raw("<w:docDefaults><w:rPrDefault><w:rPr>")
        WordRunFormat.writeFonts(formats.settings.bodyFont, to: &xml)
        xml.raw(#"<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>"#)
        xml.raw("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>")
        xml.raw(#"<w:widowControl w:val="0"/><w:spacing w:before="0" w:after="0" w:line=""#)
        xml.number(WordPageLayout.linePitch)
        xml.raw(#"" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>"#)

        paragraphStyle(&xml, id: Style.normal, name: "Normal", kind: kinds.body, isDefault: true)
        paragraphStyle(&xml, id: Style.title, name: "Title", kind: kinds.title)
        paragraphStyle(&xml, id: Style.subtitle, name: "Subtitle", kind: kinds.subtitle)
        paragraphStyle(&xml, id: Style.recipient, name: "Salutation", kind: kinds.recipient)
        for level in 1...4 {
            paragraphStyle(
                &xml, id: Style.heading(level), name: "heading \(level)",
                kind: kinds.headings[level - 1])
        }
        paragraphStyle(&xml, id: Style.caption, name: "Table Caption", kind: kinds.caption)
        let unitNote = kinds.unitNote(halfPoints: WordPageLayout.size4)
        paragraphStyle(&xml, id: Style.unitNote, name: "Unit Note", kind: unitNote)
        paragraphStyle(
            &xml, id: Style.tableText, name: "Table Text",
            kind: kinds.cell(alignment: .left, halfPoints: WordPageLayout.size4, isHeader: false))
        let signature = kinds.signatureLine(rightChars: 400, keepNext: false)
        paragraphStyle(&xml, id: Style.signature, name: "Signature", kind: signature)
        paragraphStyle(&xml, id: Style.appendixTitle, name: "Appendix Title", kind: kinds.appendixTitle)
        let footer = WordParagraphKinds.Kind(
            WordParagraphFormat(
                style: Style.footer, alignment: .center,
                lineHeight: WordPageLayout.footerLineHeight, characterHalfPoints: WordPageLayout.size4,
                snapToGrid: false),
            formats.pageNumber)
        paragraphStyle(&xml, id: Style.footer, name: "footer", kind: footer)

        xml.raw(#"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">"#)
        xml.raw(#"<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>"#)
        xml.raw(#"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>"#)
        xml.raw(#"<w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>"#)
        xml.raw(#"<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>"#)
        xml.raw(
            #"<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#)
        xml.raw("</w:styles>")
        return xml.bytes
    }

    private static func paragraphStyle(
        _ xml: inout WordXML, id: String, name: String, kind: WordParagraphKinds.Kind, isDefault: Bool = false
    ) {
        xml.raw(#"<w:style w:type="paragraph""#)
        if isDefault { xml.raw(#" w:default="1""#) }
        xml.raw(#" w:styleId=""#)
        xml.text(id)
        xml.raw(#""><w:name w:val=""#)
        xml.text(name)
        xml.raw(#""/>"#)
        if !isDefault { xml.raw(#"<w:next w:val="Normal"/>"#) }
        xml.raw("<w:qFormat/>")
        kind.format.write(to: &xml, inStyle: true)
        xml.raw("<w:rPr>")
        kind.runFormat.writeContent(to: &xml)
        xml.raw("</w:rPr></w:style>")
    }
}
