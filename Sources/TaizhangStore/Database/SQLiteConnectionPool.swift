import Logging
import NIOCore
import NIOPosix
import SQLiteKit

/// A small pool of SQLite connections to one file, each configured for concurrent use (WAL, busy timeout,
/// foreign keys, `synchronous=NORMAL`). The store keeps two: a pool of one for the single writer and a few
/// readers, so writers queue in Swift instead of spinning in SQLite's busy handler on the 2-thread NIO pool.
actor SQLiteConnectionPool {
    private let path: String
    private let maximumConnections: Int
    private let logger: Logger
    private var idle: [SQLiteConnection] = []
    private var openConnections = 0
    private var waiters: [CheckedContinuation<SQLiteConnection, any Error>] = []
    private var isShutDown = false

    init(path: String, maximumConnections: Int, logger: Logger) {
        self.path = path
        self.maximumConnections = maximumConnections
        self.logger = logger
    }

    /// Runs `body` with a connection of this pool; the connection returns to the pool afterwards.
    nonisolated func withConnection<R: Sendable>(
        _ body: (SQLiteConnection) async throws -> R
    ) async throws -> R {
        let connection = try await lease()
        do {
            let result = try await body(connection)
            await release(connection)
            return result
        } catch {
            await release(connection)
            throw error
        }
    }

    func lease() async throws -> SQLiteConnection {
        guard !isShutDown else { throw StoreError.closed }
        if let connection = idle.popLast() { return connection }
        if openConnections < maximumConnections {
            openConnections += 1
            do {
                return try await Self.open(path: path, logger: logger)
            } catch {
                openConnections -= 1
                throw EngineErrors.wrap(error)
            }
        }
        return try await withCheckedThrowingContinuation { waiters.append($0) }
    }

    func release(_ connection: SQLiteConnection) async {
        if isShutDown {
            openConnections -= 1
            try? await connection.close()
        } else if !waiters.isEmpty {
            waiters.removeFirst().resume(returning: connection)
        } else {
            idle.append(connection)
        }
    }

    /// Closes idle connections now and leased ones when they come back.
    func shutdown() async {
        isShutDown = true
        let pending = waiters
        waiters = []
        for waiter in pending { waiter.resume(throwing: StoreError.closed) }
        let connections = idle
        idle = []
        for connection in connections {
            openConnections -= 1
            try? await connection.close()
        }
    }

    private static func open(path: String, logger: Logger) async throws -> SQLiteConnection {
        let connection = try await SQLiteConnection.open(
            storage: .file(path: path), threadPool: .singleton, logger: logger,
            on: MultiThreadedEventLoopGroup.singleton.any())
        do {
            // busy_timeout replaces SQLiteNIO's spin-forever busy handler with a bounded wait. A 32 MB page cache
            // and in-memory statement journals keep a 100,000-row import from spilling pages to disk mid-transaction.
            for pragma in [
                "PRAGMA busy_timeout = 10000", "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -32768", "PRAGMA temp_store = MEMORY",
            ] {
                try await connection.query(pragma, []) { _ in }
            }
        } catch {
            try? await connection.close()
            throw error
        }
        return connection
    }
}
