import Foundation
import Hummingbird
import TaizhangCore

/// Applies `AccessRules.table` to a request before its handler runs: the one place where routes are allowed or
/// refused. Pages without a unit open on a scoped user's own unit.
struct Authorizer: Sendable {
    let orgUnits: OrgUnitService

    /// nil to go on to the handler (with `context.access` set), or a redirect; throws 401/403/404.
    func check(_ key: RouteKey, _ request: Request, _ context: inout TaizhangRequestContext) async throws -> Response? {
        guard let rule = AccessRules.table[key] else {
            throw AccessDenied(reason: "该功能尚未配置访问规则，已拒绝访问。")
        }
        let action: Action, target: AccessRule.UnitTarget
        switch rule {
        case .publicRoute: return nil
        case .signedIn:
            guard context.user != nil else { throw AuthenticationError.unauthenticated }
            return nil
        case .action(let ruleAction, let ruleTarget):
            action = ruleAction
            target = ruleTarget
        }
        guard let user = context.user else { throw AuthenticationError.unauthenticated }
        let tree = try await orgUnits.tree()
        let access = AccessScope(grant: user.grant, action: action, tree: tree)
        context.access = access
        guard AccessPolicy.actions(of: user.role).contains(action) else {
            try access.require(unitID: nil)  // throws the role's refusal
            return nil
        }
        switch target {
        case .reference, .body:
            return nil
        case .system:
            try access.require(unitID: nil)
        case .path(let name):
            guard let id = context.parameters.get(name, as: Int64.self) else {
                throw APIError.badRequest("路径中的组织编号须为整数。")
            }
            try access.require(unitID: id)
        case .query(let name):
            if let text = request.query(name) {
                guard let unit = tree.unit(id: Int64(text) ?? -1) ?? tree.unit(code: text) else {
                    if user.scopeOrgUnitID == nil { return nil }  // the handler answers 404
                    throw ServiceError.orgUnitNotFound(text)
                }
                try access.require(unitID: unit.id)
            } else if let scope = user.scopeOrgUnitID {
                if request.method == .get, !request.uri.path.hasPrefix("/api/") {
                    return .redirect(
                        to: Self.adding(name, String(scope), path: request.uri.path, query: request.uri.query))
                }
                try access.require(unitID: nil)
            }
        }
        return nil
    }

    static func adding(_ name: String, _ value: String, path: String, query: String?) -> String {
        let kept = query.map { $0.isEmpty ? "" : $0 + "&" } ?? ""
        return path + "?" + kept + name + "=" + value
    }
}
