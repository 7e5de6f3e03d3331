import Foundation
import SQLKit
import TaizhangCore

extension UserRepository {
    /// Checks a login: the account must exist, be enabled and not locked, and the password must match. Counts
    /// failures (`LoginThrottle`) and clears them on success. Throws `LoginError`; the caller then looks at
    /// `mustChangePassword` to send the user to the password page first.
    public func authenticate(username: String, password: String, at now: Date = Date()) async throws -> User {
        guard let user = try await find(username: username), let hash = try await passwordHash(id: user.id) else {
            // Spend the same bcrypt time as a real check, so response times do not reveal which names exist.
            _ = try await hasher.hash(password)
            throw LoginError.invalidCredentials
        }
        if let until = user.throttle.lockEnd(at: now) { throw LoginError.locked(until: until) }
        guard try await hasher.verify(password, hash: hash) else {
            let throttle = try await recordFailure(id: user.id, at: now)
            if let until = throttle.lockEnd(at: now) { throw LoginError.locked(until: until) }
            throw LoginError.invalidCredentials
        }
        // Checked after the password, so that a guesser learns nothing about disabled accounts.
        if user.isDisabled { throw LoginError.disabled }
        if user.throttle != LoginThrottle() { try await recordSuccess(id: user.id) }
        var result = user
        result.throttle = LoginThrottle()
        return result
    }
}
