import Foundation
import Testing

@testable import TaizhangCore

/// A hand-worked set of seven projects as of 2026年1—6月 (the period 2026-01-01 … 2026-06-30).
enum StatisticsFixture {
    static let june = ym(2026, 6)

    static let projects: [Project] = [
        // Signed and started this year: 当年签约当年开工; planned start passed and kept.
        project(
            1, "智能装备产业园", unit: 11, stage: .started, levels: [.provincialKey, .cityKey], chain: "装备制造",
            contract: 120000, plan2026: 30000, signed: "2026-02-10", plannedStart: "2026-03-01", start: "2026-04-15",
            plannedCompletion: "2027-12-31"),
        // Signed this year, planned to start 6月15日, not started: 前期, lowers 开工率.
        project(
            2, "绿色食品加工", unit: 12, stage: .preparing, levels: [.cityKey], chain: "绿色食品", contract: 15000,
            plan2026: 5000, signed: "2026-05-20", plannedStart: "2026-06-15"),
        // Started last year, completed in May ahead of its 5月31日 plan: 续建 and 竣工, on time.
        project(
            3, "新材料二期", unit: 21, stage: .completed, levels: [.provincialHundred], chain: "新材料",
            contract: 45000, plan2026: 8000, signed: "2024-09-01", start: "2025-03-01",
            plannedCompletion: "2026-05-31", completion: "2026-05-20"),
        // Started last year, planned to complete 6月30日, not completed: 续建, late.
        project(
            4, "物流园", unit: 21, stage: .continuing, levels: [.countyKey], contract: 20000, plan2026: 6000,
            signed: "2025-08-01", start: "2025-10-01", plannedCompletion: "2026-06-30"),
        // Signed in January, withdrawn in April: 调整退出, out of every other count, its plan still counts.
        project(
            5, "光伏组件", unit: 11, stage: .withdrawn, levels: [.cityKey], chain: "新材料", contract: 50000,
            plan2026: 1000, signed: "2026-01-15", plannedStart: "2026-04-01", withdrawn: "2026-04-20"),
        // A lead: counted as a project, nothing else.
        project(6, "电池储备项目", unit: 11, stage: .lead),
        // Withdrawn last year with a stale plan: out of the plan too.
        project(
            7, "旧项目", unit: 31, stage: .withdrawn, levels: [.cityKey], contract: 30000, plan2026: 7000,
            signed: "2024-01-01", withdrawn: "2025-12-01"),
    ]

    static let totals: [Int64: ProjectYearToDate] = [
        1: figures(1, through: june, month: 2000, year: 12000, funds: 15000, totalFunds: 15000),
        2: figures(2, through: june, funds: 1000, totalFunds: 1000),
        3: figures(3, through: june, year: 9000, funds: 5000, totalFunds: 40000),
        4: figures(4, through: june, month: 500, year: 4000, funds: 2000, totalFunds: 9000),
        5: figures(5, through: june, funds: 500, totalFunds: 500),
    ]

    static let matters: [Matter] = [
        matter(1, project: 2, unit: 12, raised: "2026-03-01", deadline: "2026-05-31"),  // open, overdue
        matter(2, project: 1, kind: .power, raised: "2026-02-01", resolved: "2026-04-10"),  // solved
        matter(3, project: 4, unit: 21, kind: .permits, raised: "2025-11-01", resolved: "2025-12-20"),  // last year
        // Resolved only after June: open at the end of June, and overdue then.
        matter(
            4, project: 3, unit: 21, kind: .water, raised: "2026-05-01", deadline: "2026-06-29", resolved: "2026-07-05"),
        matter(5, project: 1, kind: .financing, raised: "2026-06-01", deadline: "2026-08-31"),  // open, not due
        matter(6, project: 1, raised: "2026-07-02"),  // raised after June
        // Deadline on the last day: open, not yet overdue at the end of that day.
        matter(7, project: nil, unit: 21, kind: .other, raised: "2026-06-01", deadline: "2026-06-30"),
    ]

    static func summary(options: ProjectStatisticsOptions = .standard) -> ProjectSummary {
        ProjectStatistics.summarize(
            projects, histories: [:], totals: totals, matters: matters, asOf: june, options: options)
    }
}

@Suite("Project statistics")
struct ProjectStatisticsTests {
    let summary = StatisticsFixture.summary()

    @Test("signed projects: P1 and P2 signed in 1—6月; P5 signed too but withdrawn; P3, P4, P7 signed earlier")
    func signed() {
        #expect(summary.projectCount == 7)
        #expect(summary.signedCount == 2)
        #expect(summary.signedValue == 135000)  // 120000 + 15000
        #expect(
            summary.signedAbove == [
                ThresholdTally(threshold: 10000, count: 2, value: 135000),  // 1亿元以上: P1, P2
                ThresholdTally(threshold: 50000, count: 1, value: 120000),  // 5亿元以上: P1
                ThresholdTally(threshold: 100000, count: 1, value: 120000),  // 10亿元以上: P1
            ])
        #expect(summary.signedAndStartedSameYearCount == 1)  // P1
    }

    @Test("thresholds are configurable and a value equal to a threshold counts")
    func thresholds() {
        let custom = StatisticsFixture.summary(options: ProjectStatisticsOptions(thresholds: [120000, 15000]))
        #expect(
            custom.signedAbove == [
                ThresholdTally(threshold: 15000, count: 2, value: 135000),
                ThresholdTally(threshold: 120000, count: 1, value: 120000),
            ])
    }

    @Test("实际利用内资: the year's funds in place of every project, withdrawn ones included")
    func fundsInPlace() {
        #expect(summary.yearFundsInPlace == 23500)  // 15000 + 1000 + 5000 + 2000 + 500
    }

    @Test("projects by stage from the dates, not from the stage field")
    func stages() {
        // 新开工 P1; 续建 P3, P4; 竣工 P3; 前期 P2; 调整退出 P5 (P7 withdrew last year).
        #expect(
            summary.stages
                == ProjectStageCounts(started: 1, continuing: 2, completed: 1, preparing: 1, withdrawn: 1))
        // A stale stage field changes nothing: P4 still marked 新开工 from last year is 续建.
        var stale = StatisticsFixture.projects
        stale[3].stage = .started
        stale[0].stage = .signed
        let again = ProjectStatistics.summarize(
            stale, histories: [:], totals: StatisticsFixture.totals, matters: [], asOf: StatisticsFixture.june)
        #expect(again.stages == summary.stages)
    }

    @Test("annual plan against completed: P1–P6 (P7 withdrew before the year)")
    func planAndCompletion() {
        #expect(summary.annualPlan == 50000)  // 30000 + 5000 + 8000 + 6000 + 1000
        #expect(summary.yearCompleted == 25000)  // 12000 + 9000 + 4000
        #expect(summary.monthCompleted == 2500)  // 2000 + 500
        #expect(summary.investmentCompletionRate == 50)
    }

    @Test("the four rates")
    func rates() {
        // 开工率: planned to start in 1—6月 and not withdrawn: P1 (started), P2 (not) → 1 of 2.
        #expect(summary.startRate == CountRate(base: 2, achieved: 1))
        #expect(summary.startRate.rate == 50)
        // 资金到位率: signed, not withdrawn, with a value: P1 120000, P2 15000, P3 45000, P4 20000 = 200000;
        // cumulative funds 15000 + 1000 + 40000 + 9000 = 65000 → 32.5%.
        #expect(summary.fundsInPlaceRate == AmountRate(base: 200000, achieved: 65000))
        #expect(summary.fundsInPlaceRate.rate == d("32.5"))
        // 按期竣工率: planned to complete in 1—6月: P3 (5月20日 ≤ 5月31日) and P4 (not completed) → 1 of 2.
        #expect(summary.onTimeCompletionRate == CountRate(base: 2, achieved: 1))
        #expect(summary.onTimeCompletionRate.rate == 50)
    }

    @Test("matters: solved in 1—6月, open and overdue at the end of June")
    func matters() {
        #expect(summary.mattersSolved == 1)  // M2 (M3 was solved last year, M4 only in July)
        #expect(summary.mattersOpen == 4)  // M1, M4, M5, M7 (M6 raised in July)
        #expect(summary.mattersOverdue == 2)  // M1 (5月31日), M4 (6月29日); M7's deadline is the last day
    }

    @Test("rates are nil when their base is zero; an empty set is all zeros")
    func nilRates() {
        let empty = ProjectStatistics.summarize(
            [], histories: [:], totals: [:], matters: [], asOf: StatisticsFixture.june)
        #expect(empty == ProjectSummary(asOf: StatisticsFixture.june, thresholds: [10000, 50000, 100000]))
        #expect(empty.investmentCompletionRate == nil && empty.startRate.rate == nil)
        #expect(empty.fundsInPlaceRate.rate == nil && empty.onTimeCompletionRate.rate == nil)
        let leads = ProjectStatistics.summarize(
            [project(1, "储备", stage: .lead), project(2, "洽谈", stage: .negotiating)], histories: [:], totals: [:],
            matters: [], asOf: StatisticsFixture.june)
        #expect(leads.projectCount == 2 && leads.signedCount == 0 && leads.investmentCompletionRate == nil)
        #expect(leads.stages == ProjectStageCounts())
    }

    @Test("a rate with a repeating decimal stays exact until it is shown")
    func exactRates() {
        let three = [
            project(1, "甲", plan2026: 3000, signed: "2025-01-01", start: "2025-02-01"),
            project(2, "乙", plan2026: 0, signed: "2025-01-01", plannedStart: "2026-02-01", start: "2026-02-01"),
            project(3, "丙", plan2026: 0, signed: "2025-01-01", plannedStart: "2026-03-01"),
            project(4, "丁", plan2026: 0, signed: "2025-01-01", plannedStart: "2026-05-01", start: "2026-06-30"),
        ]
        let totals: [Int64: ProjectYearToDate] = [1: figures(1, through: StatisticsFixture.june, year: 1000)]
        let summary = ProjectStatistics.summarize(
            three, histories: [:], totals: totals, matters: [], asOf: StatisticsFixture.june)
        let third = summary.investmentCompletionRate!  // 1000 ÷ 3000 = 33.33…%
        #expect(third.roundedHalfUp(scale: 2) == d("33.33"))
        #expect(third * 3 != 100 && (third * 3).roundedHalfUp(scale: 10) == 100)
        #expect(summary.startRate == CountRate(base: 3, achieved: 2))  // 66.66…%: 丁 started on the last day
        #expect(FigureFormatter().percent(summary.startRate.rate!) == "66.7%")
    }

    @Test("the history decides when the record lacks the dates")
    func fromHistory() {
        // Signed and started this year according to the history only.
        let record = project(1, "历史", stage: .started, contract: 60000, plan2026: 100)
        let history: [Int64: [ProjectStageChange]] = [
            1: [
                ProjectStageChange(projectID: 1, from: nil, to: .lead, on: day("2025-10-01")),
                ProjectStageChange(projectID: 1, from: .lead, to: .signed, on: day("2026-01-20")),
                ProjectStageChange(projectID: 1, from: .signed, to: .started, on: day("2026-03-02")),
            ]
        ]
        let summary = ProjectStatistics.summarize(
            [record], histories: history, totals: [:], matters: [], asOf: StatisticsFixture.june)
        #expect(summary.signedCount == 1 && summary.signedValue == 60000)
        #expect(summary.signedAndStartedSameYearCount == 1 && summary.stages.started == 1)
        // As of February the start has not happened yet.
        let february = ProjectStatistics.summarize(
            [record], histories: history, totals: [:], matters: [], asOf: ym(2026, 2))
        #expect(february.signedAndStartedSameYearCount == 0 && february.stages.preparing == 1)
    }

    @Test("a project withdrawn in the period leaves every count but 调整退出 and the plan")
    func withdrawalExcluded() {
        let withdrawn = [StatisticsFixture.projects[4]]
        let june = ProjectStatistics.summarize(
            withdrawn, histories: [:], totals: StatisticsFixture.totals, matters: [], asOf: StatisticsFixture.june)
        #expect(june.signedCount == 0 && june.startRate.base == 0 && june.fundsInPlaceRate.base == 0)
        #expect(june.stages == ProjectStageCounts(withdrawn: 1))
        #expect(june.annualPlan == 1000 && june.yearFundsInPlace == 500)
        // As of March it had not withdrawn yet: signed (5亿元以上), 前期, in the funds base.
        let march = ProjectStatistics.summarize(
            withdrawn, histories: [:], totals: [:], matters: [], asOf: ym(2026, 3))
        #expect(
            march.signedCount == 1 && march.signedAbove[1] == ThresholdTally(threshold: 50000, count: 1, value: 50000))
        #expect(march.stages == ProjectStageCounts(preparing: 1))
        #expect(march.fundsInPlaceRate.base == 50000)
        // The next year it is neither withdrawn in the period nor in the plan.
        let nextYear = ProjectStatistics.summarize(
            withdrawn, histories: [:], totals: [:], matters: [], asOf: ym(2027, 6))
        #expect(nextYear.stages == ProjectStageCounts() && nextYear.annualPlan == 0)
    }
}
