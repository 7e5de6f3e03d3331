import Foundation
import Testing

@testable import TaizhangCore

/// A hand-worked bulletin for 2026年10月: time elapsed 10 ÷ 12 = 83.33…%.
enum BulletinFixture {
    static let october = ym(2026, 10)
    static let zones: [Int64: (id: Int64, name: String)] = [
        11: (1, "经开区"), 12: (1, "经开区"), 21: (2, "高新区"), 31: (3, "农高区"),
    ]

    static let projects: [Project] = [
        project(1, "装备产业园", unit: 11, plan2026: 1000, signed: "2025-05-01", start: "2025-07-01"),  // 90%
        // In the zone's park; 50%, 33.3 points behind.
        project(
            2, "食品加工", unit: 12, plan2026: 1000, signed: "2026-01-10", plannedStart: "2026-03-01", start: "2026-04-01"),
        project(3, "新材料", unit: 21, plan2026: 2000, signed: "2025-02-01", start: "2025-04-01"),  // 70%
        project(4, "物流园", unit: 31, plan2026: 500, signed: "2025-03-01", start: "2025-05-01"),  // 70%
        // No plan: not in the project ranking; planned start passed, not started.
        project(5, "冷链仓储", unit: 31, stage: .preparing, plan2026: 0, signed: "2026-06-01", plannedStart: "2026-09-01"),
        project(
            6, "已竣工", unit: 21, stage: .completed, plan2026: 300, signed: "2024-01-01", start: "2024-03-01",
            completion: "2025-11-30"),
        project(7, "去年退出", unit: 11, stage: .withdrawn, plan2026: 800, signed: "2024-01-01", withdrawn: "2025-06-01"),
        project(8, "储备", unit: 21, stage: .lead, plan2026: 100),
        project(9, "十一月签约", unit: 21, plan2026: 100, signed: "2026-11-05"),
        // Completed in August at 60%: behind, but nothing left to urge.
        project(
            10, "八月竣工", unit: 11, stage: .completed, plan2026: 1000, signed: "2025-01-01", start: "2025-02-01",
            completion: "2026-08-01"),
        project(11, "无归属", unit: 99, plan2026: 100, signed: "2025-01-01", start: "2025-02-01"),  // 100%, no zone
        // No zone, nothing done, planned start passed: both reasons.
        project(12, "未动工", unit: 99, plan2026: 1000, signed: "2026-02-01", plannedStart: "2026-05-01"),
    ]

    static let totals: [Int64: ProjectYearToDate] = [
        1: figures(1, through: october, month: 100, year: 900, reported: true),
        2: figures(2, through: october, year: 500),
        3: figures(3, through: october, month: 200, year: 1400, reported: true),
        4: figures(4, through: october, month: 50, year: 350, reported: true),
        6: figures(6, through: october, year: 300, reported: true),
        10: figures(10, through: october, year: 600, reported: true),
        11: figures(11, through: october, year: 100),
    ]

    static let matters: [Matter] = [
        matter(1, project: 2, unit: 12, raised: "2026-09-01", deadline: "2026-10-31"),  // due on the last day
        matter(2, project: 3, unit: 21, kind: .permits, raised: "2026-08-01", deadline: "2026-09-30"),  // 31 days
        // Resolved in November: open at the end of October, 16 days overdue.
        matter(3, project: 1, kind: .power, raised: "2026-09-01", deadline: "2026-10-15", resolved: "2026-11-03"),
        matter(
            4, project: 4, unit: 31, kind: .water, raised: "2026-07-01", deadline: "2026-08-01", resolved: "2026-10-20"),
        matter(5, project: nil, unit: 31, kind: .other, raised: "2026-10-01", deadline: "2026-10-30"),  // 1 day
        matter(6, project: 1, kind: .financing, raised: "2026-10-01"),  // no deadline
        matter(7, project: 3, unit: 21, raised: "2026-11-02", deadline: "2026-11-01"),  // raised after October
    ]

    static func bulletin(options: ProjectStatisticsOptions = .standard) -> ProjectBulletin {
        ProjectBulletin.make(
            month: october, projects: projects, totals: totals, matters: matters, zoneOf: { zones[$0] },
            options: options)
    }
}

@Suite("Project bulletin")
struct ProjectBulletinTests {
    let bulletin = BulletinFixture.bulletin()
    let formatter = FigureFormatter()

    @Test("time elapsed is M ÷ 12, exact")
    func timeElapsed() {
        #expect(bulletin.timeElapsed == Decimal(1000) / Decimal(12))
        #expect(bulletin.timeElapsed.roundedHalfUp(scale: 2) == d("83.33"))
        #expect(ProjectBulletin.timeElapsed(at: ym(2026, 12)) == 100)
        #expect(ProjectBulletin.timeElapsed(at: ym(2026, 6)) == 50)
        #expect(ProjectBulletin.timeElapsed(at: ym(2026, 1)).roundedHalfUp(scale: 2) == d("8.33"))
    }

    @Test("who takes part: signed by the end of the month, not withdrawn or completed before the year")
    func takingPart() {
        let taking = BulletinFixture.projects.filter { ProjectBulletin.takesPart($0, in: BulletinFixture.october) }
        #expect(taking.map(\.id) == [1, 2, 3, 4, 5, 10, 11, 12])
        #expect(bulletin.total.projectCount == 8)
    }

    @Test("the total row: 6600 planned, 3850 done, 58.33…%")
    func total() {
        #expect(bulletin.total.figures.annualPlan == 6600)  // 1000+1000+2000+500+0+1000+100+1000
        #expect(bulletin.total.figures.yearCompleted == 3850)  // 900+500+1400+350+600+100
        #expect(bulletin.total.figures.monthCompleted == 350)
        #expect(bulletin.total.reportedCount == 4)  // 1, 3, 4, 10
        #expect(formatter.scheduleProgressPhrase(bulletin.total.figures) == "完成年度计划的58.3%，落后时序进度25.0个百分点")
    }

    @Test("zones ranked by completion rate; 高新区 and 农高区 tie at 70% and share rank 1")
    func zones() {
        #expect(bulletin.zones.map(\.zoneName) == ["高新区", "农高区", "经开区"])
        #expect(bulletin.zones.map(\.rank) == [1, 1, 3])
        let development = bulletin.zones[2]  // projects 1, 2 (in park 12) and 10
        #expect(development.figures.annualPlan == 3000 && development.figures.yearCompleted == 2000)
        #expect(development.figures.completionRate == Decimal(200000) / Decimal(3000))
        #expect(development.projectCount == 3 && development.reportedCount == 2)
        #expect(formatter.scheduleProgressPhrase(development.figures) == "完成年度计划的66.7%，落后时序进度16.7个百分点")
        let agri = bulletin.zones[1]  // projects 4 and 5 (no plan)
        #expect(
            agri.figures.annualPlan == 500 && agri.figures.yearCompleted == 350 && agri.figures.monthCompleted == 50)
        #expect(agri.projectCount == 2 && agri.reportedCount == 1)
        #expect(formatter.scheduleProgressPhrase(bulletin.zones[0].figures) == "完成年度计划的70.0%，落后时序进度13.3个百分点")
    }

    @Test("projects with a plan ranked, ties sharing a rank and ordered by code")
    func projects() {
        #expect(bulletin.projects.map(\.project.id) == [11, 1, 3, 4, 10, 2, 12])
        #expect(bulletin.projects.map(\.rank) == [1, 2, 3, 3, 5, 6, 7])
        #expect(bulletin.projects.map(\.zoneName) == [nil, "经开区", "高新区", "农高区", "经开区", "经开区", nil])
        #expect(bulletin.projects[0].figures.gap == 100 - Decimal(1000) / Decimal(12))
        #expect(formatter.scheduleProgressPhrase(bulletin.projects[0].figures) == "完成年度计划的100.0%，超时序进度16.7个百分点")
        #expect(bulletin.projects[1].reported && !bulletin.projects[0].reported)
    }

    @Test("lagging: 10 points or more behind, or planned start passed and not started; completed ones are not")
    func lagging() {
        let lagging = bulletin.laggingProjects
        #expect(lagging.map(\.row.project.id) == [12, 2, 3, 4, 5])
        #expect(
            lagging[0].reasons == [
                .behindSchedule(gap: -Decimal(1000) / Decimal(12)), .notStarted(plannedStart: day("2026-05-01")),
            ])
        #expect(lagging[1].reasons == [.behindSchedule(gap: 50 - Decimal(1000) / Decimal(12))])
        #expect(lagging[4].reasons == [.notStarted(plannedStart: day("2026-09-01"))])
        #expect(lagging[1].row.rank == 6 && lagging[4].row.rank == nil)
        // A wider tolerance keeps only the worst.
        let tolerant = BulletinFixture.bulletin(options: ProjectStatisticsOptions(lagPercentagePoints: 20))
        #expect(tolerant.laggingProjects.map(\.row.project.id) == [12, 2, 5])
    }

    @Test("overdue matters at the end of the month, longest overdue first")
    func overdue() {
        #expect(bulletin.overdueMatters.map(\.matter.id) == [2, 3, 5])
        #expect(bulletin.overdueMatters.map(\.daysOverdue) == [31, 16, 1])
        #expect(bulletin.overdueMatters.map(\.projectName) == ["新材料", "装备产业园", nil])
        #expect(bulletin.overdueMatters.map(\.zoneName) == ["高新区", "经开区", "农高区"])
    }

    @Test("ranking is standard competition ranking and matches Statistics.ranks")
    func ranking() {
        let values: [Decimal?] = [9, 7, nil, 7, 5, d("7.0")]
        #expect(BulletinRanking.ranks(values) == [1, 2, nil, 2, 5, 2])
        #expect(BulletinRanking.ranks([]) == [])
        var generator = SystemRandomNumberGenerator()
        let random: [Decimal?] = (0..<200).map { _ in
            Int.random(in: 0..<10, using: &generator) == 0 ? nil : Decimal(Int.random(in: 0..<30, using: &generator))
        }
        let reference = Statistics.ranks(random.enumerated().map { (id: $0.offset, value: $0.element) })
        let fast = BulletinRanking.ranks(random)
        for (index, rank) in fast.enumerated() { #expect(rank == reference[index]) }
    }

    @Test("row wording: one decimal half-up; 持平 when the gap rounds to zero; no plan")
    func wording() {
        #expect(
            formatter.scheduleProgressPhrase(completionRate: d("76.5"), gap: d("-6.8")) == "完成年度计划的76.5%，落后时序进度6.8个百分点")
        #expect(
            formatter.scheduleProgressPhrase(completionRate: d("85.43"), gap: d("2.1")) == "完成年度计划的85.4%，超时序进度2.1个百分点")
        #expect(
            formatter.scheduleProgressPhrase(completionRate: d("76.45"), gap: d("-6.85"))
                == "完成年度计划的76.5%，落后时序进度6.9个百分点")
        #expect(formatter.scheduleProgressPhrase(completionRate: d("83.3"), gap: d("-0.04")) == "完成年度计划的83.3%，与时序进度持平")
        #expect(
            formatter.scheduleProgressPhrase(completionRate: d("83.38"), gap: d("0.05")) == "完成年度计划的83.4%，超时序进度0.1个百分点")
        #expect(formatter.scheduleProgressPhrase(completionRate: nil, gap: nil) == "未下达年度计划")
    }

    @Test("a month without projects gives an empty bulletin with nil rates")
    func empty() {
        let empty = ProjectBulletin.make(
            month: BulletinFixture.october, projects: [], totals: [:], matters: [], zoneOf: { _ in nil })
        #expect(empty.zones.isEmpty && empty.projects.isEmpty && empty.laggingProjects.isEmpty)
        #expect(empty.total.figures.completionRate == nil && empty.total.figures.gap == nil)
    }
}
