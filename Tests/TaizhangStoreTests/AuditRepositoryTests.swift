import Foundation
import TaizhangCore
import Testing

@testable import TaizhangStore

@Suite("Audit repository")
struct AuditRepositoryTests {
    static let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    static func entry(
        _ key: String, user: String, unit: Int64?, at offset: TimeInterval, action: AuditAction = .update
    ) -> AuditEntry {
        AuditEntry(
            at: t0 + offset, actor: AuditActor(userID: nil, username: user), action: action, entityType: "observation",
            entityKey: key, orgUnitID: unit, month: Fixtures.month(2026, 10), before: #"{"monthly":"1"}"#,
            after: #"{"monthly":"2"}"#)
    }

    @Test("entries written in a transaction roll back with it", arguments: TestEngine.all)
    func sameTransaction(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let audit = AuditRepository(database: database)
            struct Abort: Error {}
            await #expect(throws: Abort.self) {
                try await database.withTransaction { sql in
                    try await audit.append([Self.entry("3/gdp/2026-10", user: "liping", unit: nil, at: 0)], on: sql)
                    throw Abort()
                }
            }
            #expect(try await audit.count() == 0)
            try await database.withTransaction { sql in
                try await audit.append([Self.entry("3/gdp/2026-10", user: "liping", unit: nil, at: 0)], on: sql)
            }
            #expect(try await audit.count() == 1)
        }
    }

    @Test("search filters by user, entity, unit, scope and time; history is oldest first", arguments: TestEngine.all)
    func search(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let audit = AuditRepository(database: database)
            let zone = tree.zone.id, park = tree.park.id
            try await audit.append([
                Self.entry("z/gdp", user: "liping", unit: zone, at: 0, action: .create),
                Self.entry("z/gdp", user: "wang", unit: zone, at: 60),
                Self.entry("p/gdp", user: "liping", unit: park, at: 120),
                Self.entry("z/gdp", user: "liping", unit: zone, at: 3600, action: .delete),
            ])
            let history = try await audit.history(entityType: "observation", entityKey: "z/gdp")
            #expect(history.map(\.action) == [.create, .update, .delete])
            #expect(history.map(\.username) == ["liping", "wang", "liping"])
            #expect(history[0].at == Self.t0)
            #expect(history[0].month == Fixtures.month(2026, 10))
            #expect(history[0].before == #"{"monthly":"1"}"#)

            #expect(try await audit.search(user: "liping").map(\.entityKey) == ["z/gdp", "p/gdp", "z/gdp"])
            #expect(try await audit.search(orgUnitID: park).count == 1)
            #expect(try await audit.search(orgUnitIDs: [park]).count == 1)
            #expect(try await audit.search(orgUnitIDs: []).isEmpty)
            #expect(
                try await audit.search(from: Self.t0 + 60, to: Self.t0 + 3600).map(\.username) == ["liping", "wang"])
            #expect(try await audit.search(limit: 2, offset: 1).map(\.username) == ["liping", "wang"])
            #expect(try await audit.count(user: "liping", entityKey: "z/gdp") == 2)
        }
    }

    @Test("before and after JSON is canonical (sorted keys)")
    func json() {
        struct Value: Encodable { var b = 2; var a = "甲/乙" }
        #expect(AuditEntry.json(Value()) == #"{"a":"甲/乙","b":2}"#)
        #expect(AuditAction.returnForRevision.displayName == "退回")
        #expect(AuditAction(WorkflowEventKind.reopen) == .reopen)
    }
}
