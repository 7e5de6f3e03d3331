import Testing

@testable import TaizhangCore

@Suite struct CalendarDateTests {
    @Test func readsTheStoredForm() {
        let date = CalendarDate("2026-03-15")
        #expect(date == CalendarDate(year: 2026, month: 3, day: 15))
        #expect(date?.description == "2026-03-15")
        #expect(date?.chineseDescription == "2026年3月15日")
        #expect(CalendarDate("2024-02-29") == CalendarDate(year: 2024, month: 2, day: 29))
    }

    @Test func refusesImpossibleStoredDates() {
        for text in ["2026-02-29", "2026-13-01", "2026-04-31", "2026-00-10", "2026-01-00", "0999-01-01"] {
            #expect(CalendarDate(text) == nil, "\(text)")
        }
    }

    @Test func readsTheFormsOfficesType() {
        let march15 = CalendarDate(year: 2026, month: 3, day: 15)
        for text in ["2026/3/15", "2026.3.15", "2026年3月15日", " 2026-3-15 ", "20260315"] {
            #expect(CalendarDate(text) == march15, "\(text)")
        }
        // A month alone means its first day.
        #expect(CalendarDate("2026年3月") == CalendarDate(year: 2026, month: 3, day: 1))
        #expect(CalendarDate("2026.3") == CalendarDate(year: 2026, month: 3, day: 1))
    }

    @Test func refusesText() {
        for text in ["", "明年春天", "2026-03-1x", "20x6-03-15", "2026_03_15", "2026-03-15T08:00"] {
            #expect(CalendarDate(text) == nil, "\(text)")
        }
    }

    @Test func ordersByDay() {
        #expect(CalendarDate("2025-12-31")! < CalendarDate("2026-01-01")!)
        #expect(CalendarDate.lastDay(of: YearMonth(year: 2024, month: 2)!) == CalendarDate(year: 2024, month: 2, day: 29))
    }
}
