import Foundation

/// A calendar day without a time or a time zone (a project's signing, start or completion date); stored as
/// TEXT `yyyy-mm-dd`, which sorts in time order in both engines.
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    /// 1…12.
    public let month: Int
    /// 1…31, valid for the month.
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(year: year, month: month)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The month this day falls in.
    public var yearMonth: YearMonth { YearMonth(year: year, month: month)! }

    /// The last day of `month` (the as-of date of a month's statistics).
    public static func lastDay(of month: YearMonth) -> CalendarDate {
        CalendarDate(year: month.year, month: month.month, day: daysIn(year: month.year, month: month.month))!
    }

    /// The first day of `month`.
    public static func firstDay(of month: YearMonth) -> CalendarDate {
        CalendarDate(year: month.year, month: month.month, day: 1)!
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `2026-03-15`.
    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    /// `2026年3月15日`.
    public var chineseDescription: String { "\(year)年\(month)月\(day)日" }

    /// Parses the forms offices type: `2026-03-15`, `2026/3/15`, `2026.3.15`, `2026年3月15日`; a month alone
    /// (`2026-03`, `2026.3`, `2026年3月`) means its first day, since plans are often given to the month.
    public init?(_ text: String) {
        // The stored form `yyyy-mm-dd` first, byte by byte: the store reads hundreds of thousands of dates for a
        // city's bulletin, and the forgiving parser below made that most of the bulletin's time.
        if text.utf8.count == 10, let stored = Self.storedForm(text.utf8) {
            self = stored
            return
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let numbers = trimmed.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap { Int($0) }
        let separatorsOK = trimmed.allSatisfy { $0.isNumber || "-/.年月日 ".contains($0) }
        guard separatorsOK else { return nil }
        switch numbers.count {
        case 3: self.init(year: numbers[0], month: numbers[1], day: numbers[2])
        case 2: self.init(year: numbers[0], month: numbers[1], day: 1)
        case 1 where trimmed.count == 8:
            let value = numbers[0]
            self.init(year: value / 10_000, month: value / 100 % 100, day: value % 100)
        default: return nil
        }
    }

    /// `yyyy-mm-dd` exactly (ASCII digits, dashes at 4 and 7), or nil for anything else.
    private static func storedForm(_ bytes: String.UTF8View) -> CalendarDate? {
        var year = 0
        var month = 0
        var day = 0
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch index {
            case 0..<4: year = year * 10 + digit
            case 5, 6: month = month * 10 + digit
            default: day = day * 10 + digit
            }
        }
        return CalendarDate(year: year, month: month, day: day)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
