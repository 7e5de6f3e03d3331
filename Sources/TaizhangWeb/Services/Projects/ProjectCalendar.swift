import Foundation
import TaizhangCore

/// Today's date where the offices are (Beijing time), the day a stage change or a resolved problem is recorded on.
enum ProjectCalendar {
    static func today(now: Date = Date()) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(year: 2026, month: 1, day: 1)!
    }
}
