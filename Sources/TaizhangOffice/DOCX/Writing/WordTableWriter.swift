import TaizhangCore

/// Tables: caption and unit note above, fixed column widths that fill the block, thin borders, a header row
/// repeated on every page, rows that never split across pages.
extension WordBodyWriter {
    mutating func table(_ table: ReportTable) {
        let columnCount = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columnCount > 0 else { return }
        var needs = [Int](repeating: 0, count: columnCount)
        let headerNeeds = table.header.map(Self.widestLine)
        for row in table.rows {
            for (index, cell) in row.enumerated() {
                needs[index] = max(needs[index], Self.widestLine(cell.content.plainText))
            }
        }
        let columns = WordTableColumns(needs: needs, headerNeeds: headerNeeds)
        if let caption = table.caption, !caption.isEmpty { paragraph(kinds.caption, caption) }
        if let unitNote = table.unitNote, !unitNote.isEmpty {
            paragraph(kinds.unitNote(halfPoints: columns.halfPoints), unitNote)
        }
        beginTable(columns.widths)
        if !table.header.isEmpty {
            let kind = kinds.cell(alignment: .center, halfPoints: columns.halfPoints, isHeader: true)
            beginRow(isHeader: true)
            for index in 0..<columnCount {
                let title = index < table.header.count ? table.header[index] : ""
                cell(width: columns.widths[index], kind: kind) { writer in
                    writer.paragraph(kind, columns.wrapsHeader[index] ? Self.brokenInTheMiddle(title) : title)
                }
            }
            endRow()
        }
        let bodyKinds = (0..<columnCount).map { index in
            kinds.cell(
                alignment: Self.wordAlignment(table.alignment(ofColumn: index)), halfPoints: columns.halfPoints,
                isHeader: false)
        }
        for row in table.rows {
            beginRow(isHeader: false)
            for index in 0..<columnCount {
                let kind = bodyKinds[index]
                cell(width: columns.widths[index], kind: kind) { writer in
                    writer.paragraph(kind, index < row.count ? row[index].content : [])
                }
            }
            endRow()
        }
        endTable()
    }

    static func wordAlignment(_ alignment: ReportColumnAlignment) -> WordParagraphFormat.Alignment {
        switch alignment {
        case .leading: .left
        case .center: .center
        case .trailing: .right
        }
    }

    /// A header that has to wrap, as two lines of (nearly) equal length.
    static func brokenInTheMiddle(_ text: String) -> String {
        guard text.count >= 2, !text.contains(where: \.isNewline) else { return text }
        let middle = text.index(text.startIndex, offsetBy: (text.count + 1) / 2)
        return text[..<middle] + "\n" + text[middle...]
    }

    /// The widest line of a cell's text in half-character units.
    static func widestLine(_ text: String) -> Int {
        guard text.contains(where: \.isNewline) else { return DisplayWidth.of(text) }
        return text.split(whereSeparator: \.isNewline).map { DisplayWidth.of(String($0)) }.max() ?? 0
    }

    mutating func beginTable(_ widths: [Int]) {
        xml.raw(#"<w:tbl><w:tblPr><w:tblW w:w=""#)
        xml.number(widths.reduce(0, +))
        xml.raw(#"" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>"#)
        for edge: StaticString in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            xml.raw("<w:")
            xml.raw(edge)
            xml.raw(#" w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#)
        }
        xml.raw(#"</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>"#)
        xml.raw(#"<w:top w:w="0" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>"#)
        xml.raw(#"<w:bottom w:w="0" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>"#)
        xml.raw("</w:tblCellMar></w:tblPr><w:tblGrid>")
        for width in widths {
            xml.raw(#"<w:gridCol w:w=""#)
            xml.number(width)
            xml.raw(#""/>"#)
        }
        xml.raw("</w:tblGrid>")
    }

    /// A row at least 8 mm high; the header row repeats at the top of every page the table runs onto.
    mutating func beginRow(isHeader: Bool) {
        xml.raw(#"<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="454"/>"#)
        if isHeader { xml.raw("<w:tblHeader/>") }
        xml.raw("</w:trPr>")
    }

    mutating func cell(width: Int, kind: WordParagraphKinds.Kind, content: (inout WordBodyWriter) -> Void) {
        xml.raw(#"<w:tc><w:tcPr><w:tcW w:w=""#)
        xml.number(width)
        xml.raw(#"" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>"#)
        let start = xml.bytes.count
        content(&self)
        // A cell must hold at least one paragraph.
        if xml.bytes.count == start { emptyParagraph(kind) }
        xml.raw("</w:tc>")
    }

    mutating func endRow() { xml.raw("</w:tr>") }

    mutating func endTable() { xml.raw("</w:tbl>") }
}
