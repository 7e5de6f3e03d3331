extension Period {
    /// A stable text key for storage and URLs that sorts by year first:
    /// `2024` (year), `2024-Q1` (quarter), `2024-03` (month), `2024-C10` (1—10月, month always two digits),
    /// `2024-F` (全年预计). The format is part of the database schema: never change it.
    public var storageKey: String {
        switch self {
        case .year(let y): "\(y)"
        case .quarter(let y, let q): "\(y)-Q\(q)"
        case .month(let m): m.description
        case .cumulative(let m): m.month < 10 ? "\(m.year)-C0\(m.month)" : "\(m.year)-C\(m.month)"
        case .forecast(let y): "\(y)-F"
        }
    }

    /// Reads a key written by `storageKey`; strict (only the exact forms above), nil otherwise.
    public init?(storageKey key: String) {
        let parts = key.split(separator: "-", omittingEmptySubsequences: false)
        guard let yearText = parts.first, yearText.count == 4, yearText.allSatisfy(\.isASCIIDigit),
            let year = Int(yearText), (1900...9999).contains(year)
        else { return nil }
        if parts.count == 1 {
            self = .year(year)
            return
        }
        guard parts.count == 2 else { return nil }
        let rest = parts[1]
        switch rest.first {
        case "Q":
            guard rest.count == 2, let q = Int(rest.dropFirst()), (1...4).contains(q) else { return nil }
            self = .quarter(year: year, quarter: q)
        case "C":
            guard rest.count == 3, rest.dropFirst().allSatisfy(\.isASCIIDigit), let m = Int(rest.dropFirst()),
                let ym = YearMonth(year: year, month: m)
            else { return nil }
            self = .cumulative(through: ym)
        case "F":
            guard rest.count == 1 else { return nil }
            self = .forecast(year: year)
        default:
            guard rest.count == 2, rest.allSatisfy(\.isASCIIDigit), let m = Int(rest),
                let ym = YearMonth(year: year, month: m)
            else { return nil }
            self = .month(ym)
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
