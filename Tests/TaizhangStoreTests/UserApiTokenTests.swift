import Foundation
import TaizhangCore
import Testing

@testable import TaizhangStore

@Suite("User API tokens")
struct UserApiTokenTests {
    @Test("SHA-256 matches the FIPS 180-4 examples")
    func digest() {
        #expect(SHA256Digest.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256Digest.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256Digest.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            SHA256Digest.hex(String(repeating: "a", count: 1000))
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test("a token authenticates its user until revoked or the user is disabled", arguments: TestEngine.all)
    func lifecycle(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let users = UserRepository(database: database, hasher: PasswordHasher(cost: 4))
            let tokens = ApiTokenRepository(database: database)
            let user = try await users.create(
                username: "robot", password: "Huanghe-2026", role: .zoneClerk, scopeOrgUnitID: nil, by: .system)
            let issued = try await tokens.issue(userID: user.id, name: "统计局对接", by: .commandLine)
            #expect(issued.secret.hasPrefix("tzk_"))
            #expect(issued.secret.count == 68)
            #expect(try await tokens.authenticate(secret: issued.secret)?.id == user.id)
            #expect(try await tokens.authenticate(secret: "tzk_" + String(repeating: "0", count: 64)) == nil)
            #expect(try await tokens.authenticate(secret: "garbage") == nil)
            let stored = try await database.withConnection { sql in
                try await sql.raw("SELECT token_hash FROM api_tokens").first()?.decode(
                    column: "token_hash", as: String.self)
            }
            #expect(stored == SHA256Digest.hex(issued.secret))
            #expect(try await tokens.list(userID: user.id).first?.lastUsedAt != nil)

            try await users.setDisabled(true, username: "robot", by: .commandLine)
            #expect(try await tokens.authenticate(secret: issued.secret) == nil)
            try await users.setDisabled(false, username: "robot", by: .commandLine)
            try await tokens.revoke(id: issued.token.id, by: .commandLine)
            #expect(try await tokens.authenticate(secret: issued.secret) == nil)
            #expect(try await tokens.list().first?.isRevoked == true)
            let actions = try await AuditRepository(database: database)
                .history(entityType: "apiToken", entityKey: String(issued.token.id)).map(\.action)
            #expect(actions == [.issueToken, .revokeToken])
        }
    }
}
