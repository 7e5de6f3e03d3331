import Foundation
import TaizhangCore
import Testing

@testable import TaizhangStore

@Suite("Period workflow repository")
struct PeriodWorkflowRepositoryTests {
    static let clerk = AuditActor(userID: nil, username: "liping")
    static let reviewer = AuditActor(userID: nil, username: "reviewer")

    @Test(
        "submit, return, submit, approve, reopen: versions, history, audit and observation status",
        arguments: TestEngine.all)
    func round(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let workflow = PeriodWorkflowRepository(database: database)
            let month = Fixtures.month(2026, 10)
            let zone = tree.zone.id
            try await database.observations.upsert(
                [
                    Observation(indicatorCode: "gdp", orgUnitID: zone, month: month, monthly: Fixtures.decimal("12.5"))
                ], indicators: Fixtures.catalogue)
            #expect(try await workflow.state(orgUnitID: zone, month: month).version == 0)

            var state = try await workflow.apply(
                .submit, orgUnitID: zone, month: month, expectedVersion: 0, by: Self.clerk)
            #expect(state.status == .submitted)
            #expect(state.version == 1)
            state = try await workflow.apply(
                .returnForRevision(reason: "工业产值漏报"), orgUnitID: zone, month: month, expectedVersion: 1,
                by: Self.reviewer)
            #expect(state.status == .draft)
            #expect(state.reason == "工业产值漏报")
            state = try await workflow.apply(.submit, orgUnitID: zone, month: month, expectedVersion: 2, by: Self.clerk)
            state = try await workflow.apply(
                .approve, orgUnitID: zone, month: month, expectedVersion: 3, by: Self.reviewer)
            #expect(state.isLocked)
            let stored = try await workflow.state(orgUnitID: zone, month: month)
            #expect(stored.status == .approved)
            #expect(stored.version == 4)
            #expect(stored.updatedBy == "reviewer")
            let observation = try await database.observations.month(orgUnitID: zone, month: month)
            #expect(observation.first?.status == .approved)

            // The zone's approval locks its park's month too, and nothing else.
            let locks = try await database.withTransaction { sql in
                [
                    try await workflow.lockingUnit(orgUnitID: tree.park.id, month: month, on: sql),
                    try await workflow.lockingUnit(orgUnitID: tree.district.id, month: month, on: sql),
                    try await workflow.lockingUnit(orgUnitID: zone, month: month.next, on: sql),
                ]
            }
            #expect(locks == [zone, nil, nil])
            await #expect(throws: AccessStoreError.periodLocked(unit: tree.zone.name, month: month)) {
                try await database.withTransaction { sql in
                    try await workflow.requireUnlocked(orgUnitID: tree.park.id, month: month, on: sql)
                }
            }

            await #expect(throws: WorkflowError.self) {
                try await workflow.apply(.submit, orgUnitID: zone, month: month, expectedVersion: 4, by: Self.clerk)
            }
            await #expect(throws: WorkflowError.self) {
                try await workflow.apply(
                    .reopen(reason: "错"), orgUnitID: zone, month: month, expectedVersion: 4, by: Self.reviewer)
            }
            state = try await workflow.apply(
                .reopen(reason: "统计局反馈需更正"), orgUnitID: zone, month: month, expectedVersion: 4, by: Self.reviewer)
            #expect(!state.isLocked)

            let history = try await workflow.history(orgUnitID: zone, month: month)
            #expect(history.map(\.event) == [.submit, .returnForRevision, .submit, .approve, .reopen])
            #expect(history.map(\.to) == [.submitted, .draft, .submitted, .approved, .draft])
            #expect(history.map(\.version) == [1, 2, 3, 4, 5])
            #expect(history.last?.reason == "统计局反馈需更正")
            let audit = try await AuditRepository(database: database).history(
                entityType: "period", entityKey: "\(zone)/2026-10")
            #expect(audit.map(\.action) == [.submit, .returnForRevision, .submit, .approve, .reopen])
            #expect(audit[1].reason == "工业产值漏报")
            #expect(audit[3].after == #"{"status":"approved","version":"4"}"#)
        }
    }

    @Test("a stale version is refused with a conflict, on the first step and on later ones", arguments: TestEngine.all)
    func conflicts(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let workflow = PeriodWorkflowRepository(database: database)
            let month = Fixtures.month(2026, 9)
            try await workflow.apply(.submit, orgUnitID: tree.zone.id, month: month, expectedVersion: 0, by: Self.clerk)
            await #expect(
                throws: AccessStoreError.workflowConflict(
                    unit: tree.zone.name, month: month, expected: 0, actual: 1, by: "liping")
            ) {
                try await workflow.apply(
                    .approve, orgUnitID: tree.zone.id, month: month, expectedVersion: 0, by: Self.reviewer)
            }
            // Two reviewers who both saw version 1: exactly one wins.
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for event in [WorkflowEvent.approve, .returnForRevision(reason: "数据需要核实")] {
                    group.addTask {
                        (try? await workflow.apply(
                            event, orgUnitID: tree.zone.id, month: month, expectedVersion: 1, by: Self.reviewer)) != nil
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(try await workflow.state(orgUnitID: tree.zone.id, month: month).version == 2)
            #expect(try await workflow.history(orgUnitID: tree.zone.id, month: month).count == 2)
        }
    }

    @Test("the city's review list: every zone with its state, late ones marked", arguments: TestEngine.all)
    func zoneList(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let other = try await database.orgUnits.create(
                code: "HX-GX", name: "高新区", kind: .zone, parentID: tree.district.id)
            let workflow = PeriodWorkflowRepository(database: database)
            let month = Fixtures.month(2026, 10)
            try await workflow.apply(.submit, orgUnitID: tree.zone.id, month: month, expectedVersion: 0, by: Self.clerk)
            let deadline = Date(timeIntervalSince1970: 1_800_000_000)
            let rows = try await workflow.zoneStatuses(
                in: tree.city.id, month: month, deadline: deadline, now: deadline + 1)
            #expect(rows.map(\.zone.id) == [tree.zone.id, other.id])
            #expect(rows.map(\.workflow.status) == [.submitted, .draft])
            #expect(rows.map(\.isLate) == [false, true])
            let early = try await workflow.zoneStatuses(
                in: tree.city.id, month: month, deadline: deadline, now: deadline - 1)
            #expect(early.allSatisfy { !$0.isLate })
        }
    }
}
