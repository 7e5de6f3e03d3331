import Foundation
import TaizhangCore
import Testing

@testable import TaizhangWeb

@Suite struct HeadlineFigureTests {
    let flow = IndicatorCatalogue.standard.indicator(code: "fixed_asset_investment")!
    let level = IndicatorCatalogue.standard.indicator(code: "hightech_enterprises")!
    let march = YearMonth(year: 2026, month: 3)!

    @Test func flowsShowTheCumulativeAndLevelsTheMonthEndValue() {
        let observation = Observation(indicatorCode: "x", orgUnitID: 1, month: march, monthly: 5, cumulative: 20)
        #expect(HeadlineFigure.value(of: observation, indicator: flow) == 20)
        #expect(HeadlineFigure.period(for: march, indicator: flow).chineseName == "2026年1—3月")
        #expect(HeadlineFigure.period(for: march, indicator: level).chineseName == "2026年3月")
        #expect(HeadlineFigure.value(of: nil, indicator: flow) == nil)
    }

    @Test func trendUsesTheMonthlyValueOrTheDifferenceOfCumulatives() {
        let february = Observation(indicatorCode: "x", orgUnitID: 1, month: march.previous, cumulative: 12)
        let reported = Observation(indicatorCode: "x", orgUnitID: 1, month: march, monthly: 7, cumulative: 20)
        let unreported = Observation(indicatorCode: "x", orgUnitID: 1, month: march, cumulative: 20)
        #expect(HeadlineFigure.trendValue(of: reported, previous: february, indicator: flow) == 7)
        // 20 − 12 = 8 when the month's own value was not reported.
        #expect(HeadlineFigure.trendValue(of: unreported, previous: february, indicator: flow) == 8)
        #expect(HeadlineFigure.trendValue(of: unreported, previous: nil, indicator: flow) == nil)
        let january = Observation(
            indicatorCode: "x", orgUnitID: 1, month: YearMonth(year: 2026, month: 1)!, cumulative: 9)
        #expect(HeadlineFigure.trendValue(of: january, previous: nil, indicator: flow) == 9)
        #expect(HeadlineFigure.trendValue(of: unreported, previous: february, indicator: level) == 20)
    }
}
