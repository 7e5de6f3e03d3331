import Foundation
import TaizhangCore
import Testing

@testable import TaizhangStore

@Suite("Project ledger import and seeding")
struct ProjectImportTests {
    static func sheetRow(_ code: String, _ name: String, unit: Int64, stage: ProjectStage, total: String) -> Project {
        Project(
            code: code, name: name, orgUnitID: unit, stage: stage, constructionNature: .new,
            plannedInvestment: Fixtures.decimal(total), annualPlans: [2026: Fixtures.decimal("3000")],
            plannedStart: ProjectFixtures.day(2026, 3, 1), liaisonLeaders: ["王市长"], responsibleUnit: "经开区管委会")
    }

    @Test("import creates, then a re-import of the month updates instead of duplicating", arguments: TestEngine.all)
    func reimport(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let ledger = try await ProjectFixtures.seed(database)
            let zone = ledger.tree.zone.id
            let september = Fixtures.month(2026, 9)
            let first = try await database.projects.importLedger(
                [
                    Self.sheetRow("IMP-001", "高端轴承项目", unit: zone, stage: .started, total: "20000"),
                    Self.sheetRow("IMP-002", "冷链物流园项目", unit: zone, stage: .preparing, total: "8000.5"),
                ],
                progress: [
                    ProjectProgressImport(
                        projectCode: "IMP-001", month: september, completedInvestment: 1200, progressNote: "厂房基础施工"),
                    ProjectProgressImport(projectCode: "IMP-002", month: september, completedInvestment: 0),
                    ProjectProgressImport(projectCode: ledger.a.code, month: september, completedInvestment: 800),
                ], by: ProjectFixtures.clerk)
            #expect(first == ProjectImportResult(created: 2, updated: 0, unchanged: 0, progressEntries: 3))
            let created = try #require(try await database.projects.find(code: "IMP-001"))
            let id = try #require(created.id)
            #expect(created.plannedInvestment == 20000)
            #expect(try await database.projects.stageHistory(projectID: id).map(\.to) == [.started])

            // Enrich one project by hand; the sheet does not carry the investor.
            var enriched = created
            enriched.investor = "洛阳精工集团"
            try await database.projects.update(enriched, by: ProjectFixtures.clerk)

            var changed = Self.sheetRow("IMP-001", "高端轴承项目", unit: zone, stage: .continuing, total: "22000")
            changed.annualPlans = [2027: 5000]
            let second = try await database.projects.importLedger(
                [changed, Self.sheetRow("IMP-002", "冷链物流园项目", unit: zone, stage: .preparing, total: "8000.5")],
                progress: [
                    ProjectProgressImport(
                        projectCode: "IMP-001", month: september, completedInvestment: 1300, progressNote: "主体施工"),
                    ProjectProgressImport(projectCode: "IMP-002", month: september, completedInvestment: 0),
                ], by: ProjectFixtures.clerk)
            #expect(second == ProjectImportResult(created: 0, updated: 1, unchanged: 1, progressEntries: 2))
            let updated = try #require(try await database.projects.find(code: "IMP-001"))
            #expect(updated.id == id)
            #expect(updated.stage == .continuing)
            #expect(updated.plannedInvestment == 22000)
            #expect(updated.investor == "洛阳精工集团")
            #expect(updated.annualPlans == [2026: 3000, 2027: 5000])
            let history = try await database.projects.stageHistory(projectID: id)
            #expect(history.map(\.to) == [.started, .continuing])
            #expect(history.last?.reason == "导入台账")
            let progress = try await database.projects.progress(projectID: id)
            #expect(progress.count == 1)
            #expect(progress.first?.completedInvestment == 1300)
            #expect(progress.first?.progressNote == "主体施工")
            #expect(try await database.projects.progress(month: september).count == 3)
            #expect(try await database.projects.yearToDate(through: september)[id]?.yearCompleted == 1300)
            #expect(try await database.projects.count() == 5)

            let audit = try await database.audit.history(entityType: "project", entityKey: "IMP-001")
            #expect(audit.map(\.action) == [.importFile, .update, .importFile])
            let progressAudit = try await database.audit.history(
                entityType: "projectProgress", entityKey: "IMP-001/2026-09")
            #expect(progressAudit.count == 2)
            #expect(progressAudit[1].before?.contains("1200") == true)
        }
    }

    @Test("an import is atomic: one bad project or entry stores nothing", arguments: TestEngine.all)
    func atomic(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let ledger = try await ProjectFixtures.seed(database)
            let zone = ledger.tree.zone.id
            let good = Self.sheetRow("IMP-101", "新建项目", unit: zone, stage: .started, total: "100")
            let month = Fixtures.month(2026, 9)
            var badUnit = Self.sheetRow("IMP-102", "组织不存在", unit: 99_999, stage: .started, total: "100")
            badUnit.plannedStart = nil
            await #expect(
                throws: ProjectStoreError.invalidField(project: "IMP-102", field: "所属组织", problem: "不存在（组织编号99999）")
            ) {
                try await database.projects.importLedger([good, badUnit], progress: [], by: ProjectFixtures.clerk)
            }
            // The projects are written before the progress; a bad entry rolls them back.
            await #expect(throws: ProjectStoreError.projectCodeNotFound("NOPE-1")) {
                try await database.projects.importLedger(
                    [good],
                    progress: [
                        ProjectProgressImport(projectCode: "IMP-101", month: month, completedInvestment: 1),
                        ProjectProgressImport(projectCode: "NOPE-1", month: month, completedInvestment: 1),
                    ], by: ProjectFixtures.clerk)
            }
            await #expect(throws: ProjectStoreError.self) {
                try await database.projects.importLedger(
                    [good],
                    progress: [
                        ProjectProgressImport(
                            projectCode: "IMP-101", month: month, completedInvestment: Fixtures.decimal("0.000000001"))
                    ], by: ProjectFixtures.clerk)
            }
            await #expect(throws: ProjectStoreError.duplicateInImport(code: "IMP-101")) {
                try await database.projects.importLedger([good, good], progress: [], by: ProjectFixtures.clerk)
            }
            var renamedA = ledger.a
            renamedA.name = "改名"
            await #expect(throws: ProjectStoreError.self) {
                try await database.projects.importLedger(
                    [renamedA, Self.sheetRow("", "无编号", unit: zone, stage: .started, total: "1")], progress: [],
                    by: ProjectFixtures.clerk)
            }
            #expect(try await database.projects.find(code: "IMP-101") == nil)
            #expect(try await database.projects.find(code: ledger.a.code)?.name == ledger.a.name)
            #expect(try await database.projects.count() == 3)
            #expect(try await database.projects.progress(month: month).isEmpty)
            #expect(try await database.audit.search(entityType: "projectProgress").isEmpty)
        }
    }

    @Test(
        "bulk seeding inserts projects with histories, progress, matters and follow-ups, unaudited",
        arguments: TestEngine.all)
    func bulk(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let projects = (0..<3).map { index in
                Project(
                    code: "SEED-\(index)", name: "种子项目\(index)", orgUnitID: tree.zone.id, stage: .continuing,
                    levels: index == 0 ? [.cityKey] : [], annualPlans: [2026: Decimal(1000 * (index + 1))])
            }
            var progress: [(projectIndex: Int, entry: ProjectProgress)] = []
            for index in 0..<3 {
                for month in 1...6 where !(index == 2 && month == 6) {
                    progress.append(
                        (
                            index,
                            ProjectProgress(
                                projectID: 0, month: Fixtures.month(2026, month),
                                completedInvestment: Decimal(month * (index + 1)),
                                fundsInPlace: 1)
                        ))
                }
            }
            let seed = ProjectSeed(
                projects: projects,
                histories: [
                    (0, ProjectStageChange(projectID: 0, from: nil, to: .signed, on: ProjectFixtures.day(2025, 1, 5))),
                    (
                        0,
                        ProjectStageChange(
                            projectID: 0, from: .signed, to: .continuing, on: ProjectFixtures.day(2025, 9, 1))
                    ),
                ],
                progress: progress,
                matters: [
                    (
                        1,
                        Matter(
                            orgUnitID: tree.zone.id, kind: .financing, description: "贷款未到位", ownerUnit: "金融办",
                            raisedOn: ProjectFixtures.day(2026, 2, 1))
                    )
                ],
                followUps: [
                    (
                        2,
                        ProjectFollowUp(projectID: 0, on: ProjectFixtures.day(2024, 12, 1), kind: "考察", summary: "实地考察")
                    )
                ])
            let ids = try await database.projects.bulkInsert(seed)
            #expect(ids.count == 3)
            #expect(Set(ids).count == 3)
            #expect(try await database.projects.find(id: ids[1])?.annualPlans == [2026: 2000])
            #expect(try await database.projects.list(ProjectFilter(level: .cityKey)).map(\.id) == [ids[0]])
            #expect(try await database.projects.stageHistory(projectID: ids[0]).map(\.to) == [.signed, .continuing])
            // 1—6月 of project 2: 3 × (1 + … + 5) = 45, silent in June.
            let june = try await database.projects.yearToDate(through: Fixtures.month(2026, 6))
            #expect(june[ids[0]]?.yearCompleted == 21)
            #expect(june[ids[1]]?.monthCompleted == 12)
            #expect(june[ids[2]]?.yearCompleted == 45)
            #expect(june[ids[2]]?.reportedThisMonth == false)
            #expect(june[ids[2]]?.yearFundsInPlace == 5)
            #expect(try await database.matters.list(projectIDs: [ids[1]]).map(\.description) == ["贷款未到位"])
            #expect(try await database.projects.followUps(projectID: ids[2]).count == 1)
            #expect(try await database.audit.count() == 0)
            await #expect(throws: ProjectStoreError.duplicateProjectCode("SEED-0")) {
                try await database.projects.bulkInsert(ProjectSeed(projects: [projects[0]]))
            }
        }
    }
}
