import Foundation
import TaizhangCore
import Testing

@testable import TaizhangStore

@Suite("Schema migrations")
struct MigrationTests {
    @Test("open migrates once; migrating again changes nothing", arguments: TestEngine.all)
    func migrationsAreIdempotent(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let expected = Schema.steps.map(\.name)
            #expect(
                Array(expected.prefix(5))
                    == ["001_org_units", "002_indicators", "003_observations", "004_targets", "005_key_values"])
            #expect(expected == expected.sorted(), "step names sort in the order the steps run")
            #expect(try await database.appliedMigrations() == expected)
            #expect(try await database.migrate() == [])
            #expect(try await database.migrate() == [])
            #expect(try await database.appliedMigrations() == expected)
            #expect(try await database.observations.count() == 0)
            #expect(database.engine.rawValue == engine.rawValue)
        }
    }

    @Test("data survives reopening a SQLite file, and the reopened schema is not migrated twice")
    func reopenKeepsDataAndSchema() async throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("taizhang-reopen-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let first = try await TaizhangDatabase.open(.sqlite(path: path), logger: TestDatabase.logger)
        try await first.orgUnits.create(code: "HX", name: "河西市", kind: .city)
        try await first.shutdown()

        let second = try await TaizhangDatabase.open(.sqlite(path: path), logger: TestDatabase.logger)
        #expect(try await second.migrate() == [])
        #expect(try await second.orgUnits.find(code: "HX")?.name == "河西市")
        try await second.shutdown()
    }

    @Test("a temporary SQLite database is shared by concurrent readers and writers")
    func temporaryDatabaseSupportsConcurrency() async throws {
        let database = try await TaizhangDatabase.open(.sqliteInMemory, logger: TestDatabase.logger)
        try await database.indicators.upsertAll(Fixtures.indicators)
        let city = try await database.orgUnits.create(code: "HX", name: "河西市", kind: .city)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for month in 1...12 {
                group.addTask {
                    try await database.observations.upsert(
                        [
                            Observation(
                                indicatorCode: "gdp", orgUnitID: city.id, month: Fixtures.month(2024, month),
                                monthly: Decimal(month))
                        ],
                        indicators: Fixtures.catalogue)
                    _ = try await database.observations.count()
                }
            }
            try await group.waitForAll()
        }
        #expect(try await database.observations.count() == 12)
        try await database.shutdown()
    }
}
