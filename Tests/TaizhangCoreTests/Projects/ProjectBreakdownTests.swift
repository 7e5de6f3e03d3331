import Foundation
import Testing

@testable import TaizhangCore

/// The statistics fixture (2026年1—6月) broken down by level, industry chain and zone.
@Suite("Project statistics by group")
struct ProjectBreakdownTests {
    func breakdown(by grouping: ProjectGrouping) -> [ProjectGroupSummary] {
        ProjectStatistics.breakdown(
            StatisticsFixture.projects, histories: [:], totals: StatisticsFixture.totals,
            matters: StatisticsFixture.matters, asOf: StatisticsFixture.june, by: grouping)
    }

    @Test("by level: a project on two lists counts in both; groups in level order")
    func byLevel() throws {
        let groups = breakdown(by: .level)
        #expect(
            groups.map(\.key) == [
                .level(.provincialKey), .level(.provincialHundred), .level(.cityKey), .level(.countyKey),
            ])
        #expect(groups.map(\.name) == ["省重点", "省百大", "市重点", "县级重点"])
        // 市重点: P1, P2, P5, P7.
        let city = try #require(groups.first { $0.key == .level(.cityKey) }).summary
        #expect(city.projectCount == 4)
        #expect(city.signedCount == 2 && city.signedValue == 135000)  // P1, P2 (P5 withdrawn)
        #expect(city.annualPlan == 36000)  // 30000 + 5000 + 1000 (P7 withdrew last year)
        #expect(city.yearCompleted == 12000)
        #expect(city.stages == ProjectStageCounts(started: 1, preparing: 1, withdrawn: 1))
        #expect(city.startRate == CountRate(base: 2, achieved: 1))
        // Matters of P1 (M2 solved; M5 open) and P2 (M1 open, overdue); M6 raised in July.
        #expect(city.mattersSolved == 1 && city.mattersOpen == 2 && city.mattersOverdue == 1)
        // 省重点: P1 alone, with the same matters of P1.
        let provincial = try #require(groups.first { $0.key == .level(.provincialKey) }).summary
        #expect(provincial.projectCount == 1 && provincial.signedValue == 120000)
        #expect(provincial.investmentCompletionRate == 40)  // 12000 ÷ 30000
        #expect(provincial.mattersSolved == 1 && provincial.mattersOpen == 1 && provincial.mattersOverdue == 0)
        // 县级重点: P4 — 续建, late, M3 solved last year.
        let county = try #require(groups.first { $0.key == .level(.countyKey) }).summary
        #expect(county.onTimeCompletionRate == CountRate(base: 1, achieved: 0))
        #expect(county.onTimeCompletionRate.rate == 0)
        #expect(county.mattersSolved == 0 && county.mattersOpen == 0)
        // The lead P6 has no level and is in no group; P1 is counted twice across the groups.
        #expect(groups.map(\.summary.projectCount).reduce(0, +) == 7)
    }

    @Test("by industry chain: chains in name order, projects without one last")
    func byChain() throws {
        let groups = breakdown(by: .industryChain)
        #expect(
            groups.map(\.key) == [
                .industryChain("新材料"), .industryChain("绿色食品"), .industryChain("装备制造"), .industryChain(nil),
            ])
        #expect(groups.last?.name == "未填产业链")
        let materials = groups[0].summary  // P3, P5
        #expect(materials.projectCount == 2)
        #expect(materials.stages == ProjectStageCounts(continuing: 1, completed: 1, withdrawn: 1))
        #expect(
            materials.annualPlan == 9000 && materials.yearCompleted == 9000 && materials.investmentCompletionRate == 100
        )
        #expect(materials.fundsInPlaceRate == AmountRate(base: 45000, achieved: 40000))
        let none = groups[3].summary  // P4, P6, P7
        #expect(none.projectCount == 3 && none.annualPlan == 6000)
        #expect(groups.map(\.summary.projectCount).reduce(0, +) == 7)
    }

    @Test("by zone through the closure: a park's project is counted under its zone, unmapped units are left out")
    func byZone() throws {
        // 11 is 经开区 itself, 12 a park of it; 21 is 高新区; 31 is mapped to nothing.
        let zones: [Int64: (id: Int64, name: String)] = [11: (1, "经开区"), 12: (1, "经开区"), 21: (2, "高新区")]
        var calls: [Int64] = []
        let groups = breakdown(
            by: .orgUnit({ unit in
                calls.append(unit)
                return zones[unit]
            }))
        #expect(calls.sorted() == [11, 12, 21, 31])  // once per unit
        #expect(groups.map(\.key) == [.orgUnit(1), .orgUnit(2)])
        #expect(groups.map(\.name) == ["经开区", "高新区"])
        let development = groups[0].summary  // P1, P2 (park 12), P5, P6
        #expect(development.projectCount == 4)
        #expect(development.signedCount == 2 && development.signedValue == 135000)
        #expect(development.annualPlan == 36000 && development.yearCompleted == 12000)
        #expect(development.stages == ProjectStageCounts(started: 1, preparing: 1, withdrawn: 1))
        #expect(development.mattersSolved == 1 && development.mattersOpen == 2 && development.mattersOverdue == 1)
        let hiTech = groups[1].summary  // P3, P4, and M7 which has no project but belongs to unit 21
        #expect(hiTech.projectCount == 2)
        #expect(hiTech.annualPlan == 14000 && hiTech.yearCompleted == 13000)
        #expect(hiTech.stages == ProjectStageCounts(continuing: 2, completed: 1))
        #expect(hiTech.onTimeCompletionRate == CountRate(base: 2, achieved: 1))
        #expect(hiTech.mattersSolved == 0 && hiTech.mattersOpen == 2 && hiTech.mattersOverdue == 1)  // M4, M7
    }

    @Test("group sums add up to the whole when every project is in exactly one group")
    func sumsMatchSummary() {
        let all = StatisticsFixture.summary()
        let groups = breakdown(by: .orgUnit({ _ in (9, "全市") }))
        #expect(groups.count == 1)
        #expect(groups[0].summary == all)
    }
}
