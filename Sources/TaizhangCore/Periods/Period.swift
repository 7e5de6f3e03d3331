/// A reporting period as users name it: a year, a quarter, a month, a year-to-date span "1—N月" (上半年 and
/// 前三季度 are spans through June and September), or the full-year forecast (全年预计).
public enum Period: Hashable, Sendable, Codable {
    /// 2021年 (the full year, the same figures as 1—12月).
    case year(Int)
    /// 2021年第三季度; quarter 1…4.
    case quarter(year: Int, quarter: Int)
    /// 2021年10月, the month's own value.
    case month(YearMonth)
    /// 2021年1—10月, year to date through the given month.
    case cumulative(through: YearMonth)
    /// 2021年全年预计.
    case forecast(year: Int)

    public var year: Int {
        switch self {
        case .year(let y), .forecast(let y): y
        case .quarter(let y, _): y
        case .month(let m), .cumulative(let m): m.year
        }
    }
}
