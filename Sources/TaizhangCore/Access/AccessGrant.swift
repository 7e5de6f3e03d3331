/// A user's authority: her role and the org unit whose subtree she works on (nil: the whole system).
public struct AccessGrant: Sendable, Hashable, Codable {
    public var role: Role
    /// The root of the user's scope; nil means every org unit (the initial administrator's grant).
    public var scopeOrgUnitID: Int64?

    public init(role: Role, scopeOrgUnitID: Int64?) {
        self.role = role
        self.scopeOrgUnitID = scopeOrgUnitID
    }
}
