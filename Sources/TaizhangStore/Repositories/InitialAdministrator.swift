import Foundation
import TaizhangCore

/// The first account of a new installation.
public struct InitialAdministrator: Sendable, Hashable {
    public let username: String
    /// The one-time password to print once; the administrator must change it at the first login.
    public let password: String
}

extension UserRepository {
    /// The login name of the first administrator.
    public static let initialAdministratorName = "admin"

    /// When there is no account at all, creates `admin` (系统管理员 over the whole system) with a one-time
    /// password and returns it for `serve` to print once; nil when accounts exist. Safe when several instances
    /// start at once: only one creates the account, the others get nil.
    public func ensureInitialAdmin(at now: Date = Date()) async throws -> InitialAdministrator? {
        guard try await count() == 0 else { return nil }
        let password = OneTimePassword.generate()
        do {
            try await create(
                username: Self.initialAdministratorName, displayName: "系统管理员", password: password,
                role: .systemAdmin, scopeOrgUnitID: nil, mustChangePassword: true, by: .system, at: now)
        } catch AccessStoreError.duplicateUsername {
            return nil
        }
        return InitialAdministrator(username: Self.initialAdministratorName, password: password)
    }
}
