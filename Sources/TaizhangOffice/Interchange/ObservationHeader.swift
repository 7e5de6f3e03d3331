/// Recognises the header row of an observation sheet by name, in any order, tolerant of spaces, full-width
/// characters, unit suffixes ("本月值（亿元）") and required-field stars.
struct ObservationHeader {
    /// The 0-based column of each recognised template column.
    private(set) var columns: [ObservationColumn: Int] = [:]
    /// `columns` as an array in `ObservationColumn.allCases` order, for lookups on every row.
    private(set) var positions: [Int?] = Array(repeating: nil, count: ObservationColumn.allCases.count)

    @inline(__always)
    func position(of column: ObservationColumn) -> Int? { positions[column.ordinal] }
    /// Header text as found in the file, by 0-based column.
    var texts: [Int: String] = [:]
    /// Columns that appeared twice: the template column and the second 0-based column.
    var duplicates: [(ObservationColumn, first: Int, second: Int)] = []

    private static let lookup: [String: ObservationColumn] = {
        var table: [String: ObservationColumn] = [:]
        for column in ObservationColumn.allCases {
            for name in column.acceptedHeaders { table[name] = column }
        }
        return table
    }()

    /// Matches a row's texts; only meaningful when `isComplete` or close to it.
    init(cells: [(column: Int, text: String)]) {
        for (column, text) in cells {
            guard let match = Self.lookup[Self.normalise(text)] else { continue }
            texts[column] = text
            if let first = columns[match] {
                duplicates.append((match, first, column))
            } else {
                columns[match] = column
            }
        }
        positions = ObservationColumn.allCases.map { columns[$0] }
    }

    /// Whether the row names an org unit, an indicator and at least one figure: enough to be the header.
    var looksLikeHeader: Bool {
        (columns[.orgUnitCode] != nil || columns[.orgUnitName] != nil)
            && (columns[.indicatorCode] != nil || columns[.indicatorName] != nil)
            && ObservationColumn.allCases.contains { $0.isFigure && columns[$0] != nil }
    }

    /// The number of columns to read from each row.
    var width: Int { (columns.values.max() ?? -1) + 1 }

    /// Folds full-width forms to ASCII, drops whitespace, bracketed suffixes, stars and percent signs, and
    /// lower-cases ASCII letters.
    static func normalise(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var depth = 0
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if value >= 0xFF01 && value <= 0xFF5E { value -= 0xFEE0 }
            if value == 0x3010 { value = 0x5B }  // 【
            if value == 0x3011 { value = 0x5D }  // 】
            guard let folded = Unicode.Scalar(value) else { continue }
            switch folded {
            case "(", "[": depth += 1
            case ")", "]": depth = max(depth - 1, 0)
            default:
                if depth > 0 || folded.properties.isWhitespace || folded == "*" || folded == "%" || folded == "\u{00A0}"
                {
                    continue
                }
                if folded.value >= 65 && folded.value <= 90 {
                    output.append(Unicode.Scalar(folded.value + 32)!)
                } else {
                    output.append(folded)
                }
            }
        }
        return String(output)
    }
}
