/// How a run of text looks: typeface, size, bold, condensed spacing. Its `w:rPr` is rendered once and reused
/// for every run, and always names the face for all four scripts (ascii, hAnsi, eastAsia, cs) without theme
/// attributes, so Chinese text never falls back to another font.
struct WordRunFormat: Equatable {
    var font: String
    var halfPoints: Int
    var isBold = false
    /// Character spacing in twentieths of a point (`w:spacing`), −5 on body text.
    var spacing = 0

    /// `<w:rPr>…</w:rPr>`, in the schema's element order.
    var properties: [UInt8] {
        var xml = WordXML(capacity: 256)
        xml.raw("<w:rPr>")
        writeContent(to: &xml)
        xml.raw("</w:rPr>")
        return xml.bytes
    }

    /// The children of `w:rPr` (also used inside style definitions).
    func writeContent(to xml: inout WordXML) {
        Self.writeFonts(font, to: &xml)
        if isBold { xml.raw("<w:b/><w:bCs/>") } else { xml.raw(#"<w:b w:val="0"/><w:bCs w:val="0"/>"#) }
        if spacing != 0 {
            xml.raw(#"<w:spacing w:val=""#)
            xml.number(spacing)
            xml.raw(#""/>"#)
        }
        xml.raw(#"<w:sz w:val=""#)
        xml.number(halfPoints)
        xml.raw(#""/><w:szCs w:val=""#)
        xml.number(halfPoints)
        xml.raw(#""/>"#)
    }

    static func writeFonts(_ font: String, to xml: inout WordXML) {
        xml.raw(#"<w:rFonts w:ascii=""#)
        xml.text(font)
        xml.raw(#"" w:hAnsi=""#)
        xml.text(font)
        xml.raw(#"" w:eastAsia=""#)
        xml.text(font)
        xml.raw(#"" w:cs=""#)
        xml.text(font)
        xml.raw(#""/>"#)
    }
}

/// Every run format of an official document, derived once from the settings.
struct WordFormats {
    let settings: OfficialDocumentSettings
    let body: WordRunFormat
    let title: WordRunFormat
    let subtitle: WordRunFormat
    let caption: WordRunFormat
    let pageNumber: WordRunFormat
    private let headings: [WordRunFormat]

    /// 4号半角宋体: the standard names 宋体 for page numbers whatever the body face.
    static let pageNumberFont = "宋体"

    init(settings: OfficialDocumentSettings) {
        self.settings = settings
        let condensed = WordPageLayout.bodyCharacterSpacing
        let size = WordPageLayout.bodySize
        body = WordRunFormat(font: settings.bodyFont, halfPoints: size, spacing: condensed)
        title = WordRunFormat(font: settings.titleFont, halfPoints: WordPageLayout.titleSize)
        subtitle = WordRunFormat(font: settings.levelTwoFont, halfPoints: size, spacing: condensed)
        caption = WordRunFormat(font: settings.levelOneFont, halfPoints: size, spacing: condensed)
        pageNumber = WordRunFormat(font: Self.pageNumberFont, halfPoints: WordPageLayout.size4)
        headings = [
            WordRunFormat(font: settings.levelOneFont, halfPoints: size, spacing: condensed),
            WordRunFormat(font: settings.levelTwoFont, halfPoints: size, spacing: condensed),
            WordRunFormat(
                font: settings.bodyFont, halfPoints: size, isBold: settings.boldLevelThreeHeadings, spacing: condensed),
            WordRunFormat(font: settings.bodyFont, halfPoints: size, spacing: condensed),
        ]
    }

    func heading(_ level: Int) -> WordRunFormat { headings[level - 1] }

    /// Table text at 4号 or 小四; the header row in 黑体.
    func tableCell(halfPoints: Int, isHeader: Bool) -> WordRunFormat {
        WordRunFormat(font: isHeader ? settings.levelOneFont : settings.bodyFont, halfPoints: halfPoints)
    }
}
