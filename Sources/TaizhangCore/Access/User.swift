import Foundation

/// A person who logs in: her role and scope (`grant`), and the account's state. The password hash stays in the
/// store and never travels with this value.
public struct User: Sendable, Hashable, Codable, Identifiable {
    public var id: Int64
    /// The login name: letters, digits, `.`, `_`, `-` (see `Username`).
    public var username: String
    /// The name shown in pages and the audit trail, e.g. 李萍.
    public var displayName: String
    public var role: Role
    /// The org unit whose subtree she works on; nil: the whole system.
    public var scopeOrgUnitID: Int64?
    public var isDisabled: Bool
    /// Set for one-time passwords: the next login must choose a new password first.
    public var mustChangePassword: Bool
    public var throttle: LoginThrottle
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: Int64, username: String, displayName: String, role: Role, scopeOrgUnitID: Int64?,
        isDisabled: Bool = false, mustChangePassword: Bool = false, throttle: LoginThrottle = LoginThrottle(),
        createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.scopeOrgUnitID = scopeOrgUnitID
        self.isDisabled = isDisabled
        self.mustChangePassword = mustChangePassword
        self.throttle = throttle
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// What `AccessPolicy` decides on.
    public var grant: AccessGrant { AccessGrant(role: role, scopeOrgUnitID: scopeOrgUnitID) }
}

/// The rules of login names: 2–32 characters of ASCII letters, digits, `.`, `_` and `-`, starting with a letter
/// or digit; compared ignoring case (stored in lower case).
public enum Username {
    /// The name as stored (trimmed, lower case), or nil when it breaks the rules.
    public static func normalized(_ text: String) -> String? {
        let name = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard (2...32).contains(name.count), let first = name.unicodeScalars.first,
            isLetterOrDigit(first),
            name.unicodeScalars.allSatisfy({ isLetterOrDigit($0) || "._-".unicodeScalars.contains($0) })
        else { return nil }
        return name
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
