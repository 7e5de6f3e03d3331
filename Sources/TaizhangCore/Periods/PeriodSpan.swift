import Foundation

extension Period {
    /// The months whose figures make up the period, oldest first (a year and its forecast cover all twelve).
    public var months: [YearMonth] {
        let last = lastMonth
        return (firstMonthNumber...last.month).map { YearMonth(year: last.year, month: $0)! }
    }

    /// The last month of the period: the month whose cumulative value is the period's year-to-date figure.
    public var lastMonth: YearMonth {
        switch self {
        case .year(let y), .forecast(let y): YearMonth(year: y, month: 12)!
        case .quarter(let y, let q): YearMonth(year: y, month: q * 3)!
        case .month(let m), .cumulative(let m): m
        }
    }

    /// How many months of the year have passed at the end of the period (10 at 1—10月, 9 at 第三季度).
    public var elapsedMonths: Int { lastMonth.month }

    /// The share of the year elapsed at the end of the period, e.g. 10/12 at 1—10月; the base of 目标进度.
    /// Computed in `Decimal` (10/12 has no finite decimal expansion; it carries 38 significant digits).
    public var elapsedShareOfYear: Decimal { Decimal(elapsedMonths) / Decimal(12) }

    /// The year-to-date span that ends with this period (1—10月 for 10月 and for 1—10月, 1—9月 for 第三季度).
    public var yearToDate: Period { .cumulative(through: lastMonth) }

    /// The same period one year earlier (the base of 同比).
    public var sameSpanLastYear: Period {
        switch self {
        case .year(let y): .year(y - 1)
        case .forecast(let y): .forecast(year: y - 1)
        case .quarter(let y, let q): .quarter(year: y - 1, quarter: q)
        case .month(let m): .month(m.sameMonthLastYear)
        case .cumulative(let m): .cumulative(through: m.sameMonthLastYear)
        }
    }

    private var firstMonthNumber: Int {
        switch self {
        case .year, .forecast, .cumulative: 1
        case .quarter(_, let q): q * 3 - 2
        case .month(let m): m.month
        }
    }
}
