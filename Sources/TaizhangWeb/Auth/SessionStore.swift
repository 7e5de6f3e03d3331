import Foundation
import HTTPTypes
import Hummingbird

/// Creates, reads and ends browser sessions kept in the database through a `PersistDriver`; builds the session
/// cookie (HttpOnly, SameSite=Lax, Secure when the request came over TLS).
struct SessionStore: Sendable {
    static let cookieName = "tz_session"
    /// A working day and a half: a session left open overnight still works in the morning, not next week.
    static let lifetime: Duration = .seconds(36 * 60 * 60)
    private static let keyPrefix = "session."

    let driver: any PersistDriver

    /// Starts a session for `userID`; returns its secret id (the cookie value) and contents.
    func create(userID: Int64) async throws -> (id: String, session: WebSession) {
        let id = Self.randomToken()
        let session = WebSession(userID: userID, csrfToken: Self.randomToken(), createdAt: Date())
        try await driver.create(key: Self.keyPrefix + id, value: session, expires: Self.lifetime)
        return (id, session)
    }

    func load(id: String) async throws -> WebSession? {
        guard Self.isWellFormed(id) else { return nil }
        return try? await driver.get(key: Self.keyPrefix + id, as: WebSession.self)
    }

    func remove(id: String) async throws {
        guard Self.isWellFormed(id) else { return }
        try await driver.remove(key: Self.keyPrefix + id)
    }

    /// The session cookie for `request`'s connection; `maxAge` 0 removes it.
    static func cookie(id: String, maxAge: Int, for request: Request) -> Cookie {
        Cookie(
            name: cookieName, value: id, maxAge: maxAge, path: "/", secure: isSecure(request), httpOnly: true,
            sameSite: .lax)
    }

    /// Whether the browser reached us over TLS, directly or through a reverse proxy that says so.
    static func isSecure(_ request: Request) -> Bool {
        if request.uri.scheme == .https { return true }
        guard let proto = request.headers[HTTPField.Name("X-Forwarded-Proto")!] else { return false }
        return proto.split(separator: ",").first?.trimmingCharacters(in: .whitespaces).lowercased() == "https"
    }

    /// 32 random bytes as 64 hex digits.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in
            let byte = UInt8.random(in: 0...255, using: &generator)
            return (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }.joined()
    }

    static func isWellFormed(_ id: String) -> Bool {
        id.utf8.count == 64 && id.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// Compares secrets in time independent of where they first differ.
    static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
