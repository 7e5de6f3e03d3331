import Foundation
import TaizhangCore

/// Day and month arithmetic for the demo project ledger, in integers only (days since 1970-01-01, months since
/// year 0), so that the generated dates are the same on every platform.
enum DemoDays {
    /// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's days-from-civil).
    static func number(_ date: CalendarDate) -> Int {
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthFromMarch = date.month > 2 ? date.month - 3 : date.month + 9
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `number` days after 1970-01-01.
    static func date(_ number: Int) -> CalendarDate {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDate(year: year, month: month, day: day)!
    }

    static func adding(_ days: Int, to date: CalendarDate) -> CalendarDate { self.date(number(date) + days) }

    /// Whole days from `a` to `b` (negative when `b` is earlier).
    static func between(_ a: CalendarDate, _ b: CalendarDate) -> Int { number(b) - number(a) }

    /// A month as one integer, so that months can be counted and stepped.
    static func index(_ month: YearMonth) -> Int { month.year * 12 + month.month - 1 }

    static func month(_ index: Int) -> YearMonth { YearMonth(year: index / 12, month: index % 12 + 1)! }

    /// The day `months` months after `date`'s month, on `day` (clamped to the month's length).
    static func adding(months: Int, to date: CalendarDate, day: Int) -> CalendarDate {
        let target = month(index(date.yearMonth) + months)
        let last = CalendarDate.daysIn(year: target.year, month: target.month)
        return CalendarDate(year: target.year, month: target.month, day: min(max(day, 1), last))!
    }

    /// Every month from `first` through `last`, both included (empty when `last` is earlier).
    static func months(from first: YearMonth, through last: YearMonth) -> [YearMonth] {
        let a = index(first)
        let b = index(last)
        return a <= b ? (a...b).map(month) : []
    }
}

extension DemoRandom {
    /// One element of a non-empty array, uniformly.
    mutating func pick<T>(_ items: [T]) -> T { items[int(in: 0...(items.count - 1))] }

    /// One element, with probability proportional to its weight.
    mutating func pick<T>(weighted items: [(T, Int)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var roll = int(in: 0...(total - 1))
        for (item, weight) in items {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1].0
    }

    /// A day in `month`, between the 1st and the 28th so that every month has it.
    mutating func day(in month: YearMonth) -> CalendarDate {
        CalendarDate(year: month.year, month: month.month, day: int(in: 1...28))!
    }
}

extension DemoRandom {
    /// A uniform decimal in `low/1000 … high/1000` in steps of 0.001, like `fraction(_:_:)` but built from its
    /// digits rather than by division, which the ledger's thousands of monthly figures make worth avoiding.
    mutating func permille(_ low: Int, _ high: Int) -> Decimal {
        let value = int(in: low...high)
        return Decimal(sign: value < 0 ? .minus : .plus, exponent: -3, significand: Decimal(abs(value)))
    }
}
