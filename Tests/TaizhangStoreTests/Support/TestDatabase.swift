import Foundation
import Logging
import TaizhangCore
import Testing

@testable import TaizhangStore

/// The engines a store test runs against: SQLite always; PostgreSQL when `TAIZHANG_TEST_POSTGRES_URL` is set, and
/// in CI always (where a missing server is a failure, not a skip).
enum TestEngine: String, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    static let postgresURL: String? = {
        let value = ProcessInfo.processInfo.environment["TAIZHANG_TEST_POSTGRES_URL"] ?? ""
        return value.isEmpty ? nil : value
    }()

    static let isCI = ProcessInfo.processInfo.environment["CI"] != nil

    static var all: [TestEngine] { postgresURL != nil || isCI ? [.sqlite, .postgres] : [.sqlite] }

    var testDescription: String { rawValue }
}

struct MissingPostgresServer: Error, CustomStringConvertible {
    var description: String {
        "CI is set but TAIZHANG_TEST_POSTGRES_URL is not: run the tests through scripts/with-postgres.sh"
    }
}

enum TestDatabase {
    static let logger: Logger = {
        var logger = Logger(label: "taizhang.store.tests")
        logger.logLevel = .warning
        return logger
    }()

    /// Runs `body` with a fresh, migrated database: a temporary SQLite file, or a new PostgreSQL database created
    /// for this test and dropped afterwards.
    static func with(_ engine: TestEngine, _ body: (TaizhangDatabase) async throws -> Void) async throws {
        switch engine {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory
                .appendingPathComponent("taizhang-test-\(UUID().uuidString).sqlite").path
            defer {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
            try await run(.sqlite(path: path), body)
        case .postgres:
            guard let baseURL = TestEngine.postgresURL else { throw MissingPostgresServer() }
            let name = "taizhang_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            let admin = try await TaizhangDatabase.open(.postgres(url: baseURL), logger: logger, migrate: false)
            do {
                try await admin.withConnection { sql in try await sql.raw("CREATE DATABASE \(ident: name)").run() }
                let url = try #require(PostgresURL.replacingDatabase(in: baseURL, with: name))
                var failure: (any Error)?
                do {
                    try await run(.postgres(url: url), body)
                } catch {
                    failure = error
                }
                try await admin.withConnection { sql in
                    try await sql.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run()
                }
                try await admin.shutdown()
                if let failure { throw failure }
            } catch {
                try? await admin.shutdown()
                throw error
            }
        }
    }

    private static func run(
        _ location: DatabaseLocation, _ body: (TaizhangDatabase) async throws -> Void
    ) async throws {
        let database = try await TaizhangDatabase.open(location, logger: logger)
        do {
            try await body(database)
            try await database.shutdown()
        } catch {
            try? await database.shutdown()
            throw error
        }
    }
}
