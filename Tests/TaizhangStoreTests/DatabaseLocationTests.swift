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
        let configuration = try PostgresURL.clientConfiguration(url: "postgres://tz:pw@127.0.0.1:6543/ledger")
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 6543)
        #expect(configuration.username == "tz")
        #expect(configuration.password == "pw")
        #expect(configuration.database == "ledger")
        #expect(throws: StoreError.self) { try PostgresURL.clientConfiguration(url: "postgres:///nohost") }
        #expect(
            PostgresURL.replacingDatabase(in: "postgres://tz@h:1/postgres", with: "other") == "postgres://tz@h:1/other")
    }
}
