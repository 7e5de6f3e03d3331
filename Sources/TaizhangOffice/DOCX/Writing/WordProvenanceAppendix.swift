import TaizhangCore

/// The provenance appendix: on a new page, "附件：数据来源" and a table listing every printed figure in reading
/// order with what it measures, the ledger entries behind it and the computation, so any number on paper can be
/// traced back.
extension WordBodyWriter {
    static let appendixTitle = "附件：数据来源"
    static let appendixHeader = ["序号", "数字", "含义", "来源", "计算"]
    /// Twips (sum 8844); 序号 holds two 小四 characters, 来源 is the widest: its lines name entry, zone, period, value.
    static let appendixWidths = [720, 1100, 2300, 2924, 1800]
    static let noFigures = "正文中没有引用数字。"

    mutating func provenanceAppendix(_ figures: [ReportFigure]) {
        paragraph(kinds.appendixTitle, Self.appendixTitle)
        guard !figures.isEmpty else {
            paragraph(kinds.body, Self.noFigures)
            return
        }
        let size = WordPageLayout.smallSize4
        let header = kinds.cell(alignment: .center, halfPoints: size, isHeader: true)
        let centred = kinds.cell(alignment: .center, halfPoints: size, isHeader: false)
        let left = kinds.cell(alignment: .left, halfPoints: size, isHeader: false)
        let widths = Self.appendixWidths
        beginTable(widths)
        beginRow(isHeader: true)
        for (index, title) in Self.appendixHeader.enumerated() {
            cell(width: widths[index], kind: header) { $0.paragraph(header, title) }
        }
        endRow()
        for (number, figure) in figures.enumerated() {
            let provenance = figure.provenance
            beginRow(isHeader: false)
            cell(width: widths[0], kind: centred) { $0.paragraph(centred, String(number + 1)) }
            cell(width: widths[1], kind: centred) { $0.paragraph(centred, figure.text) }
            cell(width: widths[2], kind: left) { $0.paragraph(left, provenance.subject) }
            cell(width: widths[3], kind: left) { writer in
                for source in provenance.sources { writer.paragraph(left, source) }
            }
            if let computation = provenance.computation {
                cell(width: widths[4], kind: left) { $0.paragraph(left, computation) }
            } else {
                // Taken as stored: a centred dash says "no arithmetic" rather than leaving a blank.
                cell(width: widths[4], kind: centred) { $0.paragraph(centred, "—") }
            }
            endRow()
        }
        endTable()
    }
}
