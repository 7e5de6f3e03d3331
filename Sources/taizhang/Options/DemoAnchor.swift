import Foundation
import TaizhangCore

/// The last complete month on this day: the demo city's figures run through it.
func lastCompleteMonth(now: Date = Date()) -> YearMonth {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
    let parts = calendar.dateComponents([.year, .month], from: now)
    return YearMonth(year: parts.year!, month: parts.month!)!.previous
}
