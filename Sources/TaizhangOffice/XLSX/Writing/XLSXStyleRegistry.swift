/// The cell formats a written workbook uses: the default, a bold filled header, dates, wrapped text, and one
/// per distinct number format; becomes `xl/styles.xml`.
final class XLSXStyleRegistry {
    static let defaultStyle = 0
    static let headerStyle = 1
    static let dateStyle = 2
    static let wrapStyle = 3
    static let titleStyle = 4

    static let dateFormat = "yyyy-mm-dd"

    /// Custom number formats in order of first use; ids start at 164 as Excel requires.
    private var formats: [String] = [dateFormat]
    /// Extra cell formats beyond the fixed ones: the number-format index of each.
    private var extraStyles: [Int] = []
    private var styleByFormat: [String: Int] = [dateFormat: dateStyle]

    /// The style index for cells with this number format.
    func style(forNumberFormat code: String) -> Int {
        if let style = styleByFormat[code] { return style }
        let formatIndex: Int
        if let existing = formats.firstIndex(of: code) {
            formatIndex = existing
        } else {
            formats.append(code)
            formatIndex = formats.count - 1
        }
        extraStyles.append(formatIndex)
        let style = 5 + extraStyles.count - 1
        styleByFormat[code] = style
        return style
    }

    func xml() -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        out += #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        out += #"<numFmts count="\#(formats.count)">"#
        for (index, code) in formats.enumerated() {
            out += #"<numFmt numFmtId="\#(164 + index)" formatCode="\#(XMLText.escape(code, excelEscapes: false))"/>"#
        }
        out += "</numFmts>"
        out += #"<fonts count="3">"#
        out += #"<font><sz val="11"/><name val="宋体"/><family val="2"/><charset val="134"/></font>"#
        out += #"<font><b/><sz val="11"/><name val="宋体"/><family val="2"/><charset val="134"/></font>"#
        out += #"<font><b/><sz val="14"/><name val="宋体"/><family val="2"/><charset val="134"/></font>"#
        out += "</fonts>"
        out += #"<fills count="3"><fill><patternFill patternType="none"/></fill>"#
        out += #"<fill><patternFill patternType="gray125"/></fill>"#
        out +=
            #"<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>"#
        out += "</fills>"
        out += #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#
        out += #"<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>"#
        out +=
            #"<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>"#
        out += "</borders>"
        out += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        out += #"<cellXfs count="\#(5 + extraStyles.count)">"#
        out += #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        out +=
            #"<xf numFmtId="49" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>"#
        out += #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        out +=
            #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>"#
        out += #"<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        for formatIndex in extraStyles {
            let id = formats[formatIndex] == "@" ? 49 : 164 + formatIndex
            out += #"<xf numFmtId="\#(id)" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        }
        out += "</cellXfs>"
        out += #"<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>"#
        out += "</styleSheet>"
        return out
    }
}
