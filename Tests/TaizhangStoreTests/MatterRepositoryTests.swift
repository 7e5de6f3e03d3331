import Foundation
import TaizhangCore
import Testing

@testable import TaizhangStore

@Suite("Matter repository")
struct MatterRepositoryTests {
    @Test("create, resolve, list by project, unit and status; audit", arguments: TestEngine.all)
    func lifecycle(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let ledger = try await ProjectFixtures.seed(database)
            let matters = database.matters
            let a = try #require(ledger.a.id), b = try #require(ledger.b.id)
            let land = try await matters.create(
                Matter(
                    projectID: a, orgUnitID: ledger.tree.park.id, kind: .land, description: "二期用地指标未落实",
                    ownerUnit: "市自然资源局", raisedOn: ProjectFixtures.day(2026, 3, 10),
                    deadline: ProjectFixtures.day(2026, 6, 30)), by: ProjectFixtures.clerk)
            let power = try await matters.create(
                Matter(
                    projectID: b, orgUnitID: ledger.tree.zone.id, kind: .power, description: "双回路供电未接入",
                    ownerUnit: "国网河西供电公司", raisedOn: ProjectFixtures.day(2026, 2, 1)), by: ProjectFixtures.clerk)
            let general = try await matters.create(
                Matter(
                    orgUnitID: ledger.otherZone.id, kind: .other, description: "园区污水管网待完善", ownerUnit: "高新区建设局",
                    raisedOn: ProjectFixtures.day(2026, 4, 1)), by: ProjectFixtures.clerk)
            let landID = try #require(land.id)
            #expect(try await matters.find(id: landID) == land)

            var resolved = land
            resolved.status = .resolved
            resolved.resolvedOn = ProjectFixtures.day(2026, 5, 20)
            resolved.resolution = "市政府专题会议调剂用地指标120亩"
            try await matters.update(resolved, by: AuditActor(userID: nil, username: "wangfang"))
            let stored = try #require(try await matters.find(id: landID))
            #expect(stored.status == .resolved)
            #expect(stored.resolvedOn == ProjectFixtures.day(2026, 5, 20))
            #expect(stored.resolution == "市政府专题会议调剂用地指标120亩")

            // Ordered by the day raised.
            #expect(try await matters.list() == [power, stored, general])
            #expect(try await matters.list(projectIDs: [a]) == [stored])
            #expect(try await matters.list(projectIDs: []) == [])
            #expect(
                try await matters.list(orgUnitIDs: [ledger.tree.zone.id, ledger.otherZone.id]) == [power, general])
            #expect(try await matters.list(status: .open) == [power, general])
            #expect(try await matters.list(projectIDs: [a, b], status: .resolved) == [stored])

            let audit = try await database.audit.history(entityType: "matter", entityKey: String(landID))
            #expect(audit.map(\.action) == [.create, "resolve"])
            #expect(audit[1].username == "wangfang")
            #expect(audit[1].orgUnitID == ledger.tree.park.id)

            await #expect(throws: ProjectStoreError.projectNotFound(id: 9999)) {
                try await matters.create(
                    Matter(
                        projectID: 9999, orgUnitID: ledger.tree.zone.id, kind: .water, description: "供水",
                        ownerUnit: "水务局", raisedOn: ProjectFixtures.day(2026, 1, 1)), by: ProjectFixtures.clerk)
            }
            await #expect(throws: StoreError.emptyField("问题描述")) {
                try await matters.create(
                    Matter(
                        orgUnitID: ledger.tree.zone.id, kind: .water, description: "  ", ownerUnit: "水务局",
                        raisedOn: ProjectFixtures.day(2026, 1, 1)), by: ProjectFixtures.clerk)
            }
            var missing = general
            missing.id = 123_456
            await #expect(throws: ProjectStoreError.matterNotFound(id: 123_456)) {
                try await matters.update(missing, by: ProjectFixtures.clerk)
            }
        }
    }
}
