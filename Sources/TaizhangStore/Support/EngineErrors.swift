import PostgresKit
import SQLiteKit

/// Engine errors carry driver types that callers should not need to know; they become `StoreError.engine`.
enum EngineErrors {
    static func wrap(_ error: any Error) -> any Error {
        switch error {
        case let error as SQLiteError: StoreError.engine("SQLite: \(error.reason): \(error.message)")
        case let error as PSQLError: StoreError.engine(String(reflecting: error))
        default: error
        }
    }

    /// A failure to obtain a connection, whatever its type, becomes an engine error; cancellation stays itself.
    static func wrapConnectionFailure(_ error: any Error) -> any Error {
        switch error {
        case is CancellationError, is StoreError: error
        default: StoreError.engine("cannot get a database connection: \(String(reflecting: error))")
        }
    }

    /// Whether the error is a unique-key violation, the fallback when two writers race past a pre-check.
    static func isUniqueViolation(_ error: any Error) -> Bool {
        switch error {
        case let error as SQLiteError:
            error.reason == .constraintUniqueFailed || error.reason == .constraintPrimaryKeyFailed
        case let error as PSQLError: error.serverInfo?[.sqlState] == "23505"
        default: false
        }
    }
}
