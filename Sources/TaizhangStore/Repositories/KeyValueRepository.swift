import Foundation
import SQLKit

/// Small expiring entries shared by every instance (web sessions behind a Hummingbird `PersistDriver`): text
/// values under unique keys, with an optional expiry time.
public struct KeyValueRepository: Sendable {
    let database: TaizhangDatabase

    /// Stores `value` under `key` only when no live entry has that key; returns whether it was stored.
    @discardableResult
    public func insert(key: String, value: String, expiresAt: Date? = nil) async throws -> Bool {
        let now = SQLValues.timestamp()
        return try await database.withTransaction { sql in
            if try await Self.live(key: key, now: now, on: sql) != nil { return false }
            try await Self.write(key: key, value: value, expiresAt: expiresAt, on: sql)
            return true
        }
    }

    /// Stores `value` under `key`, replacing any entry.
    public func set(key: String, value: String, expiresAt: Date? = nil) async throws {
        try await database.withTransaction { sql in
            try await Self.write(key: key, value: value, expiresAt: expiresAt, on: sql)
        }
    }

    /// The value under `key`, nil when missing or expired.
    public func get(key: String) async throws -> String? {
        let now = SQLValues.timestamp()
        return try await database.withConnection { sql in try await Self.live(key: key, now: now, on: sql) }
    }

    public func remove(key: String) async throws {
        try await database.withTransaction { sql in
            try await sql.delete(from: "key_values").where("key", .equal, key).run()
        }
    }

    /// Deletes expired entries (run now and then; reads ignore them anyway).
    public func removeExpired() async throws {
        let now = SQLValues.timestamp()
        try await database.withTransaction { sql in
            try await sql.delete(from: "key_values").where("expires_at", .lessThanOrEqual, now).run()
        }
    }

    private static func live(key: String, now: String, on sql: any SQLDatabase) async throws -> String? {
        // ISO-8601 UTC texts of one fixed format compare in time order.
        try await sql.raw(
            """
            SELECT value FROM key_values
            WHERE key = \(bind: key) AND (expires_at IS NULL OR expires_at > \(bind: now))
            """
        ).first()?.decode(column: "value", as: String.self)
    }

    private static func write(key: String, value: String, expiresAt: Date?, on sql: any SQLDatabase) async throws {
        let row: [any SQLExpression] = [
            SQLBind(key), SQLBind(value), SQLValues.bindOrNull(expiresAt.map { SQLValues.timestamp($0) }),
        ]
        try await sql.insert(into: "key_values").columns("key", "value", "expires_at").values(row)
            .onConflict(with: ["key"]) { $0.set(excludedValueOf: "value").set(excludedValueOf: "expires_at") }
            .run()
    }
}
