import Foundation
import Hummingbird
import TaizhangCore
import TaizhangStore

/// /api/v1/session and /api/v1/tokens: signing in from a script (cookie + CSRF token), who am I, signing out,
/// and the caller's API tokens for machine clients.
struct SessionAPI {
    let services: WebServices

    struct LoginBody: Decodable {
        let username: String
        let password: String
    }

    struct Me: Encodable {
        let id: Int64
        let username: String
        let displayName: String
        let role: String
        let roleName: String
        let scopeOrgUnitID: Int64?
        let mustChangePassword: Bool

        init(_ user: User) {
            id = user.id
            username = user.username
            displayName = user.displayName
            role = user.role.rawValue
            roleName = user.role.displayName
            scopeOrgUnitID = user.scopeOrgUnitID
            mustChangePassword = user.mustChangePassword
        }
    }

    struct SessionBody: Encodable {
        let user: Me
        /// Send back as `X-CSRF-Token` on every POST/PUT/PATCH/DELETE made with the session cookie.
        let csrfToken: String?
    }

    struct TokenCreate: Decodable { let name: String }

    struct TokenSummary: Encodable {
        let id: Int64
        let name: String
        let createdAt: String
        let lastUsedAt: String?
        let revoked: Bool

        init(_ token: ApiToken) {
            id = token.id
            name = token.name
            createdAt = ISO8601DateFormatter().string(from: token.createdAt)
            lastUsedAt = token.lastUsedAt.map { ISO8601DateFormatter().string(from: $0) }
            revoked = token.isRevoked
        }
    }

    struct IssuedBody: Encodable {
        let id: Int64
        let name: String
        /// Shown once; send as `Authorization: Bearer …`.
        let token: String
    }

    func register(on api: APIRouter) {
        api.on(.post, "/session") { request, context in
            let body = try await JSONBody.decode(LoginBody.self, from: request, context: context)
            let user = try await services.users.authenticate(username: body.username, password: body.password)
            if case .session(let old, _) = context.credential { try? await services.sessions.remove(id: old) }
            let (id, session) = try await services.sessions.create(userID: user.id)
            var response = try JSONResponse.make(SessionBody(user: Me(user), csrfToken: session.csrfToken))
            response.setCookie(
                SessionStore.cookie(id: id, maxAge: Int(SessionStore.lifetime.components.seconds), for: request))
            return response
        }
        api.on(.get, "/session") { _, context in
            let user = try Self.user(context)
            return try JSONResponse.make(SessionBody(user: Me(user), csrfToken: context.csrfToken))
        }
        api.on(.delete, "/session") { request, context in
            if case .session(let id, _) = context.credential { try await services.sessions.remove(id: id) }
            var response = Response(status: .noContent)
            response.setCookie(SessionStore.cookie(id: "", maxAge: 0, for: request))
            return response
        }
        api.on(.get, "/tokens") { _, context in
            let user = try Self.user(context)
            let tokens = try await services.tokens.list(userID: user.id)
            return try JSONResponse.make(["tokens": tokens.map(TokenSummary.init)])
        }
        api.on(.post, "/tokens") { request, context in
            let user = try Self.user(context)
            let body = try await JSONBody.decode(TokenCreate.self, from: request, context: context)
            let name = body.name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty, name.count <= 100 else {
                throw APIError.unprocessable("令牌名称不能为空，且不超过100个字符。")
            }
            let issued = try await services.tokens.issue(userID: user.id, name: name, by: AuditActor(user))
            return try JSONResponse.make(
                IssuedBody(id: issued.token.id, name: issued.token.name, token: issued.secret), status: .created)
        }
        api.on(.delete, "/tokens/{id}") { _, context in
            let user = try Self.user(context)
            guard let id = context.parameters.get("id", as: Int64.self) else {
                throw APIError.badRequest("令牌编号须为整数。")
            }
            let own = try await services.tokens.list(userID: user.id).contains { $0.id == id }
            guard own || user.role == .systemAdmin else { throw AccessStoreError.tokenNotFound(id) }
            try await services.tokens.revoke(id: id, by: AuditActor(user))
            return Response(status: .noContent)
        }
    }

    static func user(_ context: TaizhangRequestContext) throws -> User {
        guard let user = context.user else { throw AuthenticationError.unauthenticated }
        return user
    }
}
