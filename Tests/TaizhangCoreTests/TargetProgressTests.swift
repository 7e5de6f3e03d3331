import Foundation
import TaizhangCore
import Testing

@Suite struct TargetProgressTests {
    @Test func completionRate() {
        #expect(Statistics.completionRate(completed: 750, planned: 1000) == 75)
        #expect(Statistics.completionRate(completed: 1100, planned: 1000) == 110)
        #expect(Statistics.completionRate(completed: 750, planned: 0) == nil)
        #expect(Statistics.completionRate(completed: 750, planned: -5) == nil)
        #expect(Statistics.completionRate(completed: nil, planned: 1000) == nil)
    }

    @Test func behindScheduleAtOctober() throws {
        // FORMATS.md: at 1—10月, 83.3% of the year has passed; 75% done is 欠目标进度8.3个百分点.
        let p = try #require(
            Statistics.targetProgress(completed: 750, planned: 1000, at: .cumulative(through: ym(2021, 10))))
        #expect(p.completionRate == 75)
        #expect(p.expectedRate.roundedHalfUp(scale: 4) == d("83.3333"))
        #expect(p.gap.roundedHalfUp(scale: 4) == d("-8.3333"))
        #expect(FigureFormatter().targetProgressPhrase(p) == "欠目标进度8.3个百分点")
    }

    @Test func aheadAndOnSchedule() throws {
        let half: Period = .cumulative(through: ym(2021, 6))
        let ahead = try #require(Statistics.targetProgress(completed: 600, planned: 1000, at: half))
        #expect(ahead.gap == 10)
        #expect(FigureFormatter().targetProgressPhrase(ahead) == "超目标进度10.0个百分点")
        let even = try #require(Statistics.targetProgress(completed: 500, planned: 1000, at: half))
        #expect(FigureFormatter().targetProgressPhrase(even) == "与目标进度持平")
        let q3 = try #require(
            Statistics.targetProgress(completed: 750, planned: 1000, at: .quarter(year: 2021, quarter: 3)))
        #expect(q3.gap == 0)
        #expect(Statistics.targetProgress(completed: 1, planned: nil, at: half) == nil)
    }

    @Test func growthTargets() {
        #expect(Statistics.growthTargetGap(actual: d("6.5"), target: 7) == d("-0.5"))
        #expect(FigureFormatter().growthTargetPhrase(gap: d("-0.5")) == "低于目标0.5个百分点")
        #expect(FigureFormatter().growthTargetPhrase(gap: d("1.5")) == "高于目标1.5个百分点")
        #expect(FigureFormatter().growthTargetPhrase(gap: d("0.04")) == "与目标持平")
        #expect(Statistics.growthTargetGap(actual: nil, target: 7) == nil)
    }
}
