/// The one place that decides whether a role may take an action on an org unit: the role must allow the action,
/// and the unit must lie in the user's scope (her org unit and its subtree, `OrgTree.subtreeIDs`).
public enum AccessPolicy {
    /// The actions each role may take inside its scope.
    public static func actions(of role: Role) -> Set<Action> {
        switch role {
        case .systemAdmin:
            Set(Action.allCases)
        case .cityReviewer:
            [
                .readFigures, .exportData, .approveMonth, .returnMonth, .reopenMonth, .manageTargets, .readAudit,
                .readProjects, .approveDispatch, .readReports, .writeReports,
            ]
        case .zoneAdmin:
            [
                .readFigures, .editObservations, .submitMonth, .importData, .exportData, .manageOrgUnits,
                .manageTargets, .readAudit, .readProjects, .editProjects, .reportDispatch, .submitDispatch,
                .readReports, .writeReports,
            ]
        case .zoneClerk:
            // A clerk fills in the dispatch; her zone's administrator answers for it and submits it.
            [
                .readFigures, .editObservations, .submitMonth, .importData, .exportData, .readProjects, .editProjects,
                .reportDispatch, .readReports, .writeReports,
            ]
        case .leader:
            [.readFigures, .exportData, .readProjects, .readReports]
        }
    }

    /// Decides `action` on `targetUnitID` (nil: the whole system, e.g. a city-wide audit search or a system-wide
    /// action such as a backup). A target outside the scope, or unknown to the tree, is denied.
    public static func decide(
        _ grant: AccessGrant, _ action: Action, targetUnitID: Int64?, tree: OrgTree
    ) -> AccessDecision {
        guard actions(of: grant.role).contains(action) else {
            return .denied(reason: "\(grant.role.displayName)无权\(action.displayName)。")
        }
        guard let scope = grant.scopeOrgUnitID else { return .allowed }
        let scopeName = tree.unit(id: scope)?.name ?? "编号 \(scope) 的组织"
        if action.isSystemWide {
            return .denied(reason: "\(action.displayName)涉及整个系统，超出您的管辖范围（\(scopeName)）。")
        }
        guard let target = targetUnitID else {
            return .denied(reason: "您只能\(action.displayName)“\(scopeName)”及其下级组织的内容。")
        }
        guard let unit = tree.unit(id: target) else {
            return .denied(reason: "找不到编号为 \(target) 的组织。")
        }
        guard tree.subtreeIDs(of: scope).contains(target) else {
            return .denied(reason: "“\(unit.name)”不在您的管辖范围（\(scopeName)及其下级）内，无权\(action.displayName)。")
        }
        return .allowed
    }

    /// The org units on which the grant allows `action` (nil: all of them, the scope is the whole system), for
    /// filtering lists and queries instead of deciding unit by unit.
    public static func permittedUnitIDs(_ grant: AccessGrant, _ action: Action, tree: OrgTree) -> Set<Int64>? {
        guard actions(of: grant.role).contains(action) else { return [] }
        guard let scope = grant.scopeOrgUnitID else { return nil }
        return tree.subtreeIDs(of: scope)
    }
}
