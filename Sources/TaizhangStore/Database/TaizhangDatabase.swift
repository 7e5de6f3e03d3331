import Foundation
import Logging
import NIOSSL
import PostgresKit
import SQLiteKit

/// The store: a connection pool to SQLite or PostgreSQL with the schema migrated, transactions, and one
/// repository per aggregate (`orgUnits`, `indicators`, `observations`, `targets`).
public final class TaizhangDatabase: Sendable {
    enum Backend: Sendable {
        /// One writer connection (transactions queue for it) and a few readers; `temporaryFile` is deleted at
        /// shutdown.
        case sqlite(writer: SQLiteConnectionPool, readers: SQLiteConnectionPool, temporaryFile: String?)
        /// PostgresNIO's pool, run by a task this object owns until `shutdown()`.
        case postgres(client: PostgresClient, runner: Task<Void, Never>)
    }

    let backend: Backend
    /// The location opened, with any password masked.
    public let locationDescription: String
    public let logger: Logger

    /// Which SQL engine is behind this store.
    public var engine: DatabaseEngine {
        switch backend {
        case .sqlite: .sqlite
        case .postgres: .postgres
        }
    }

    private init(backend: Backend, locationDescription: String, logger: Logger) {
        self.backend = backend
        self.locationDescription = locationDescription
        self.logger = logger
    }

    /// Opens the store at `location` and, unless `migrate` is false, brings its schema up to date.
    public static func open(
        _ location: DatabaseLocation, logger: Logger, migrate: Bool = true
    ) async throws -> TaizhangDatabase {
        let database: TaizhangDatabase
        switch location {
        case .sqlite(let path):
            database = openSQLite(path: path, temporary: false, location: location, logger: logger)
        case .sqliteInMemory:
            let path = FileManager.default.temporaryDirectory
                .appendingPathComponent("taizhang-\(UUID().uuidString).sqlite").path
            database = openSQLite(path: path, temporary: true, location: location, logger: logger)
        case .postgres(let url):
            let postgresURL = try PostgresURL(url)
            try await postgresURL.probe(logger: logger)
            let client = PostgresClient(
                configuration: postgresURL.clientConfiguration, eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
                backgroundLogger: logger)
            // Leasing before run() has started works but logs a warning; wait until the task is about to call it.
            let (started, signal) = AsyncStream<Void>.makeStream()
            let runner = Task {
                signal.finish()
                await client.run()
            }
            for await _ in started {}
            database = TaizhangDatabase(
                backend: .postgres(client: client, runner: runner), locationDescription: location.description,
                logger: logger)
        }
        do {
            // Fail early (bad path, server down) rather than on the first request.
            try await database.withConnection { sql in try await sql.raw("SELECT 1").run() }
            if migrate { try await database.migrate() }
        } catch {
            try? await database.shutdown()
            throw error
        }
        return database
    }

    private static func openSQLite(
        path: String, temporary: Bool, location: DatabaseLocation, logger: Logger
    ) -> TaizhangDatabase {
        TaizhangDatabase(
            backend: .sqlite(
                writer: SQLiteConnectionPool(path: path, maximumConnections: 1, logger: logger),
                readers: SQLiteConnectionPool(path: path, maximumConnections: 4, logger: logger),
                temporaryFile: temporary ? path : nil),
            locationDescription: location.description, logger: logger)
    }

    /// Closes every connection (and stops the PostgreSQL pool); the object is unusable afterwards.
    public func shutdown() async throws {
        switch backend {
        case .sqlite(let writer, let readers, let temporaryFile):
            await writer.shutdown()
            await readers.shutdown()
            if let temporaryFile {
                for suffix in ["", "-wal", "-shm"] {
                    try? FileManager.default.removeItem(atPath: temporaryFile + suffix)
                }
            }
        case .postgres(_, let runner):
            runner.cancel()
            await runner.value
        }
    }

    /// Runs `body` with a connection; inside `withTransaction` it is the transaction's connection. Plain reads
    /// belong here; writes belong in `withTransaction`.
    public func withConnection<R: Sendable>(_ body: (any SQLDatabase) async throws -> R) async throws -> R {
        if let context = TransactionContext.current, context.owner == ObjectIdentifier(self) {
            return try await body(context.database)
        }
        do {
            switch backend {
            case .sqlite(_, let readers, _):
                return try await readers.withConnection { connection in
                    do {
                        return try await body(connection.sql())
                    } catch {
                        throw LeasedWorkFailure(error: error)
                    }
                }
            case .postgres(let client, _):
                return try await client.withConnection { connection in
                    do {
                        return try await body(connection.sql())
                    } catch {
                        throw LeasedWorkFailure(error: error)
                    }
                }
            }
        } catch let failure as LeasedWorkFailure {
            throw EngineErrors.wrap(failure.error)
        } catch {
            throw EngineErrors.wrapConnectionFailure(error)
        }
    }

    /// Runs `body` in one transaction on one connection: committed when it returns, rolled back when it throws.
    /// Nested calls join the outer transaction. SQLite starts with `BEGIN IMMEDIATE` so that a transaction never
    /// has to upgrade a read lock and meet `SQLITE_BUSY`.
    public func withTransaction<R: Sendable>(_ body: (any SQLDatabase) async throws -> R) async throws -> R {
        if let context = TransactionContext.current, context.owner == ObjectIdentifier(self) {
            return try await body(context.database)
        }
        let owner = ObjectIdentifier(self)
        let logger = self.logger
        do {
            switch backend {
            case .sqlite(let writer, _, _):
                return try await writer.withConnection { connection in
                    do {
                        return try await Self.runTransaction(
                            on: connection.sql(), begin: "BEGIN IMMEDIATE", owner: owner, logger: logger, body)
                    } catch {
                        throw LeasedWorkFailure(error: error)
                    }
                }
            case .postgres(let client, _):
                return try await client.withConnection { connection in
                    do {
                        return try await Self.runTransaction(
                            on: connection.sql(), begin: "BEGIN", owner: owner, logger: logger, body)
                    } catch {
                        throw LeasedWorkFailure(error: error)
                    }
                }
            }
        } catch let failure as LeasedWorkFailure {
            throw EngineErrors.wrap(failure.error)
        } catch {
            throw EngineErrors.wrapConnectionFailure(error)
        }
    }

    nonisolated(nonsending) private static func runTransaction<R: Sendable>(
        on sql: any SQLDatabase, begin: String, owner: ObjectIdentifier, logger: Logger,
        _ body: (any SQLDatabase) async throws -> R
    ) async throws -> R {
        try await sql.raw("\(unsafeRaw: begin)").run()
        do {
            let result = try await TransactionContext.$current.withValue(
                TransactionContext(owner: owner, database: sql)
            ) {
                try await body(sql)
            }
            try await sql.raw("COMMIT").run()
            return result
        } catch {
            do {
                try await sql.raw("ROLLBACK").run()
            } catch let rollbackError {
                // Some failures (a lost connection, SQLITE_FULL) end the transaction themselves.
                logger.debug("rollback after failure did not run", metadata: ["error": "\(rollbackError)"])
            }
            throw error
        }
    }
}

/// Marks an error thrown by the work done on a leased connection, to tell it from a failure to get a connection
/// (such as PostgresNIO's connect circuit breaker, which is not a `PSQLError`).
struct LeasedWorkFailure: Error {
    let error: any Error
}

/// The transaction a task is inside, so that repositories called from `withTransaction` join it.
struct TransactionContext: Sendable {
    let owner: ObjectIdentifier
    let database: any SQLDatabase

    @TaskLocal static var current: TransactionContext?
}
