/// A cell of an import sheet, whether it came from a workbook or a CSV file (where every cell is text).
enum SheetCell {
    case text(String)
    case number(literal: String, isPercent: Bool)
    case date(year: Int, month: Int, day: Int)
    case bool(Bool)
    case error(String)

    init(_ cell: XLSXCell) {
        switch cell.value {
        case .text(let text): self = .text(text)
        case .number(let literal): self = .number(literal: literal, isPercent: cell.isPercentFormatted)
        case .date(let year, let month, let day, _, _, _): self = .date(year: year, month: month, day: day)
        case .bool(let flag): self = .bool(flag)
        case .error(let code): self = .error(code)
        }
    }

    /// The cell as the user sees it, for messages and for code and name columns.
    var text: String {
        switch self {
        case .text(let text): return text
        case .number(let literal, let isPercent):
            guard let value = DecimalLiteral.parse(literal, significantDigits: DecimalLiteral.excelPrecision) else {
                return literal
            }
            return isPercent ? (value * 100).plainString + "%" : value.plainString
        case .date(let year, let month, let day):
            return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        case .bool(let flag): return flag ? "TRUE" : "FALSE"
        case .error(let code): return code
        }
    }

    /// The text trimmed of all kinds of spaces (full-width and non-breaking ones too); empty for blank cells.
    var trimmedText: String { Self.trimmed(text) }

    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        // Most cells need no trimming: check the ends before building anything.
        if !isSpace(first) && !isSpace(last) { return text }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    /// Whether the text is empty or only spaces.
    static func isBlank(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where !isSpace(scalar) { return false }
        return true
    }

    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        // Unicode's white space outside ASCII is a short list; checking it directly avoids a property lookup for
        // every CJK character.
        switch scalar.value {
        case 9...13, 32, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }
}
