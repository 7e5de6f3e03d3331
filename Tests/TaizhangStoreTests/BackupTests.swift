import Foundation
import SQLKit
import TaizhangCore
import Testing

@testable import TaizhangStore

@Suite("Backup and restore")
struct BackupTests {
    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("taizhang-\(name)-\(UUID().uuidString).sqlite")
            .path
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Every table's rows as text, ordered, for comparing two databases.
    static func contents(_ database: TaizhangDatabase) async throws -> [String: [String]] {
        try await database.withConnection { sql in
            let tables = try await sql.raw(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            ).all().map { try $0.decode(column: "name", as: String.self) }
            var result: [String: [String]] = [:]
            for table in tables {
                let rows = try await sql.raw("SELECT * FROM \(ident: table)").all()
                result[table] = try rows.map { row in
                    try row.allColumns.map { column in try Self.text(row, column) }.joined(separator: "|")
                }.sorted()
            }
            return result
        }
    }

    static func text(_ row: any SQLRow, _ column: String) throws -> String {
        if try row.decodeNil(column: column) { return "\(column)=NULL" }
        if let value = try? row.decode(column: column, as: Int64.self) { return "\(column)=\(value)" }
        if let value = try? row.decode(column: column, as: String.self) { return "\(column)=\(value)" }
        return "\(column)=\(try row.decode(column: column, as: Data.self).base64EncodedString())"
    }

    @Test("a backup taken while writes go on is consistent and restores to the same contents")
    func roundTrip() async throws {
        let source = Self.temporaryPath("source"), copy = Self.temporaryPath("backup")
        let midway = Self.temporaryPath("midway"), restored = Self.temporaryPath("restored")
        defer { for path in [source, copy, midway, restored] { Self.remove(path) } }
        let database = try await TaizhangDatabase.open(.sqlite(path: source), logger: TestDatabase.logger)
        do {
            let tree = try await Fixtures.seed(database)
            let audit = AuditRepository(database: database)
            // A writer appends audit entries in small transactions while the backup runs.
            let writer = Task {
                var written = 0
                while !Task.isCancelled && written < 5000 {
                    let entries = (0..<5).map { index in
                        AuditEntry(
                            actor: .system, action: .update, entityType: "observation",
                            entityKey: "k\(written + index)", orgUnitID: tree.zone.id)
                    }
                    try await audit.append(entries)
                    written += entries.count
                }
                return written
            }
            // Back up once the writer is under way, so the snapshot falls in the middle of its commits.
            while try await audit.count() < 100 { try await Task.sleep(for: .milliseconds(5)) }
            let summary = try await database.backup(to: midway)
            #expect(summary.bytes > 0)
            let written = try await writer.value
            #expect(written == 5000)

            // The midway snapshot is whole: intact, and holding complete transactions only (multiples of 5).
            let snapshot = try await TaizhangDatabase.open(
                .sqlite(path: midway), logger: TestDatabase.logger, migrate: false)
            let midwayCount = try await AuditRepository(database: snapshot).count()
            let integrity = try await snapshot.withConnection { sql in
                try await sql.raw("PRAGMA integrity_check").first()?.decode(column: "integrity_check", as: String.self)
            }
            try await snapshot.shutdown()
            #expect(integrity == "ok")
            #expect(midwayCount % 5 == 0)
            #expect(midwayCount >= 100)
            #expect(midwayCount < 5000)

            try await database.backup(to: copy)
            await #expect(throws: BackupError.destinationExists(copy)) { try await database.backup(to: copy) }
            let expected = try await Self.contents(database)
            #expect(expected["audit_entries"]?.count == 5000)
            #expect(expected["org_units"]?.count == 4)

            let result = try await TaizhangDatabase.restore(from: copy, to: restored, logger: TestDatabase.logger)
            #expect(result.previousFile == nil)
            #expect(result.appliedMigrations == Schema.steps.map(\.name))
            let back = try await TaizhangDatabase.open(.sqlite(path: restored), logger: TestDatabase.logger)
            let actual = try await Self.contents(back)
            try await back.shutdown()
            #expect(actual == expected)
            try await database.shutdown()
        } catch {
            try? await database.shutdown()
            throw error
        }
    }

    @Test("restore replaces a stopped database, keeps the old file aside, and refuses a database in use")
    func replace() async throws {
        let first = Self.temporaryPath("first"), second = Self.temporaryPath("second"),
            copy = Self.temporaryPath("copy")
        defer { for path in [first, second, copy] { Self.remove(path) } }
        let a = try await TaizhangDatabase.open(.sqlite(path: first), logger: TestDatabase.logger)
        try await a.orgUnits.create(code: "A", name: "甲市", kind: .city)
        try await a.backup(to: copy)
        try await a.shutdown()
        let b = try await TaizhangDatabase.open(.sqlite(path: second), logger: TestDatabase.logger)
        try await b.orgUnits.create(code: "B", name: "乙市", kind: .city)

        // While `b` is open its -wal file exists: the restore refuses and changes nothing.
        await #expect(throws: BackupError.targetInUse(second)) {
            try await TaizhangDatabase.restore(from: copy, to: second, logger: TestDatabase.logger)
        }
        #expect(try await b.orgUnits.all().map(\.code) == ["B"])
        try await b.shutdown()

        let result = try await TaizhangDatabase.restore(from: copy, to: second, logger: TestDatabase.logger)
        let aside = try #require(result.previousFile)
        defer { Self.remove(aside) }
        let restored = try await TaizhangDatabase.open(.sqlite(path: second), logger: TestDatabase.logger)
        #expect(try await restored.orgUnits.all().map(\.code) == ["A"])
        try await restored.shutdown()
        let old = try await TaizhangDatabase.open(.sqlite(path: aside), logger: TestDatabase.logger)
        #expect(try await old.orgUnits.all().map(\.code) == ["B"])
        try await old.shutdown()
    }

    @Test("restore refuses what is not a sound Taizhang backup and leaves the target alone")
    func refusals() async throws {
        let target = Self.temporaryPath("target"), junk = Self.temporaryPath("junk"),
            foreign = Self.temporaryPath("foreign")
        defer { for path in [target, junk, foreign] { Self.remove(path) } }
        await #expect(throws: BackupError.backupNotFound(junk)) {
            try await TaizhangDatabase.restore(from: junk, to: target, logger: TestDatabase.logger)
        }
        try Data("这不是数据库".utf8).write(to: URL(fileURLWithPath: junk))
        await #expect(throws: BackupError.self) {
            try await TaizhangDatabase.restore(from: junk, to: target, logger: TestDatabase.logger)
        }
        // An SQLite file without schema_migrations.
        let other = try await TaizhangDatabase.open(.sqlite(path: foreign), logger: TestDatabase.logger, migrate: false)
        try await other.withTransaction { sql in try await sql.raw("CREATE TABLE t (x INTEGER)").run() }
        try await other.shutdown()
        await #expect(throws: BackupError.notATaizhangBackup(foreign)) {
            try await TaizhangDatabase.restore(from: foreign, to: target, logger: TestDatabase.logger)
        }
        #expect(!FileManager.default.fileExists(atPath: target))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
            .filter { $0.hasPrefix(URL(fileURLWithPath: target).lastPathComponent) }
        #expect(leftovers.isEmpty)
    }

    @Test(
        "PostgreSQL backups are refused with a pointer to pg_dump", arguments: TestEngine.all.filter { $0 == .postgres }
    )
    func postgres(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            await #expect(throws: BackupError.postgresUsesPgDump) {
                try await database.backup(to: Self.temporaryPath("pg"))
            }
        }
        #expect(BackupError.postgresUsesPgDump.userMessage.contains("pg_dump"))
    }
}
