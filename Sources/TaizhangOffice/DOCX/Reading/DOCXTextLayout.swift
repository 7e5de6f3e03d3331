/// Lays the text of paragraphs and tables out as lines while the scanner walks the document: one line per
/// body paragraph, one line per table row with its cells joined by " | ".
///
/// Containers nest: a cell holds paragraphs and tables, a paragraph may hold a text box with its own
/// paragraphs. A finished paragraph hands its lines to the innermost open container: the body prints them,
/// a cell joins them with a space (a row must stay on one line), a paragraph keeps a text box's lines to
/// print after its own text.
struct DOCXTextLayout {
    private enum Frame {
        case paragraph(text: [UInt8], trailing: [[UInt8]])
        case table
        case row(cells: [[UInt8]])
        case cell(lines: [[UInt8]])
    }

    private var frames: [Frame] = []
    private(set) var output: [UInt8] = []
    private var lineCount = 0

    init() { output.reserveCapacity(64 * 1024) }

    /// Whether a paragraph is open to receive run text.
    var inParagraph: Bool {
        guard case .paragraph = frames.last else { return false }
        return true
    }

    mutating func openParagraph() { frames.append(.paragraph(text: [], trailing: [])) }
    mutating func openTable() { frames.append(.table) }
    mutating func openRow() { frames.append(.row(cells: [])) }
    mutating func openCell() { frames.append(.cell(lines: [])) }

    /// Appends run text to the open paragraph (dropped when none is open: text outside paragraphs is not
    /// part of the body).
    mutating func append<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        guard case .paragraph(var text, let trailing) = frames.last else { return }
        frames[frames.count - 1] = .table  // Releases the buffer so `text` is uniquely referenced.
        text.append(contentsOf: bytes)
        frames[frames.count - 1] = .paragraph(text: text, trailing: trailing)
    }

    mutating func append(_ byte: UInt8) { append(CollectionOfOne(byte)) }

    mutating func closeParagraph() {
        guard case .paragraph(let text, let trailing) = frames.last else { return }
        frames.removeLast()
        deliver([text] + trailing)
    }

    mutating func closeCell() {
        guard case .cell(let lines) = frames.last else { return }
        frames.removeLast()
        guard case .row(var cells) = frames.last else { return }
        frames[frames.count - 1] = .table
        cells.append(Self.join(lines.filter { !$0.isEmpty }, separator: [0x20]))
        frames[frames.count - 1] = .row(cells: cells)
    }

    mutating func closeRow() {
        guard case .row(let cells) = frames.last else { return }
        frames.removeLast()
        deliver([Self.join(cells, separator: Array(" | ".utf8))])
    }

    mutating func closeTable() {
        guard case .table = frames.last else { return }
        frames.removeLast()
    }

    /// Closes whatever a truncated document left open, keeping the text already read.
    mutating func finish() -> [UInt8] {
        while let frame = frames.last {
            switch frame {
            case .paragraph: closeParagraph()
            case .cell: closeCell()
            case .row: closeRow()
            case .table: closeTable()
            }
        }
        return output
    }

    private mutating func deliver(_ lines: [[UInt8]]) {
        // A row's lines pass through its table to whatever holds the table.
        var index = frames.count - 1
        while index >= 0, case .table = frames[index] { index -= 1 }
        guard index >= 0 else {
            for line in lines {
                if lineCount > 0 { output.append(10) }
                output.append(contentsOf: line)
                lineCount += 1
            }
            return
        }
        switch frames[index] {
        case .paragraph(let text, var trailing):
            frames[index] = .table
            trailing.append(contentsOf: lines)
            frames[index] = .paragraph(text: text, trailing: trailing)
        case .cell(var existing):
            frames[index] = .table
            existing.append(contentsOf: lines)
            frames[index] = .cell(lines: existing)
        case .row(var cells):
            // Paragraphs directly in a row (not in a cell) are malformed; keep their text as a cell.
            frames[index] = .table
            cells.append(Self.join(lines, separator: [0x20]))
            frames[index] = .row(cells: cells)
        case .table:
            break
        }
    }

    private static func join(_ pieces: [[UInt8]], separator: [UInt8]) -> [UInt8] {
        var joined: [UInt8] = []
        for (k, piece) in pieces.enumerated() {
            if k > 0 { joined.append(contentsOf: separator) }
            joined.append(contentsOf: piece)
        }
        return joined
    }
}
