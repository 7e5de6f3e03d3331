import Foundation
import TaizhangCore
import Testing

@testable import TaizhangStore

/// The bulletin's lean reads (`listForStatistics`, `stageChangesFillingDates`) must give exactly the statistics
/// and bulletin of the full records and histories, including for records whose dates only the history knows.
@Suite("Project statistics reads")
struct ProjectStatisticsReadTests {
    typealias F = ProjectFixtures

    @Test("lean projects and date-filling changes give the statistics of full records and histories", arguments: TestEngine.all)
    func sameStatistics(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let ledger = try await F.seed(database)
            let projects = database.projects
            let zone = ledger.tree.zone.id
            func stage(_ project: Project, _ to: ProjectStage, _ on: CalendarDate) async throws -> Project {
                var project = project
                project.stage = to
                try await projects.changeStage(
                    project, change: ProjectStageChange(projectID: project.id!, from: nil, to: to, on: on),
                    by: F.clerk)
                return project
            }
            // Started and completed in its history, neither date on the record; signed with a date.
            var d = try await projects.create(
                Project(
                    code: "HX-T-101", name: "历史补开工日期项目", orgUnitID: zone, stage: .signed, industryChain: "装备制造",
                    levels: [.cityKey], contractValue: Fixtures.decimal("60000"),
                    annualPlans: [2026: Fixtures.decimal("8000")], signedOn: F.day(2025, 11, 2),
                    plannedStart: F.day(2026, 3, 1), plannedCompletion: F.day(2026, 9, 30)),
                by: F.clerk)
            d = try await stage(d, .started, F.day(2026, 2, 20))
            d = try await stage(d, .completed, F.day(2026, 9, 15))
            // No signing date anywhere on the record: counts as signed from the stages of its history.
            var e = try await projects.create(
                Project(
                    code: "HX-T-102", name: "无签约日期续建项目", orgUnitID: ledger.tree.park.id, stage: .negotiating,
                    levels: [.provincialKey], contractValue: Fixtures.decimal("120000"),
                    annualPlans: [2026: Fixtures.decimal("30000")]),
                history: ProjectStageChange(projectID: 0, from: nil, to: .negotiating, on: F.day(2025, 4, 1)),
                by: F.clerk)
            e = try await stage(e, .preparing, F.day(2026, 5, 10))
            // Withdrawn without a withdrawal date on the record.
            var w = try await projects.create(
                Project(
                    code: "HX-T-103", name: "调整退出项目", orgUnitID: ledger.otherZone.id, stage: .signed,
                    contractValue: Fixtures.decimal("20000"), annualPlans: [2026: Fixtures.decimal("5000")],
                    signedOn: F.day(2026, 1, 8)),
                by: F.clerk)
            w = try await stage(w, .withdrawn, F.day(2026, 6, 30))
            _ = (d, e, w)

            let full = try await projects.list()
            let histories = try await projects.stageHistories(projectIDs: nil)
            let lean = try await projects.listForStatistics(year: 2026)
            let filling = try await projects.stageChangesFillingDates(projectIDs: nil)
            #expect(lean.map(\.code) == full.map(\.code))
            #expect(filling.values.map(\.count).reduce(0, +) < histories.values.map(\.count).reduce(0, +))
            #expect(try await projects.stageChangesFillingDates(projectIDs: [ledger.a.id!]).isEmpty)
            #expect(try await projects.stageChangesFillingDates(projectIDs: [e.id!])[e.id!]?.count == 2)

            let zoneOf: (Int64) -> (id: Int64, name: String)? = { ($0, "单位\($0)") }
            for month in [3, 6, 7, 10] {
                let asOf = YearMonth(year: 2026, month: month)!
                let totals = try await projects.yearToDate(through: asOf)
                func report(_ projects: [Project], _ histories: [Int64: [ProjectStageChange]])
                    -> (summary: ProjectSummary, groups: [[ProjectGroupSummary]])
                {
                    ProjectStatistics.report(
                        projects, histories: histories, totals: totals, matters: [], asOf: asOf,
                        by: [.level, .industryChain, .orgUnit(zoneOf)])
                }
                let expected = report(full, histories)
                let got = report(lean, filling)
                #expect(got.summary == expected.summary, "2026-\(month)")
                #expect(got.groups == expected.groups, "2026-\(month)")
                let fullBulletin = ProjectBulletin.make(
                    month: asOf, projects: full, totals: totals, matters: [], zoneOf: zoneOf)
                let leanBulletin = ProjectBulletin.make(
                    month: asOf, projects: lean, totals: totals, matters: [], zoneOf: zoneOf)
                #expect(leanBulletin.zones == fullBulletin.zones)
                #expect(leanBulletin.projects.map(\.project.code) == fullBulletin.projects.map(\.project.code))
                #expect(leanBulletin.projects.map(\.figures) == fullBulletin.projects.map(\.figures))
            }
            // The history really is what gives these dates: without it the summary differs.
            let asOf = YearMonth(year: 2026, month: 10)!
            let totals = try await projects.yearToDate(through: asOf)
            let withoutHistories = ProjectStatistics.summarize(
                lean, histories: [:], totals: totals, matters: [], asOf: asOf)
            let withHistories = ProjectStatistics.summarize(
                lean, histories: filling, totals: totals, matters: [], asOf: asOf)
            #expect(withoutHistories.stages.started != withHistories.stages.started)
            #expect(withHistories.stages.completed == 1)
            #expect(withHistories.stages.withdrawn == 1)
        }
    }
}
