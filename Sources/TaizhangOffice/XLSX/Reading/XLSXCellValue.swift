import Foundation

/// The value of one non-empty cell as the workbook stores it; numbers keep their exact literal text.
public enum XLSXCellValue: Hashable, Sendable {
    /// A shared, inline or formula string (rich-text runs joined, phonetic guides left out).
    case text(String)
    /// A number exactly as written in the file, e.g. "1234.56" or "1.5E-3"; parse with `decimalValue`.
    case number(literal: String)
    case bool(Bool)
    /// A number whose format makes it a date or time; the 1900 system's fictitious 1900-02-29 is kept as such.
    case date(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)
    /// An error value such as "#DIV/0!" or "#N/A".
    case error(String)

    /// The exact value of a number cell, rounded to the 15 significant digits Excel keeps, so that binary
    /// artefacts (12.300000000000001) disappear; nil for every other kind.
    public var decimalValue: Decimal? {
        guard case .number(let literal) = self else { return nil }
        return DecimalLiteral.parse(literal, significantDigits: DecimalLiteral.excelPrecision)
    }

    /// The cell as a person would read it: text as is, numbers as written, dates as "2024-03-01".
    public var displayText: String {
        switch self {
        case .text(let text): return text
        case .number(let literal): return decimalValue?.plainString ?? literal
        case .bool(let value): return value ? "TRUE" : "FALSE"
        case .date(let y, let m, let d, let h, let mi, let s):
            let date = "\(y)-\(Self.twoDigits(m))-\(Self.twoDigits(d))"
            if h == 0 && mi == 0 && s == 0 { return date }
            return date + " \(Self.twoDigits(h)):\(Self.twoDigits(mi)):\(Self.twoDigits(s))"
        case .error(let code): return code
        }
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// One non-empty cell of a row: its 0-based column and its value.
public struct XLSXCell: Hashable, Sendable {
    /// 0-based column index (A = 0).
    public let column: Int
    public let value: XLSXCellValue
    /// Whether the cell's number format shows it as a percentage (the stored 0.123 reads "12.3%").
    public let isPercentFormatted: Bool

    public init(column: Int, value: XLSXCellValue, isPercentFormatted: Bool = false) {
        self.column = column
        self.value = value
        self.isPercentFormatted = isPercentFormatted
    }
}

/// One row of a worksheet with at least one non-empty cell, cells in column order.
public struct XLSXRow: Hashable, Sendable {
    /// 1-based row number as Excel shows it.
    public let number: Int
    /// The non-empty cells, ordered by column.
    public let cells: [XLSXCell]

    public init(number: Int, cells: [XLSXCell]) {
        self.number = number
        self.cells = cells
    }

    /// The value in a 0-based column, nil when that cell is empty.
    public subscript(column: Int) -> XLSXCellValue? { cell(at: column)?.value }

    /// The cell in a 0-based column, nil when it is empty.
    public func cell(at column: Int) -> XLSXCell? {
        // Rows are short and ordered: a binary search keeps wide rows cheap too.
        var low = 0
        var high = cells.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let c = cells[mid].column
            if c == column { return cells[mid] }
            if c < column { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }
}

/// One worksheet listed by the workbook, in workbook order.
public struct XLSXSheet: Hashable, Sendable {
    /// Whether a sheet shows in Excel's tab bar.
    public enum Visibility: String, Hashable, Sendable {
        case visible
        case hidden
        case veryHidden
    }

    /// The tab name.
    public let name: String
    /// 0-based position in the workbook.
    public let index: Int
    public let visibility: Visibility
    /// The zip part holding the cells; nil for chart sheets and sheets whose part is missing.
    let partPath: String?

    public var isVisible: Bool { visibility == .visible }
}
