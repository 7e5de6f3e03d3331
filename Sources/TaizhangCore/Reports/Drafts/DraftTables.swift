/// Reads figures in table rows (cells separated by `|` or tabs): the measure comes from the column's header
/// (`增长%` → growth, `完成率` → completion, `排名` → rank) and the indicator from the row's label or, failing
/// that, the header (or, for a rate column, the nearest named column to its left); the unit stays empty because it stands only in the header (the contract).
enum DraftTables {
    /// Classifies the number runs that sit in table rows; returns which runs it decided.
    static func classify(_ a: inout DraftAnalysis) -> [Bool] {
        var decided = [Bool](repeating: false, count: a.runs.count)
        let t = a.text
        var headers: [Int: Range<Int>?] = [:]
        var i = 0
        while i < a.runs.count {
            let r = a.runs[i]
            guard a.types[i] == .number, let row = line(t, around: r.bodyStart), isTableRow(t, row) else { i += 1; continue }
            let cached = headers[row.lowerBound] ?? headerRow(t, above: row)
            headers[row.lowerBound] = cached
            guard let header = cached else { i += 1; continue }
            let cells = cellRanges(t, row)
            let headerCells = cellRanges(t, header)
            guard let column = cells.firstIndex(where: { $0.contains(r.bodyStart) }), column < headerCells.count,
                column > 0
            else { i += 1; continue }
            let title = headerCells[column]
            a.units[i] = nil
            a.measures[i] = measure(a, title)
            if a.measures[i] != .other {
                let label = cells[0]
                // A rate column without a name (`完成率`) describes the quantity named in a column to its left.
                a.indicators[i] = lastName(a, in: label) ?? lastName(a, in: title)
                if a.indicators[i] == nil && a.measures[i] != .value {
                    for k in stride(from: column - 1, through: 1, by: -1) {
                        if let found = lastName(a, in: headerCells[k]) {
                            a.indicators[i] = found
                            break
                        }
                    }
                }
            }
            decided[i] = true
            i += 1
        }
        return decided
    }

    private static func line(_ t: DraftText, around p: Int) -> Range<Int>? {
        var s = p
        while s > 0 && !DraftText.isLineBreak(t.keys[s - 1]) { s -= 1 }
        var e = p
        while e < t.count && !DraftText.isLineBreak(t.keys[e]) { e += 1 }
        return s..<e
    }

    private static func isSeparator(_ c: Unicode.Scalar) -> Bool { c == "|" || c == "\t" }

    private static func isTableRow(_ t: DraftText, _ row: Range<Int>) -> Bool {
        var count = 0
        for p in row where isSeparator(t.keys[p]) { count += 1 }
        return count >= 2
    }

    /// The first row of the table block holding `row` (its header), skipping `|---|` rules; nil for the header
    /// itself.
    private static func headerRow(_ t: DraftText, above row: Range<Int>) -> Range<Int>? {
        var current = row
        var best: Range<Int>?
        var steps = 0
        while current.lowerBound > 0 && steps < 200 {
            guard let previous = line(t, around: current.lowerBound - 1), isTableRow(t, previous) else { break }
            if previous.contains(where: { t.keys[$0].value > 0x2E80 }) {
                best = previous
            }
            current = previous
            steps += 1
        }
        return best
    }

    /// The cells of a row, without the empty cell before a leading `|`.
    private static func cellRanges(_ t: DraftText, _ row: Range<Int>) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = row.lowerBound
        for p in row where isSeparator(t.keys[p]) {
            cells.append(start..<p)
            start = p + 1
        }
        cells.append(start..<row.upperBound)
        if let first = cells.first, first.allSatisfy({ DraftText.isSpace(t.keys[$0]) }) { cells.removeFirst() }
        return cells
    }

    private static let headerCues = DraftCueFinder.Cues<SlotMeasure>([
        ("增长", .growth), ("增速", .growth), ("增幅", .growth), ("同比", .growth), ("增减", .growth), ("比上年", .growth),
        ("完成率", .completion), ("进度", .completion), ("完成年度", .completion), ("开工率", .completion),
        ("排名", .rank), ("位次", .rank), ("排位", .rank), ("名次", .rank),
        ("比重", .share), ("占比", .share), ("百分点", .change), ("时序进度", .other), ("序时进度", .other),
    ])

    private static func measure(_ a: DraftAnalysis, _ title: Range<Int>) -> SlotMeasure {
        a.cues.nearest(headerCues, in: title.lowerBound, title.upperBound)?.label ?? .value
    }

    private static func lastName(_ a: DraftAnalysis, in cell: Range<Int>) -> Indicator? {
        a.names.last { $0.start >= cell.lowerBound && $0.end <= cell.upperBound }?.indicator
    }
}
