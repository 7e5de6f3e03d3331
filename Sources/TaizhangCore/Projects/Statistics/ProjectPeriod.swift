import Foundation

/// The period 1—M月 of a year as dates: the first day of the year and the last day of month M.
struct ProjectPeriod: Sendable {
    let month: YearMonth
    let start: CalendarDate
    let end: CalendarDate

    init(through month: YearMonth) {
        self.month = month
        start = CalendarDate.firstDay(of: YearMonth(year: month.year, month: 1)!)
        end = CalendarDate.lastDay(of: month)
    }

    var year: Int { month.year }

    func contains(_ date: CalendarDate?) -> Bool {
        guard let date else { return false }
        return start <= date && date <= end
    }

    func isBeforeYear(_ date: CalendarDate?) -> Bool { date.map { $0 < start } ?? false }
}
