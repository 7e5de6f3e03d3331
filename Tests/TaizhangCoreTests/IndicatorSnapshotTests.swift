import Foundation
import TaizhangCore
import Testing

@Suite struct IndicatorSnapshotTests {
    let output = IndicatorCatalogue.standard.indicator(code: "industrial_output")!
    let income = IndicatorCatalogue.standard.indicator(code: "urban_income")!

    func obs(_ unit: Int64, cumulative: Decimal?, prior: Decimal?, code: String = "industrial_output") -> Observation {
        Observation(
            indicatorCode: code, orgUnitID: unit, month: ym(2021, 10), cumulative: cumulative, priorCumulative: prior)
    }

    @Test func fullSnapshot() {
        let mine = obs(4, cumulative: 750, prior: 700)  // +7.142857…%
        let peers = [
            obs(5, cumulative: 900, prior: 800),  // +12.5%
            obs(8, cumulative: 300, prior: 290),  // +3.448…%
            obs(4, cumulative: 750, prior: 700),
        ]
        let target = Target(indicatorCode: output.code, orgUnitID: 4, year: 2021, value: 1000, growth: 8)
        let s = IndicatorSnapshot(indicator: output, observation: mine, target: target, peers: peers)
        #expect(s.period == .cumulative(through: ym(2021, 10)))
        #expect(s.value == 750)
        #expect(s.growth?.source == .computed)
        #expect(s.growth?.value.roundedHalfUp(scale: 4) == d("7.1429"))
        #expect(s.completionRate == 75)
        #expect(s.targetProgress?.gap.roundedHalfUp(scale: 2) == d("-8.33"))
        #expect(s.growthTargetGap?.roundedHalfUp(scale: 2) == d("-0.86"))
        #expect(s.rankByValue == 2)
        #expect(s.rankByGrowth == 2)
        #expect(s.peerCount == 3)
        #expect(
            FigureFormatter().sentence(for: s)
                == "1—10月，规模以上工业总产值750.00亿元，同比增长7.1%，完成年度目标的75.0%，欠目标进度8.3个百分点，"
                + "增速低于目标0.9个百分点，增速居全市第2位")
    }

    @Test func withoutTargetOrPeers() {
        let s = IndicatorSnapshot(indicator: output, observation: obs(4, cumulative: nil, prior: 700))
        #expect(s.growth == nil)
        #expect(s.completionRate == nil)
        #expect(s.rankByValue == nil)
        #expect(s.peerCount == 0)
        #expect(FigureFormatter().sentence(for: s) == "1—10月，规模以上工业总产值暂无数据")
    }

    @Test func stockIndicatorHasNoSchedule() {
        let o = obs(4, cumulative: 42000, prior: 40000, code: "urban_income")
        let target = Target(indicatorCode: "urban_income", orgUnitID: 4, year: 2021, value: 50000)
        let s = IndicatorSnapshot(indicator: income, observation: o, target: target)
        #expect(s.completionRate == 84)
        #expect(s.targetProgress == nil)
        #expect(s.growth == YoYGrowth(value: 5, source: .computed))
    }
}
