import Foundation
import Testing

@testable import TaizhangStore

@Suite("Database locations")
struct DatabaseLocationTests {
    @Test("URLs choose PostgreSQL, anything else is an SQLite path")
    func parsing() {
        #expect(DatabaseLocation.parse("postgres://u:p@db:5432/tz") == .postgres(url: "postgres://u:p@db:5432/tz"))
        #expect(DatabaseLocation.parse("postgresql://db/tz") == .postgres(url: "postgresql://db/tz"))
        #expect(DatabaseLocation.parse("PostgreSQL://db/tz").engine == .postgres)
        #expect(DatabaseLocation.parse("data/taizhang.sqlite") == .sqlite(path: "data/taizhang.sqlite"))
        #expect(DatabaseLocation.parse("  /var/lib/tz.db ") == .sqlite(path: "/var/lib/tz.db"))
        #expect(DatabaseLocation.parse("sqlite://x.sqlite") == .sqlite(path: "x.sqlite"))
        #expect(DatabaseLocation.parse(":memory:") == .sqliteInMemory)
        #expect(DatabaseLocation.parse("") == .sqlite(path: "taizhang.sqlite"))
    }

    @Test("the description for logs hides the password")
    func descriptionMasksPassword() {
        let location = DatabaseLocation.postgres(url: "postgres://taizhang:secret@db:5432/tz")
        #expect(!location.description.contains("secret"))
        #expect(location.description.contains("db:5432/tz"))
    }

    @Test("PostgreSQL URLs become client configurations; bad ones are refused in Chinese")
    func postgresConfiguration() throws {
        let configuration = try PostgresURL("postgres://tz:pw@127.0.0.1:6543/ledger").clientConfiguration
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 6543)
        #expect(configuration.username == "tz")
        #expect(configuration.password == "pw")
        #expect(configuration.database == "ledger")
        #expect(configuration.options.connectTimeout == .seconds(10))
        let quick = try PostgresURL("postgresql://tz@db/ledger?connect_timeout=3").clientConfiguration
        #expect(quick.options.connectTimeout == .seconds(3))
        #expect(quick.port == 5432)
        #expect(throws: StoreError.self) { try PostgresURL("postgres:///nohost") }
        #expect(
            PostgresURL.replacingDatabase(in: "postgres://tz@h:1/postgres", with: "other") == "postgres://tz@h:1/other")
    }

    @Test("an unusable SQLite path fails open with the generic Chinese message")
    func unusableSQLitePath() async throws {
        let error = await #expect(throws: StoreError.self) {
            try await TaizhangDatabase.open(
                .sqlite(path: "/nonexistent-dir-\(UUID().uuidString)/x.sqlite"), logger: TestDatabase.logger)
        }
        #expect(error?.userMessage == "数据库操作失败，请稍后重试或联系管理员。")
    }

    @Test("an unreachable PostgreSQL server fails open instead of waiting for ever")
    func unreachablePostgres() async throws {
        // Port 1 on loopback refuses connections; open probes once instead of letting the pool retry for a minute.
        let error = await #expect(throws: StoreError.self) {
            try await TaizhangDatabase.open(
                .postgres(url: "postgres://taizhang@127.0.0.1:1/none?sslmode=disable"), logger: TestDatabase.logger)
        }
        #expect(error?.description.contains("cannot connect to PostgreSQL at 127.0.0.1:1") == true)
        #expect(error?.userMessage == "数据库操作失败，请稍后重试或联系管理员。")
    }
}
