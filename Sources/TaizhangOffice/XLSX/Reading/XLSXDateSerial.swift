import Foundation

/// Conversion of spreadsheet date serial numbers to calendar dates, in the 1900 system (with Lotus's fictitious
/// 1900-02-29 at serial 60) or the 1904 system, using integer arithmetic only.
enum XLSXDateSerial {
    /// A calendar date and time of day.
    struct Components: Hashable {
        var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
    }

    /// The date a serial number literal stands for; nil when it is not a number or lies outside 0…9999-12-31.
    static func components(literal: String, uses1904: Bool) -> Components? {
        guard let value = DecimalLiteral.parse(literal), value >= 0 else { return nil }
        var wholeDays = value.roundedDown()
        var seconds = ((value - wholeDays) * 86_400).roundedHalfUp(scale: 0)
        if seconds >= 86_400 {
            wholeDays += 1
            seconds = 0
        }
        guard wholeDays <= 2_958_465 else { return nil }
        let days = NSDecimalNumber(decimal: wholeDays).intValue
        let secondOfDay = NSDecimalNumber(decimal: seconds).intValue
        let date: (year: Int, month: Int, day: Int)
        if uses1904 {
            date = civil(fromDays: daysFromCivil(1904, 1, 1) + days)
        } else if days == 60 {
            date = (1900, 2, 29)
        } else if days < 60 {
            date = civil(fromDays: daysFromCivil(1899, 12, 31) + days)
        } else {
            date = civil(fromDays: daysFromCivil(1899, 12, 30) + days)
        }
        return Components(
            year: date.year, month: date.month, day: date.day, hour: secondOfDay / 3600,
            minute: secondOfDay / 60 % 60, second: secondOfDay % 60)
    }

    /// The serial number of a calendar date in the 1900 system (what a writer stores).
    static func serial(year: Int, month: Int, day: Int) -> Int {
        if year == 1900 && month == 2 && day == 29 { return 60 }
        let days = daysFromCivil(year, month, day)
        let marchFirst1900 = daysFromCivil(1900, 3, 1)
        return days >= marchFirst1900 ? days - daysFromCivil(1899, 12, 30) : days - daysFromCivil(1899, 12, 31)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Parses an ISO 8601 date or date-time as stored in `t="d"` cells ("2024-03-01" or "2024-03-01T08:30:00").
    static func components(iso text: String) -> Components? {
        let digits = text.split(whereSeparator: { "-T:. Z".contains($0) }).map { Int($0) }
        guard digits.count >= 3, let y = digits[0], let m = digits[1], let d = digits[2],
            (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        let h = digits.count > 3 ? digits[3] ?? 0 : 0
        let mi = digits.count > 4 ? digits[4] ?? 0 : 0
        let s = digits.count > 5 ? digits[5] ?? 0 : 0
        return Components(year: y, month: m, day: d, hour: h, minute: mi, second: s)
    }
}

extension Decimal {
    /// The largest integer not above the value (values here are non-negative, so this truncates).
    fileprivate func roundedDown() -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, 0, .down)
        return result
    }
}
