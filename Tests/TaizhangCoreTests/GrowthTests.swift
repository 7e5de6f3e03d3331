import Foundation
import TaizhangCore
import Testing

@Suite struct GrowthTests {
    @Test func yoyGrowth() {
        #expect(Statistics.yoyGrowth(current: d("106.5"), prior: 100) == d("6.5"))
        #expect(Statistics.yoyGrowth(current: d("97.9"), prior: 100) == d("-2.1"))
        #expect(Statistics.yoyGrowth(current: 1200, prior: 1000) == 20)
        #expect(Statistics.yoyGrowth(current: 5, prior: 0) == nil)
        #expect(Statistics.yoyGrowth(current: 5, prior: nil) == nil)
        #expect(Statistics.yoyGrowth(current: nil, prior: 5) == nil)
    }

    @Test func negativeBaseKeepsTheSignOfTheChange() {
        // A loss of 100 shrinking to a loss of 50 is an improvement: +50%.
        #expect(Statistics.yoyGrowth(current: -50, prior: -100) == 50)
        #expect(Statistics.yoyGrowth(current: -150, prior: -100) == -50)
    }

    @Test func growthIsUnrounded() throws {
        let g = try #require(Statistics.yoyGrowth(current: 1, prior: 3))
        #expect(g < -66 && g > d("-66.6667"))
        #expect(g.roundedHalfUp(scale: 6) == d("-66.666667"))
    }

    @Test func momGrowthAndPercentagePoints() {
        #expect(Statistics.momGrowth(current: 110, previous: 100) == 10)
        #expect(Statistics.percentagePoints(current: d("6.5"), previous: d("5.3")) == d("1.2"))
        #expect(Statistics.percentagePoints(current: d("5.3"), previous: d("6.1")) == d("-0.8"))
        #expect(Statistics.percentagePoints(current: nil, previous: d("6.1")) == nil)
    }

    @Test func realGrowthUsesThePublishedFigure() {
        let gdp = IndicatorCatalogue.standard.indicator(code: "gdp")!
        let o = Observation(
            indicatorCode: "gdp", orgUnitID: 1, month: ym(2024, 9), cumulative: 1000, priorCumulative: 900,
            publishedGrowth: d("6.5"))
        #expect(Statistics.yoyGrowth(of: o, indicator: gdp) == YoYGrowth(value: d("6.5"), source: .published))
        var noPublished = o
        noPublished.publishedGrowth = nil
        #expect(Statistics.yoyGrowth(of: noPublished, indicator: gdp) == nil)
    }

    @Test func nominalGrowthComputesFromTheComparablePrior() {
        let output = IndicatorCatalogue.standard.indicator(code: "industrial_output")!
        var o = Observation(
            indicatorCode: "industrial_output", orgUnitID: 1, month: ym(2024, 9), cumulative: 1200,
            priorCumulative: 1000, publishedGrowth: 3)
        #expect(Statistics.yoyGrowth(of: o, indicator: output) == YoYGrowth(value: 20, source: .computed))
        o.priorCumulative = nil
        #expect(Statistics.yoyGrowth(of: o, indicator: output) == YoYGrowth(value: 3, source: .published))
    }

    @Test func noGrowthBasisMeansNoGrowth() {
        let count = IndicatorCatalogue.standard.indicator(code: "hightech_enterprises")!
        let o = Observation(
            indicatorCode: count.code, orgUnitID: 1, month: ym(2024, 9), cumulative: 12, priorCumulative: 10)
        #expect(Statistics.yoyGrowth(of: o, indicator: count) == nil)
    }
}
