/// Reads a worksheet part in chunks with a byte-level scanner and hands out each row that has non-empty cells;
/// never builds a grid, so a lone styled cell at A1048576 costs nothing.
final class XLSXWorksheetScanner {
    private let sharedStrings: [String]
    private let styles: XLSXStyleTable
    private let uses1904: Bool
    private let maxCharacters: Int
    private let emit: (XLSXRow) throws -> Void
    private let buffer: XMLChunkBuffer

    private var rowNumber = 0
    private var isInRow = false
    private var cells: [XLSXCell] = []
    private var nextColumn = 0
    private var isOrdered = true
    /// Set after `</sheetData>`: the rest of the part holds no cells.
    private(set) var isFinished = false
    /// The reference of a cell whose text exceeds the limit, e.g. "B12".
    private(set) var tooLongCell: String?

    init(
        sharedStrings: [String], styles: XLSXStyleTable, uses1904: Bool, limits: XLSXReadLimits,
        emit: @escaping (XLSXRow) throws -> Void
    ) {
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.uses1904 = uses1904
        self.maxCharacters = limits.maxCellCharacters
        self.emit = emit
        // A cell element holding 32,767 characters stays far below this even with entities and a formula.
        self.buffer = XMLChunkBuffer(maxCarry: max(limits.maxCellCharacters * 64, 1 << 20))
        cells.reserveCapacity(32)
    }

    /// Scans a chunk; returns false when an element grows beyond any sane cell (reported as too long).
    func feed(_ chunk: UnsafeBufferPointer<UInt8>) throws -> Bool {
        if isFinished { return true }
        let fits = try buffer.feed(chunk) { try scan($0) }
        if !fits && tooLongCell == nil { tooLongCell = ColumnLetters.letters(nextColumn) + String(max(rowNumber, 1)) }
        return fits && tooLongCell == nil
    }

    /// Emits the last row when the part ends without closing it.
    func finish() throws {
        if isInRow { try endRow() }
    }

    private func scan(_ b: UnsafeBufferPointer<UInt8>) throws -> Int {
        var p = 0
        let n = b.count
        while p < n {
            guard let open = XMLByteScan.find(XMLByteScan.lt, in: b, from: p) else { return n }
            guard open + 1 < n else { return open }
            let next = b[open + 1]
            if next == XMLByteScan.slash {
                guard let close = XMLByteScan.find(XMLByteScan.gt, in: b, from: open + 2) else { return open }
                let nameEnd = XMLByteScan.nameEnd(in: b, from: open + 2)
                let local = XMLByteScan.localStart(in: b, from: open + 2, to: nameEnd)..<nameEnd
                if XMLByteScan.equals(b, local, "row") {
                    try endRow()
                } else if XMLByteScan.equals(b, local, "sheetData") {
                    if isInRow { try endRow() }
                    isFinished = true
                    return n
                }
                p = close + 1
                continue
            }
            if next == UInt8(ascii: "!") {
                // Comments may contain '>' and '<': skip to their terminator.
                if open + 3 < n, b[open + 2] == UInt8(ascii: "-"), b[open + 3] == UInt8(ascii: "-") {
                    guard let end = XMLByteScan.find(Array("-->".utf8), in: b, from: open + 4) else { return open }
                    p = end + 3
                } else {
                    guard let close = XMLByteScan.find(XMLByteScan.gt, in: b, from: open + 2) else { return open }
                    p = close + 1
                }
                continue
            }
            let nameEnd = XMLByteScan.nameEnd(in: b, from: open + 1)
            guard nameEnd < n, let close = XMLByteScan.tagEnd(in: b, from: nameEnd) else { return open }
            let localStart = XMLByteScan.localStart(in: b, from: open + 1, to: nameEnd)
            let isSelfClosing = b[close - 1] == XMLByteScan.slash
            let attributes = nameEnd..<(isSelfClosing ? close - 1 : close)
            if nameEnd - localStart == 1 && b[localStart] == UInt8(ascii: "c") {
                if isSelfClosing {
                    try cell(b, attributes: attributes, content: close..<close)
                    p = close + 1
                } else {
                    let end: Int
                    if localStart == open + 1 {
                        guard let found = Self.findCellEnd(in: b, from: close + 1) else { return open }
                        end = found
                        try cell(b, attributes: attributes, content: (close + 1)..<end)
                        p = end + 4
                    } else {
                        let endTag =
                            [XMLByteScan.lt, XMLByteScan.slash] + Array(b[(open + 1)..<nameEnd]) + [XMLByteScan.gt]
                        guard let found = XMLByteScan.find(endTag, in: b, from: close + 1) else { return open }
                        end = found
                        try cell(b, attributes: attributes, content: (close + 1)..<end)
                        p = end + endTag.count
                    }
                }
                if tooLongCell != nil { return p }
                continue
            }
            if XMLByteScan.equals(b, localStart..<nameEnd, "row") {
                try startRow(b, attributes: attributes)
                if isSelfClosing { try endRow() }
            }
            p = close + 1
        }
        return n
    }

    /// Finds "</c>" quickly; cell content never holds a literal '<' outside tags.
    @inline(__always)
    private static func findCellEnd(in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var p = from
        while let open = XMLByteScan.find(XMLByteScan.lt, in: b, from: p) {
            guard open + 3 < b.count else { return nil }
            if b[open + 1] == XMLByteScan.slash && b[open + 2] == UInt8(ascii: "c") && b[open + 3] == XMLByteScan.gt {
                return open
            }
            p = open + 1
        }
        return nil
    }

    private func startRow(_ b: UnsafeBufferPointer<UInt8>, attributes: Range<Int>) throws {
        if isInRow { try endRow() }
        var number = rowNumber + 1
        XMLByteScan.forEachAttribute(in: b, attributes) { name, value in
            if XMLByteScan.equals(b, name, "r"), let parsed = Self.integer(b, value) { number = parsed }
        }
        rowNumber = number
        isInRow = true
        nextColumn = 0
    }

    private func endRow() throws {
        isInRow = false
        guard !cells.isEmpty else { return }
        if !isOrdered {
            // Keep the last of duplicate columns, in column order.
            var byColumn: [Int: XLSXCell] = [:]
            for cell in cells { byColumn[cell.column] = cell }
            cells = byColumn.values.sorted { $0.column < $1.column }
            isOrdered = true
        }
        let row = XLSXRow(number: rowNumber, cells: cells)
        cells.removeAll(keepingCapacity: true)
        try emit(row)
    }

    private enum CellType { case number, shared, inline, string, bool, error, date }

    private func cell(_ b: UnsafeBufferPointer<UInt8>, attributes: Range<Int>, content: Range<Int>) throws {
        if !isInRow {
            // A cell outside any <row>: tolerate it as part of the next row number.
            rowNumber += 1
            isInRow = true
            nextColumn = 0
        }
        var column = nextColumn
        var type = CellType.number
        var style = 0
        XMLByteScan.forEachAttribute(in: b, attributes) { name, value in
            guard name.count == 1 else { return }
            switch b[name.lowerBound] {
            case UInt8(ascii: "r"):
                var letters = 0
                var index = 0
                for k in value {
                    let byte = b[k]
                    if byte >= 65 && byte <= 90 {
                        index = index * 26 + Int(byte - 64)
                    } else if byte >= 97 && byte <= 122 {
                        index = index * 26 + Int(byte - 96)
                    } else {
                        break
                    }
                    letters += 1
                }
                if letters > 0 && letters <= 3 { column = index - 1 }
            case UInt8(ascii: "t"):
                if XMLByteScan.equals(b, value, "s") {
                    type = .shared
                } else if XMLByteScan.equals(b, value, "inlineStr") {
                    type = .inline
                } else if XMLByteScan.equals(b, value, "str") {
                    type = .string
                } else if XMLByteScan.equals(b, value, "b") {
                    type = .bool
                } else if XMLByteScan.equals(b, value, "e") {
                    type = .error
                } else if XMLByteScan.equals(b, value, "d") {
                    type = .date
                }
            case UInt8(ascii: "s"):
                style = Self.integer(b, value) ?? 0
            default:
                break
            }
        }
        nextColumn = column + 1
        guard !content.isEmpty else { return }

        let value: XLSXCellValue
        var isPercent = false
        if type == .inline {
            let text = XMLByteScan.richText(in: b, content)
            guard !text.isEmpty else { return }
            guard checkLength(text, column: column) else { return }
            value = .text(text)
        } else {
            guard let raw = Self.valueRange(in: b, content), !raw.isEmpty else { return }
            let bytes = UnsafeBufferPointer(rebasing: b[raw])
            switch type {
            case .number:
                let literal = String(decoding: bytes, as: UTF8.self)
                switch styles.kind(ofStyle: style) {
                case .date:
                    if let date = XLSXDateSerial.components(literal: literal, uses1904: uses1904) {
                        value = .date(
                            year: date.year, month: date.month, day: date.day, hour: date.hour,
                            minute: date.minute, second: date.second)
                    } else {
                        value = .number(literal: literal)
                    }
                case .percent:
                    isPercent = true
                    value = .number(literal: literal)
                case .plain:
                    value = .number(literal: literal)
                }
            case .shared:
                guard let index = Self.integer(b, raw), index >= 0, index < sharedStrings.count else { return }
                let text = sharedStrings[index]
                guard !text.isEmpty else { return }
                value = .text(text)
            case .string:
                let text = XMLText.decode(bytes)
                guard !text.isEmpty else { return }
                guard checkLength(text, column: column) else { return }
                value = .text(text)
            case .bool:
                value = .bool(bytes.count == 1 ? bytes[0] == UInt8(ascii: "1") : XMLText.decode(bytes) == "true")
            case .error:
                value = .error(XMLText.decode(bytes))
            case .date:
                let text = XMLText.decode(bytes)
                if let date = XLSXDateSerial.components(iso: text) {
                    value = .date(
                        year: date.year, month: date.month, day: date.day, hour: date.hour, minute: date.minute,
                        second: date.second)
                } else {
                    value = .text(text)
                }
            case .inline:
                return
            }
        }
        if let last = cells.last, last.column >= column { isOrdered = false }
        cells.append(XLSXCell(column: column, value: value, isPercentFormatted: isPercent))
    }

    private func checkLength(_ text: String, column: Int) -> Bool {
        if text.utf8.count > maxCharacters && text.utf16.count > maxCharacters {
            tooLongCell = ColumnLetters.letters(column) + String(rowNumber)
            return false
        }
        return true
    }

    /// The character data of the cell's `<v>` element.
    @inline(__always)
    private static func valueRange(in b: UnsafeBufferPointer<UInt8>, _ content: Range<Int>) -> Range<Int>? {
        var p = content.lowerBound
        while p < content.upperBound, let open = XMLByteScan.find(XMLByteScan.lt, in: b, from: p),
            open + 1 < content.upperBound
        {
            let nameEnd = XMLByteScan.nameEnd(in: b, from: open + 1)
            guard let close = XMLByteScan.tagEnd(in: b, from: nameEnd), close < content.upperBound else { return nil }
            let local = XMLByteScan.localStart(in: b, from: open + 1, to: nameEnd)..<nameEnd
            if b[open + 1] != XMLByteScan.slash && XMLByteScan.equals(b, local, "v") {
                if b[close - 1] == XMLByteScan.slash { return nil }
                let end = XMLByteScan.find(XMLByteScan.lt, in: b, from: close + 1) ?? content.upperBound
                return (close + 1)..<min(end, content.upperBound)
            }
            // Skip a formula's text, which may not contain '<' but must not be taken for a value.
            p = close + 1
        }
        return nil
    }

    @inline(__always)
    private static func integer(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 18 else { return nil }
        var value = 0
        for k in range {
            let byte = b[k]
            guard byte >= 48 && byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}
