import Foundation
import SQLKit
import TaizhangCore

/// API tokens for machine clients: issued to a user (acting with her role and scope), looked up by their
/// digest, revoked. Issuing and revoking are audited.
public struct ApiTokenRepository: Sendable {
    let database: TaizhangDatabase

    public init(database: TaizhangDatabase) { self.database = database }

    static let prefix = "tzk_"
    static let columns = ["id", "user_id", "name", "created_at", "last_used_at", "revoked_at"]

    /// Issues a token for `userID`; the returned secret is the only copy.
    public func issue(
        userID: Int64, name: String, by actor: AuditActor, at now: Date = Date()
    ) async throws -> IssuedApiToken {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw StoreError.emptyField("令牌名称") }
        var generator = SystemRandomNumberGenerator()
        let secret =
            Self.prefix
            + (0..<32).map { _ in
                let byte = UInt8.random(in: .min ... .max, using: &generator)
                return (byte < 16 ? "0" : "") + String(byte, radix: 16)
            }.joined()
        let digest = SHA256Digest.hex(secret)
        let stamp = SQLValues.timestamp(now)
        return try await database.withTransaction { sql in
            let owner = try await UserRepository(database: database).existing(userID)
            guard
                let id = try await sql.raw(
                    """
                    INSERT INTO api_tokens (user_id, name, token_hash, created_at)
                    VALUES (\(SQLValues.integer(userID)), \(bind: name), \(bind: digest), \(bind: stamp))
                    RETURNING id
                    """
                ).first()?.decode(column: "id", as: Int64.self)
            else {
                throw StoreError.engine("INSERT INTO api_tokens … RETURNING id returned no row")
            }
            let token = ApiToken(id: id, userID: userID, name: name, createdAt: UserRepository.second(now))
            try await AuditRepository(database: database).append(
                [
                    AuditEntry(
                        at: now, actor: actor, action: .issueToken, entityType: "apiToken", entityKey: String(id),
                        orgUnitID: owner.scopeOrgUnitID, after: AuditEntry.json(["user": owner.username, "name": name]))
                ],
                on: sql)
            return IssuedApiToken(token: token, secret: secret)
        }
    }

    /// The enabled user a presented secret belongs to, nil for an unknown or revoked token or a disabled user.
    /// Records the use (to the minute, to spare writes).
    public func authenticate(secret: String, at now: Date = Date()) async throws -> User? {
        guard secret.hasPrefix(Self.prefix), secret.count == Self.prefix.count + 64 else { return nil }
        let digest = SHA256Digest.hex(secret)
        let row = try await database.withConnection { sql in
            try await sql.select().columns(Self.columns).from("api_tokens").where("token_hash", .equal, digest)
                .first()
        }
        guard let row else { return nil }
        let token = try Self.decode(row)
        guard !token.isRevoked, let user = try await UserRepository(database: database).find(id: token.userID),
            !user.isDisabled
        else { return nil }
        if token.lastUsedAt.map({ now.timeIntervalSince($0) >= 60 }) ?? true {
            try await database.withTransaction { sql in
                try await sql.update("api_tokens").set("last_used_at", to: SQLValues.timestamp(now))
                    .where("id", .equal, SQLValues.integer(token.id)).run()
            }
        }
        return user
    }

    /// A user's tokens (nil: everybody's), newest first, revoked ones included.
    public func list(userID: Int64? = nil) async throws -> [ApiToken] {
        try await database.withConnection { sql in
            let query = sql.select().columns(Self.columns).from("api_tokens")
            if let userID { query.where("user_id", .equal, SQLValues.integer(userID)) }
            return try await query.orderBy("id", .descending).all().map(Self.decode)
        }
    }

    /// Revokes a token at once; revoking twice is harmless.
    public func revoke(id: Int64, by actor: AuditActor, at now: Date = Date()) async throws {
        try await database.withTransaction { sql in
            guard
                let row = try await sql.select().columns(Self.columns).from("api_tokens")
                    .where("id", .equal, SQLValues.integer(id)).first()
            else { throw AccessStoreError.tokenNotFound(id) }
            let token = try Self.decode(row)
            guard !token.isRevoked else { return }
            try await sql.update("api_tokens").set("revoked_at", to: SQLValues.timestamp(now))
                .where("id", .equal, SQLValues.integer(id)).run()
            try await AuditRepository(database: database).append(
                [
                    AuditEntry(
                        at: now, actor: actor, action: .revokeToken, entityType: "apiToken", entityKey: String(id),
                        before: AuditEntry.json(["name": token.name]))
                ],
                on: sql)
        }
    }

    static func decode(_ row: any SQLRow) throws -> ApiToken {
        ApiToken(
            id: try row.decode(column: "id", as: Int64.self),
            userID: try row.decode(column: "user_id", as: Int64.self),
            name: try row.decode(column: "name", as: String.self),
            createdAt: try UserRepository.date(row.decode(column: "created_at", as: String.self))
                ?? Date(timeIntervalSince1970: 0),
            lastUsedAt: try UserRepository.date(row.optionalString("last_used_at")),
            revokedAt: try UserRepository.date(row.optionalString("revoked_at")))
    }
}
