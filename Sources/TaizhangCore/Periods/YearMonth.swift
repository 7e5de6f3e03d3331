/// A calendar month, the grain at which observations are stored; kept as INTEGER `yyyymm` in the database.
public struct YearMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    /// 1…12.
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1900...9999).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// The `yyyymm` integer used as the stored key, e.g. 202403.
    public var key: Int { year * 100 + month }

    public init?(key: Int) { self.init(year: key / 100, month: key % 100) }

    /// Parses `2024-03` (also `2024-3`, `202403`).
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        if parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]) {
            self.init(year: y, month: m)
        } else if parts.count == 1, text.count == 6, let k = Int(text) {
            self.init(key: k)
        } else {
            return nil
        }
    }

    public var previous: YearMonth {
        month == 1 ? YearMonth(year: year - 1, month: 12)! : YearMonth(year: year, month: month - 1)!
    }

    public var next: YearMonth {
        month == 12 ? YearMonth(year: year + 1, month: 1)! : YearMonth(year: year, month: month + 1)!
    }

    /// The same month one year earlier (the base of 同比).
    public var sameMonthLastYear: YearMonth { YearMonth(year: year - 1, month: month)! }

    /// `count` months ending with this one, oldest first (e.g. the 13 months of a trend chart).
    public func trailing(_ count: Int) -> [YearMonth] {
        var months: [YearMonth] = [self]
        while months.count < count { months.insert(months[0].previous, at: 0) }
        return months
    }

    /// `2024-03`.
    public var description: String { month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)" }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { a.key < b.key }
}
