import Foundation
import Hummingbird
import TaizhangStore

/// Hummingbird's key/value persistence over our own database (`KeyValueRepository`), so that sessions survive a
/// restart and are shared by every instance on one PostgreSQL.
struct DatabasePersistDriver: PersistDriver {
    let keyValues: KeyValueRepository

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let stored = try await keyValues.insert(key: key, value: Self.encode(value), expiresAt: Self.date(expires))
        if !stored { throw PersistError.duplicate }
        // Expired sessions are never read, only kept; sweeping now and then on sign-in keeps the table small
        // without a timer on every instance.
        if UInt8.random(in: 0...63) == 0 { try? await keyValues.removeExpired() }
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        try await keyValues.set(key: key, value: Self.encode(value), expiresAt: Self.date(expires))
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        guard let text = try await keyValues.get(key: key) else { return nil }
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw PersistError.invalidConversion
        }
    }

    func remove(key: String) async throws {
        try await keyValues.remove(key: key)
    }

    private static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    private static func date(_ expires: Duration?) -> Date? {
        expires.map { Date().addingTimeInterval(TimeInterval($0.components.seconds)) }
    }
}
