/// The answer of `AccessPolicy`: allowed, or denied with a Chinese reason the user can read.
public enum AccessDecision: Sendable, Hashable {
    case allowed
    case denied(reason: String)

    public var isAllowed: Bool {
        if case .allowed = self { return true }
        return false
    }

    /// Throws `AccessDenied` unless allowed, for code paths that stop on refusal.
    public func require() throws(AccessDenied) {
        if case .denied(let reason) = self { throw AccessDenied(reason: reason) }
    }
}

/// A refused action, as an error for the web layer to turn into 403 with the Chinese reason.
public struct AccessDenied: UserFacingError, Hashable {
    public let reason: String

    public init(reason: String) { self.reason = reason }

    public var userMessage: String { reason }
    public var description: String { "access denied: \(reason)" }
}
