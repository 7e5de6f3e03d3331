/// Layout of one written column: its width in characters and the number format of its cells.
public struct XLSXColumn: Hashable, Sendable {
    /// Width in character units (a CJK character counts as two); nil leaves Excel's default.
    public var width: Int?
    /// An Excel number format for the column's cells and its empty cells, e.g. "0.00" or "@" (text).
    public var numberFormat: String?

    public init(width: Int? = nil, numberFormat: String? = nil) {
        self.width = width
        self.numberFormat = numberFormat
    }

    /// A width that fits the widest of `texts` (CJK characters counting double) plus a margin, within bounds.
    public static func fittingWidth(for texts: [String], minimum: Int = 8, maximum: Int = 60) -> Int {
        let widest = texts.map(DisplayWidth.of).max() ?? 0
        return min(max(widest + 2, minimum), maximum)
    }
}

/// A drop-down list on a range of one column (数据有效性), e.g. the indicator names in an import template.
public struct XLSXListValidation: Hashable, Sendable {
    /// 0-based column index.
    public var column: Int
    /// 1-based first and last row of the range.
    public var firstRow: Int
    public var lastRow: Int
    /// The values offered; long lists are placed on a hidden sheet and referenced.
    public var values: [String]
    /// Whether a value outside the list is refused (stop) rather than only warned about.
    public var isStrict: Bool

    public init(column: Int, firstRow: Int, lastRow: Int, values: [String], isStrict: Bool = false) {
        self.column = column
        self.firstRow = firstRow
        self.lastRow = lastRow
        self.values = values
        self.isStrict = isStrict
    }
}

/// How text cells are stored: in a shared-string table (what Excel writes; smaller for repeated text) or
/// inline in each cell (what openpyxl writes; no table held in memory).
public enum XLSXStringStorage: Sendable {
    case shared
    case inline
}
