import SQLKit
import SQLiteKit
import Synchronization

/// A result row of the ledger's bulk reads (every project, every progress row of a month). On SQLite the values
/// come straight from SQLiteNIO's row: SQLKit's `decode(column:as:)` goes through a Codable decoder per value,
/// which dominated reading 50,000 projects of 33 columns. Elsewhere (PostgreSQL, inside a transaction) it reads
/// through SQLKit.
struct ProjectRowReader {
    private enum Storage {
        case sqlite(SQLiteRow)
        case sql(any SQLRow)
    }

    private let storage: Storage

    init(_ row: any SQLRow) { storage = .sql(row) }
    private init(sqlite row: SQLiteRow) { storage = .sqlite(row) }

    /// Runs the read-only query that `build` makes for the connection's dialect: on SQLite, outside a
    /// transaction of this database, on a reader connection without SQLKit's row decoding; otherwise through
    /// `database.withConnection` (joining the caller's transaction).
    static func rows(
        _ database: TaizhangDatabase, _ build: (any SQLDatabase) -> any SQLExpression
    ) async throws -> [ProjectRowReader] {
        if case .sqlite(_, let readers, _) = database.backend,
            TransactionContext.current?.owner != ObjectIdentifier(database)
        {
            do {
                return try await readers.withConnection { connection in
                    let sql = connection.sql()
                    var serializer = SQLSerializer(database: sql)
                    build(sql).serialize(to: &serializer)
                    let encoder = SQLiteDataEncoder()
                    let binds = try serializer.binds.map { try encoder.encode($0) }
                    // The connection's own row-callback query runs on its thread pool and hands rows over as
                    // they are stepped; the generic `query(_:_:)` would schedule one event-loop task per row.
                    let collected = CollectedRows()
                    try await connection.query(serializer.sql, binds) { row in
                        collected.rows.withLock { $0.append(ProjectRowReader(sqlite: row)) }
                    }
                    return collected.rows.withLock { $0 }
                }
            } catch {
                throw EngineErrors.wrap(error)
            }
        }
        return try await database.withConnection { sql in
            try await sql.raw("\(build(sql))").all().map(ProjectRowReader.init)
        }
    }

    /// `rows` for a fixed query text.
    static func rows(_ database: TaizhangDatabase, _ query: SQLQueryString) async throws -> [ProjectRowReader] {
        try await rows(database) { _ in query }
    }

    func int64(_ column: String) throws -> Int64 {
        guard let value = try optionalInt64(column) else { throw StoreError.engine("NULL in column \(column)") }
        return value
    }

    func int(_ column: String) throws -> Int { Int(try int64(column)) }

    func optionalInt64(_ column: String) throws -> Int64? {
        switch storage {
        case .sqlite(let row):
            switch row.column(column) {
            case .integer(let value): return Int64(value)
            case .null: return nil
            case let other: throw StoreError.engine("unexpected \(String(describing: other)) in column \(column)")
            }
        case .sql(let row): return try row.optionalInt64(column)
        }
    }

    func string(_ column: String) throws -> String {
        guard let value = try optionalString(column) else { throw StoreError.engine("NULL in column \(column)") }
        return value
    }

    func optionalString(_ column: String) throws -> String? {
        switch storage {
        case .sqlite(let row):
            switch row.column(column) {
            case .text(let value): return value
            case .null: return nil
            case let other: throw StoreError.engine("unexpected \(String(describing: other)) in column \(column)")
            }
        case .sql(let row): return try row.optionalString(column)
        }
    }

    func bool(_ column: String) throws -> Bool {
        switch storage {
        case .sqlite(let row):
            guard case .integer(let value) = row.column(column) else {
                throw StoreError.engine("unexpected value in boolean column \(column)")
            }
            return value != 0
        case .sql(let row): return try row.decode(column: column, as: Bool.self)
        }
    }
}

/// Rows handed over by SQLiteNIO's row callback, which runs on a thread-pool thread.
private final class CollectedRows: Sendable {
    let rows = Mutex<[ProjectRowReader]>([])
}
