import Foundation
import Testing

@testable import TaizhangStore

@Suite("Key-value repository")
struct KeyValueRepositoryTests {
    @Test("entries are inserted once, replaced by set, expire, and are removed", arguments: TestEngine.all)
    func lifecycle(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let entries = database.keyValues
            #expect(try await entries.insert(key: "session.a", value: #"{"user":1}"#, expiresAt: Date() + 3600))
            #expect(!(try await entries.insert(key: "session.a", value: "other")))
            #expect(try await entries.get(key: "session.a") == #"{"user":1}"#)

            try await entries.set(key: "session.a", value: "replaced")
            #expect(try await entries.get(key: "session.a") == "replaced")

            try await entries.set(key: "session.old", value: "stale", expiresAt: Date() - 60)
            #expect(try await entries.get(key: "session.old") == nil)
            // An expired entry does not block a new one under its key.
            #expect(try await entries.insert(key: "session.old", value: "fresh", expiresAt: Date() + 60))
            #expect(try await entries.get(key: "session.old") == "fresh")

            try await entries.set(key: "session.gone", value: "x", expiresAt: Date() - 1)
            try await entries.removeExpired()
            let remaining = try await database.withConnection { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM key_values").first()?.decode(column: "n", as: Int.self)
            }
            #expect(remaining == 2)

            try await entries.remove(key: "session.a")
            #expect(try await entries.get(key: "session.a") == nil)
        }
    }
}
