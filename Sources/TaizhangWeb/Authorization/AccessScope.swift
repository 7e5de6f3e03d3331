import TaizhangCore
import TaizhangStore

/// The authority a request runs under once its route's rule passed: the user's grant, the route's action and
/// the org tree, so handlers can check units named in a body and narrow lists to the user's scope.
struct AccessScope: Sendable {
    let grant: AccessGrant
    let action: Action
    let tree: OrgTree

    /// Throws `AccessDenied` (403, Chinese reason) unless the action is allowed on `unitID`.
    func require(unitID: Int64?) throws {
        try AccessPolicy.decide(grant, action, targetUnitID: unitID, tree: tree).require()
    }

    /// The units on which the route's action is allowed (nil: all), e.g. the rows an import may write.
    var actionUnitIDs: Set<Int64>? { AccessPolicy.permittedUnitIDs(grant, action, tree: tree) }

    /// The units the user may read (nil: all), for narrowing lists, comparisons and exports.
    var readableUnitIDs: Set<Int64>? { AccessPolicy.permittedUnitIDs(grant, .readFigures, tree: tree) }
}

extension TaizhangRequestContext {
    /// Who the audit trail names for this request's changes.
    var actor: AuditActor { user.map(AuditActor.init) ?? .system }

    /// The units this request may act on (nil: all); an empty set when no rule was applied, to fail closed.
    var permittedUnitIDs: Set<Int64>? {
        guard let access else { return [] }
        return access.actionUnitIDs
    }

    /// The units this request may read (nil: all); an empty set when no rule was applied.
    var readableUnitIDs: Set<Int64>? {
        guard let access else { return [] }
        return access.readableUnitIDs
    }

    /// For routes whose unit comes from the body: the one check handlers call for each unit they act on.
    func requireAccess(to unitID: Int64?) throws {
        guard let access else { throw AccessDenied(reason: "无法确认您的权限，已拒绝操作。") }
        try access.require(unitID: unitID)
    }
}
