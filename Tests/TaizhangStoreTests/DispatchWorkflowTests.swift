import Foundation
import TaizhangCore
import Testing

@testable import TaizhangStore

@Suite("Dispatch workflow")
struct DispatchWorkflowTests {
    @Test("an approved dispatch month locks the zone's project progress, not the figures", arguments: TestEngine.all)
    func lock(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let ledger = try await ProjectFixtures.seed(database)
            let dispatch = database.dispatchWorkflow
            let zone = ledger.tree.zone
            let october = Fixtures.month(2026, 10)
            let a = try #require(ledger.a.id), b = try #require(ledger.b.id), c = try #require(ledger.c.id)
            try await database.projects.saveProgress(
                [ProjectProgress(projectID: a, month: october, completedInvestment: 100)], by: ProjectFixtures.clerk)

            try await dispatch.apply(
                .submit, orgUnitID: zone.id, month: october, expectedVersion: 0, by: ProjectFixtures.clerk)
            // Submitted is not locked yet.
            try await database.projects.saveProgress(
                [ProjectProgress(projectID: b, month: october, completedInvestment: 5)], by: ProjectFixtures.clerk)
            let approved = try await dispatch.apply(
                .approve, orgUnitID: zone.id, month: october, expectedVersion: 1,
                by: AuditActor(userID: nil, username: "reviewer"))
            #expect(approved.isLocked)

            // A project of the zone's park and one of the zone itself are locked; the other zone is not.
            let locked = ProjectStoreError.dispatchLocked(zone: zone.name, month: october)
            #expect(locked.userMessage.contains("河西经济技术开发区”2026年10月的月调度已审核锁定"))
            await #expect(throws: locked) {
                try await database.projects.saveProgress(
                    [ProjectProgress(projectID: a, month: october, completedInvestment: 120)], by: ProjectFixtures.clerk
                )
            }
            await #expect(throws: locked) {
                try await database.projects.saveProgress(
                    [
                        ProjectProgress(projectID: c, month: october, completedInvestment: 1),
                        ProjectProgress(projectID: b, month: october, completedInvestment: 6),
                    ], by: ProjectFixtures.clerk)
            }
            // Nothing of the refused batch was kept.
            #expect(try await database.projects.progress(month: october).map(\.completedInvestment) == [100, 5])
            try await database.projects.saveProgress(
                [
                    ProjectProgress(projectID: c, month: october, completedInvestment: 1),
                    ProjectProgress(projectID: a, month: october.next, completedInvestment: 1),
                ], by: ProjectFixtures.clerk)
            await #expect(throws: locked) {
                try await database.projects.importLedger(
                    [],
                    progress: [
                        ProjectProgressImport(projectCode: ledger.b.code, month: october, completedInvestment: 9)
                    ],
                    by: ProjectFixtures.clerk)
            }

            // The figures' workflow of the same unit and month is untouched, and the steps are the dispatch's own.
            #expect(try await database.periodWorkflow.state(orgUnitID: zone.id, month: october).version == 0)
            #expect(try await database.periodWorkflow.history(orgUnitID: zone.id, month: october).isEmpty)
            #expect(try await dispatch.history(orgUnitID: zone.id, month: october).map(\.event) == [.submit, .approve])
            let audit = try await database.audit.history(entityType: "dispatch", entityKey: "\(zone.id)/2026-10")
            #expect(audit.map(\.action) == [.submit, .approve])
            let statuses = try await dispatch.zoneStatuses(in: ledger.tree.city.id, month: october)
            #expect(statuses.map(\.zone.id) == [zone.id, ledger.otherZone.id])
            #expect(statuses.map(\.workflow.status) == [.approved, .draft])

            // Reopened: writable again.
            try await dispatch.apply(
                .reopen(reason: "项目投资数据需更正"), orgUnitID: zone.id, month: october, expectedVersion: 2,
                by: AuditActor(userID: nil, username: "reviewer"))
            try await database.projects.saveProgress(
                [ProjectProgress(projectID: a, month: october, completedInvestment: 120)], by: ProjectFixtures.clerk)
            #expect(
                try await database.projects.progress(month: october, projectIDs: [a]).first?.completedInvestment == 120)
        }
    }

    @Test("a project's dispatch unit is its nearest zone, else its own unit", arguments: TestEngine.all)
    func dispatchUnit(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let orgTree = OrgTree(try await database.orgUnits.all())
            #expect(ProjectRepository.dispatchUnit(of: tree.park.id, in: orgTree) == tree.zone.id)
            #expect(ProjectRepository.dispatchUnit(of: tree.zone.id, in: orgTree) == tree.zone.id)
            #expect(ProjectRepository.dispatchUnit(of: tree.district.id, in: orgTree) == tree.district.id)
        }
    }
}
