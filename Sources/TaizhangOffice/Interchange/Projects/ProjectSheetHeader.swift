import Foundation

/// Recognises the header of a project ledger sheet by name, in any order, including a two-row header whose
/// upper row holds merged group labels (“投资情况（万元）”) and whose lower row names the amount columns.
struct ProjectSheetHeader {
    /// The recognised column at each 0-based sheet column.
    private(set) var assignment: [Int: ProjectSheetColumn] = [:]
    /// The 0-based column of each recognised column (the first, when a name appears twice), by ordinal.
    private(set) var positions: [Int?] = Array(repeating: nil, count: ProjectSheetColumn.allCases.count)
    /// Header text as found in the file, by 0-based column.
    private(set) var texts: [Int: String] = [:]
    /// Columns named twice: the column and the first and second 0-based positions.
    private(set) var duplicates: [(column: ProjectSheetColumn, first: Int, second: Int)] = []
    /// 万元 per unit of the amount columns whose header names another unit (“总投资（亿元）” → 10000).
    private(set) var unitFactors: [Int: Decimal] = [:]
    /// A year or month read from headers such as “2026年计划投资” or “1—10月累计完成投资”.
    private(set) var yearHint: Int?
    private(set) var monthHint: Int?

    init(cells: [(column: Int, text: String)]) {
        add(cells)
    }

    func position(of column: ProjectSheetColumn) -> Int? { positions[column.ordinal] }

    /// Names the project and two more columns: enough to be the header rather than a title.
    var looksLikeHeader: Bool {
        position(of: .name) != nil && Set(assignment.values).count >= 3
    }

    /// The number of columns to read from each row.
    var width: Int { (assignment.keys.max() ?? -1) + 1 }

    /// Adds the lower row of a two-row header; its names win over the upper row's in the same column.
    mutating func merge(subHeader cells: [(column: Int, text: String)]) {
        add(cells)
    }

    /// Whether a row just below the header is the lower half of a two-row header: every filled cell names a
    /// column (or is a unit label such as “（万元）”).
    static func isSubHeader(_ cells: [(column: Int, text: String)]) -> Bool {
        var named = 0
        for (_, text) in cells where !SheetCell.isBlank(text) {
            if recognise(text) != nil {
                named += 1
            } else if !isUnitLabel(text) {
                return false
            }
        }
        return named > 0
    }

    private mutating func add(_ cells: [(column: Int, text: String)]) {
        for (column, text) in cells {
            guard let match = Self.recognise(text) else { continue }
            assignment[column] = match.column
            texts[column] = text
            if let factor = Self.unitFactor(in: text) { unitFactors[column] = factor }
            if let year = match.year { yearHint = yearHint ?? year }
            if let month = match.month { monthHint = monthHint ?? month }
        }
        positions = Array(repeating: nil, count: ProjectSheetColumn.allCases.count)
        duplicates = []
        for column in assignment.keys.sorted() {
            let kind = assignment[column]!
            if let first = positions[kind.ordinal] {
                duplicates.append((kind, first, column))
            } else {
                positions[kind.ordinal] = column
            }
        }
    }

    // MARK: Recognising one header text

    struct Match {
        let column: ProjectSheetColumn
        let year: Int?
        let month: Int?
    }

    private static let lookup: [String: ProjectSheetColumn] = {
        var table: [String: ProjectSheetColumn] = [:]
        for column in ProjectSheetColumn.allCases {
            for name in column.acceptedHeaders { table[name] = column }
        }
        return table
    }()

    /// The column a header names, with the year or month it carries (“2026年计划投资”, “1—10月累计完成投资”,
    /// “10月完成投资”).
    static func recognise(_ text: String) -> Match? {
        let normalised = ObservationHeader.normalise(text)
        if let column = lookup[normalised] { return Match(column: column, year: nil, month: nil) }
        let period = PeriodPrefix(normalised)
        guard period.year != nil || period.monthRangeEnd != nil || period.singleMonth != nil else { return nil }
        let rest = period.rest
        let column: ProjectSheetColumn?
        if period.monthRangeEnd != nil {
            column =
                ["累计完成投资", "完成投资", "累计完成", "完成", "累计投资", "投资完成", "完成投资额", "累计完成投资额"].contains(rest)
                ? .yearToDateCompleted : lookup[rest]
        } else if period.singleMonth != nil {
            if ["完成投资", "完成", "投资", "完成投资额", "投资完成"].contains(rest) {
                column = .monthCompleted
            } else if ["进展", "进展情况", "形象进度", "推进情况"].contains(rest) {
                column = .progressNote
            } else {
                column = lookup[rest]
            }
        } else if ["计划投资", "计划完成投资", "投资计划", "计划", "计划投资额", "计划完成"].contains(rest) {
            column = .annualPlan
        } else if ["累计完成投资", "完成投资", "累计完成"].contains(rest) {
            column = .yearToDateCompleted
        } else {
            column = lookup[rest]
        }
        guard let column else { return nil }
        return Match(column: column, year: period.year, month: period.monthRangeEnd ?? period.singleMonth)
    }

    /// 万元 per unit named in a header's suffix: 亿元 → 10000, 元 alone → 0.0001, 万元 → 1; nil when none.
    static func unitFactor(in text: String) -> Decimal? {
        if text.contains("亿元") { return 10_000 }
        if text.contains("万元") { return 1 }
        if text.contains("（元）") || text.contains("(元)") { return Decimal(string: "0.0001")! }
        return nil
    }

    /// “（万元）”, “单位：万元”: a label that names no column.
    static func isUnitLabel(_ text: String) -> Bool {
        let normalised = ObservationHeader.normalise(text.replacingOccurrences(of: "单位", with: ""))
            .replacingOccurrences(of: ":", with: "")
        return normalised.isEmpty || ["万元", "亿元", "元"].contains(normalised)
    }
}

/// A leading period in a normalised header: “2026年”, “2026年度”, “1—10月”, “1-10月份”, “截至10月”, “10月”.
struct PeriodPrefix {
    private(set) var year: Int?
    private(set) var monthRangeEnd: Int?
    private(set) var singleMonth: Int?
    private(set) var rest: String

    init(_ normalised: String) {
        var scalars = Substring(normalised)
        if let (value, after) = Self.number(scalars, digits: 4...4), after.first == "年" {
            year = value
            scalars = after.dropFirst()
            if scalars.first == "度" { scalars = scalars.dropFirst() }
        }
        for marker in ["截至", "截止"] where scalars.hasPrefix(marker) {
            if let (value, after) = Self.number(scalars.dropFirst(marker.count), digits: 1...2), after.first == "月",
                (1...12).contains(value)
            {
                monthRangeEnd = value
                scalars = after.dropFirst()
                for suffix in ["底", "末", "份"] where scalars.hasPrefix(suffix) { scalars = scalars.dropFirst() }
            }
        }
        if monthRangeEnd == nil, let (first, after) = Self.number(scalars, digits: 1...2) {
            if let separator = after.first, "-—–~～至到－".contains(separator),
                let (last, afterLast) = Self.number(after.drop(while: { "-—–~～至到－".contains($0) }), digits: 1...2),
                afterLast.first == "月", first == 1, (1...12).contains(last)
            {
                monthRangeEnd = last
                scalars = afterLast.dropFirst()
            } else if after.first == "月", (1...12).contains(first) {
                singleMonth = first
                scalars = after.dropFirst()
            }
            if monthRangeEnd != nil || singleMonth != nil, scalars.first == "份" { scalars = scalars.dropFirst() }
        }
        rest = String(scalars)
    }

    private static func number(_ text: Substring, digits: ClosedRange<Int>) -> (Int, Substring)? {
        let prefix = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard digits.contains(prefix.count), let value = Int(prefix) else { return nil }
        return (value, text.dropFirst(prefix.count))
    }
}
