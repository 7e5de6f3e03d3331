import Foundation
import TaizhangCore
import Testing

@Suite struct PeriodSpanTests {
    @Test func monthsOfEachKind() {
        #expect(Period.year(2024).months.count == 12)
        #expect(Period.forecast(year: 2024).months.first == ym(2024, 1))
        #expect(Period.quarter(year: 2024, quarter: 3).months == [ym(2024, 7), ym(2024, 8), ym(2024, 9)])
        #expect(Period.month(ym(2024, 5)).months == [ym(2024, 5)])
        #expect(Period.cumulative(through: ym(2024, 3)).months == [ym(2024, 1), ym(2024, 2), ym(2024, 3)])
    }

    @Test func lastMonth() {
        #expect(Period.year(2024).lastMonth == ym(2024, 12))
        #expect(Period.quarter(year: 2024, quarter: 2).lastMonth == ym(2024, 6))
        #expect(Period.cumulative(through: ym(2024, 10)).lastMonth == ym(2024, 10))
        #expect(Period.forecast(year: 2024).lastMonth == ym(2024, 12))
    }

    @Test func elapsedShare() {
        let share = Period.cumulative(through: ym(2021, 10)).elapsedShareOfYear
        #expect(share * 12 - 10 < d("0.000000000000000000000000000001"))
        #expect(share.roundedHalfUp(scale: 4) == d("0.8333"))
        #expect(Period.cumulative(through: ym(2021, 6)).elapsedShareOfYear == d("0.5"))
        #expect(Period.quarter(year: 2021, quarter: 3).elapsedShareOfYear == d("0.75"))
        #expect(Period.year(2021).elapsedShareOfYear == 1)
        #expect(Period.quarter(year: 2021, quarter: 3).elapsedMonths == 9)
    }

    @Test func yearToDateAndLastYear() {
        #expect(Period.month(ym(2024, 10)).yearToDate == .cumulative(through: ym(2024, 10)))
        #expect(Period.quarter(year: 2024, quarter: 3).yearToDate == .cumulative(through: ym(2024, 9)))
        #expect(Period.cumulative(through: ym(2024, 10)).sameSpanLastYear == .cumulative(through: ym(2023, 10)))
        #expect(Period.quarter(year: 2024, quarter: 1).sameSpanLastYear == .quarter(year: 2023, quarter: 1))
    }
}
