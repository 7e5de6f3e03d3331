import Foundation
import TaizhangCore
import Testing

@Suite struct ForecastTests {
    @Test func methodAFollowsLastYearsPattern() {
        // 1200 last year, 1000 by October last year, 1100 by October this year: 1200 × 1100 ÷ 1000 = 1320.
        let f = Statistics.forecast(
            cumulative: 1100, through: ym(2024, 10), lastYearFullYear: 1200, lastYearSamePeriod: 1000)
        #expect(f == Forecast(value: 1320, method: .priorYearRatio))
    }

    @Test func methodBWithoutLastYear() {
        #expect(
            Statistics.forecast(cumulative: 1000, through: ym(2024, 10), lastYearFullYear: nil, lastYearSamePeriod: 900)
                == Forecast(value: 1200, method: .linearExtrapolation))
        #expect(
            Statistics.forecast(cumulative: 300, through: ym(2024, 3), lastYearFullYear: 1000, lastYearSamePeriod: 0)
                == Forecast(value: 1200, method: .linearExtrapolation))
    }

    @Test func decemberIsTheActualYear() {
        #expect(
            Statistics.forecast(
                cumulative: 1234, through: ym(2024, 12), lastYearFullYear: 1000, lastYearSamePeriod: 990)
                == Forecast(value: 1234, method: .actual))
    }

    @Test func nothingWithoutACumulative() {
        #expect(
            Statistics.forecast(cumulative: nil, through: ym(2024, 5), lastYearFullYear: 1, lastYearSamePeriod: 1)
                == nil)
        #expect(ForecastMethod.priorYearRatio.displayName.contains("上年同期累计"))
    }
}
