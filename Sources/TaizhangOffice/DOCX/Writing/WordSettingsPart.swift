/// word/settings.xml. `evenAndOddHeaders` gives even pages their own footer (the left-hand page number).
/// `adjustLineHeightInTable` is deliberately absent: with it, every line in a table cell would take a full
/// 28.95 pt grid line and a 30-row project list would need twice the pages; cells keep their own exact height.
enum WordSettingsPart {
    static func xml(settings: OfficialDocumentSettings) -> [UInt8] {
        var xml = WordXML(capacity: 1024)
        xml.raw(WordPackageParts.header)
        xml.raw(#"<w:settings xmlns:w="\#(WordPackageParts.wordNamespace)">"#)
        xml.raw(#"<w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>"#)
        if settings.pageNumberPlacement == .alternating { xml.raw("<w:evenAndOddHeaders/>") }
        xml.raw(#"<w:characterSpacingControl w:val="doNotCompress"/>"#)
        xml.raw("<w:compat>")
        xml.raw(
            #"<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>"#
        )
        xml.raw("</w:compat>")
        xml.raw(#"<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>"#)
        return xml.bytes
    }
}
