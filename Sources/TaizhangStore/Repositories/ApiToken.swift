import Foundation

/// A machine client's credential: a named token of one user, kept only as a SHA-256 digest.
public struct ApiToken: Sendable, Hashable, Codable, Identifiable {
    public var id: Int64
    public var userID: Int64
    /// What the token is for, e.g. 统计局数据对接.
    public var name: String
    public var createdAt: Date
    public var lastUsedAt: Date?
    public var revokedAt: Date?

    public var isRevoked: Bool { revokedAt != nil }
}

/// A token just issued: the secret is shown once and never stored.
public struct IssuedApiToken: Sendable, Hashable {
    public let token: ApiToken
    /// `tzk_` followed by 64 hex digits; sent as `Authorization: Bearer …`.
    public let secret: String
}
