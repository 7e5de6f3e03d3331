import Foundation
import TaizhangCore
import TaizhangStore
import Testing

@testable import TaizhangWeb

/// A small project ledger on top of `TestCity`, worked out by hand for October 2026 (时序进度 10 ÷ 12 = 83.33%):
///
/// | project          | unit   | stage   | 2026 plan | reports (万元)            | 1—10月 | rate  |
/// |------------------|--------|---------|-----------|---------------------------|--------|-------|
/// | T-P1 甲一号项目   | 甲     | 续建    | 12000     | Sep 8000, Oct 1000        | 9000   | 75%   |
/// | T-P2 甲园二号项目 | 甲一园 | 新开工  | 6000      | Sep 3000 (Oct 未报)        | 3000   | 50%   |
/// | T-P3 乙三号项目   | 乙     | 新开工  | 10000     | Aug 4000, Oct 5000        | 9000   | 90%   |
/// | T-P4 乙四号储备   | 乙     | 储备    | —         | —                         | —      | —     |
///
/// Zones: 乙 9000 ÷ 10000 = 90.0% (+6.7 points, rank 1); 甲 12000 ÷ 18000 = 66.7% (−16.7 points, rank 2).
/// T-P2 lags by 33.3 points; its 供地 problem (deadline 2026-09-30, open) is 31 days overdue at 31 October.
/// Liaison leaders: 李明 (P1, P2), 王强 (P2, P3).
struct ProjectFixture {
    let city: TestCity
    let p1: Project
    let p2: Project
    let p3: Project
    let p4: Project
    let matter: Matter

    static let zoneAdminA = "admin.a"
    static let leaderWang = "leader.wang"

    static func make() async throws -> ProjectFixture {
        let city = try await TestCity.make()
        let database = city.database
        let projects = database.projects
        func date(_ text: String) -> CalendarDate { CalendarDate(text)! }
        func create(_ project: Project) async throws -> Project {
            try await projects.create(
                project, history: ProjectLifecycle.creation(of: project, on: date("2026-01-01"), by: "测试"), by: .system)
        }
        let p1 = try await create(
            Project(
                code: "T-P1", name: "甲一号项目", orgUnitID: city.zoneA.id, stage: .continuing, investor: "甲投资公司",
                industryChain: "装备制造", levels: [.cityKey], contractValue: 50000, plannedInvestment: 80000,
                annualPlans: [2026: 12000], signedOn: date("2025-03-01"), actualStart: date("2025-05-01"),
                liaisonLeaders: ["李明"]))
        let p2 = try await create(
            Project(
                code: "T-P2", name: "甲园二号项目", orgUnitID: city.park.id, stage: .started, levels: [.provincialKey],
                contractValue: 20000, plannedInvestment: 30000, annualPlans: [2026: 6000], signedOn: date("2026-02-01"),
                plannedStart: date("2026-03-01"), actualStart: date("2026-04-01"), liaisonLeaders: ["李明", "王强"]))
        let p3 = try await create(
            Project(
                code: "T-P3", name: "乙三号项目", orgUnitID: city.zoneB.id, stage: .started, contractValue: 15000,
                plannedInvestment: 20000, annualPlans: [2026: 10000], signedOn: date("2026-01-10"),
                actualStart: date("2026-03-01"), liaisonLeaders: ["王强"]))
        let p4 = try await create(
            Project(code: "T-P4", name: "乙四号储备", orgUnitID: city.zoneB.id, stage: .lead, plannedInvestment: 5000))
        func month(_ m: Int) -> YearMonth { YearMonth(year: 2026, month: m)! }
        try await projects.saveProgress(
            [
                ProjectProgress(projectID: p1.id!, month: month(9), completedInvestment: 8000, progressNote: "主体施工"),
                ProjectProgress(projectID: p1.id!, month: month(10), completedInvestment: 1000, progressNote: "设备安装"),
                ProjectProgress(projectID: p2.id!, month: month(9), completedInvestment: 3000),
                ProjectProgress(projectID: p3.id!, month: month(8), completedInvestment: 4000),
                ProjectProgress(projectID: p3.id!, month: month(10), completedInvestment: 5000, fundsInPlace: 2000),
            ], by: .system)
        let matter = try await database.matters.create(
            Matter(
                projectID: p2.id, orgUnitID: city.park.id, kind: .land, description: "二期用地指标未落实",
                ownerUnit: "自然资源局", raisedOn: date("2026-08-01"), deadline: date("2026-09-30")),
            by: .system)
        let users = UserRepository(database: database, hasher: PasswordHasher(cost: 4))
        try await users.create(
            username: zoneAdminA, password: TestCity.password, role: .zoneAdmin, scopeOrgUnitID: city.zoneA.id,
            by: .system)
        try await users.create(
            username: leaderWang, displayName: "王强", password: TestCity.password, role: .leader,
            scopeOrgUnitID: city.city.id, by: .system)
        return ProjectFixture(city: city, p1: p1, p2: p2, p3: p3, p4: p4, matter: matter)
    }
}

@Suite struct ProjectFixtureTests {
    @Test func theFixtureHoldsWhatItsTableSays() async throws {
        let fixture = try await ProjectFixture.make()
        let totals = try await fixture.city.database.projects.yearToDate(through: TestCity.month)
        #expect(totals[fixture.p1.id!]?.yearCompleted == 9000)
        #expect(totals[fixture.p2.id!]?.reportedThisMonth == false)
        #expect(totals[fixture.p3.id!]?.monthCompleted == 5000)
        #expect(totals[fixture.p4.id!] == nil)
        try await fixture.city.database.shutdown()
    }
}
