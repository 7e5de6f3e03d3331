import Foundation
import TaizhangCore

/// Reads the planned start and completion dates of a project sheet in the forms offices use: a date cell, an
/// Excel date serial that lost its format, `20260315`, `2026-03-15`, `2026.3`, `2026年3月`, `2026年3月底`, `2026年底`.
enum ProjectSheetDate {
    /// A date cell read: nothing, a day, or the reason it is not one.
    enum Reading: Equatable {
        case missing
        case value(CalendarDate)
        case problem(String)
    }

    /// Serial numbers of 1950-01-01 and 2100-12-31: a plain number in this range is a date that lost its format.
    private static let plausibleSerials = 18_264...73_415

    static func read(_ cell: SheetCell?) -> Reading {
        guard let cell else { return .missing }
        switch cell {
        case .date(let year, let month, let day):
            return CalendarDate(year: year, month: month, day: day).map(Reading.value) ?? invalid(cell.text)
        case .number(let literal, _):
            if literal.count == 8, let date = CalendarDate(literal) { return .value(date) }
            if let serial = Int(literal), plausibleSerials.contains(serial),
                let parts = XLSXDateSerial.components(literal: literal, uses1904: false),
                let date = CalendarDate(year: parts.year, month: parts.month, day: parts.day)
            {
                return .value(date)
            }
            // `2026.3` typed into a number cell is read as March 2026.
            if let date = CalendarDate(cell.text), date.year >= 1950 { return .value(date) }
            return invalid(cell.text)
        case .text(let text):
            return read(text: text)
        case .bool, .error:
            return invalid(cell.text)
        }
    }

    static func read(text original: String) -> Reading {
        let folded = ProjectSheetTitle.fold(original)
        if folded.isEmpty || ObservationValueParser.missingMarkers.contains(folded) { return .missing }
        if let date = CalendarDate(folded) { return .value(date) }
        // “2026年3月底”, “2026年底”, “2026年3月上旬” name a part of a month or year.
        for (suffix, day) in [("上旬", 1), ("中旬", 11), ("下旬", 21), ("初", 1), ("底", 0), ("末", 0)]
        where folded.hasSuffix(suffix) {
            let stem = String(folded.dropLast(suffix.count))
            if stem.hasSuffix("年"), let year = Int(stem.dropLast()), (1900...9999).contains(year) {
                return .value(CalendarDate(year: year, month: day == 0 ? 12 : 1, day: day == 0 ? 31 : 1)!)
            }
            guard let start = CalendarDate(stem) else { break }
            if day == 0 { return .value(CalendarDate.lastDay(of: start.yearMonth)) }
            return .value(CalendarDate(year: start.year, month: start.month, day: day)!)
        }
        return invalid(original)
    }

    private static func invalid(_ text: String) -> Reading {
        .problem("“\(text)”不是有效的日期，请写成“2026-03-15”“2026年3月”或“2026年3月底”")
    }
}
