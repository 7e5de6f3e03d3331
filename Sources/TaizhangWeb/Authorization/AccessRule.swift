import TaizhangCore

/// What a route requires: nobody (public), any signed-in user, or an `Action` on a target org unit found in the
/// request. Every registered route has exactly one rule in `AccessRules.table`.
enum AccessRule: Sendable, Hashable {
    /// Open to anyone: sign-in, health check, the API description.
    case publicRoute
    /// Any signed-in user, about herself (password, session, her API tokens).
    case signedIn
    /// `action` on the unit named by `target`.
    case action(Action, UnitTarget)

    /// Where the org unit a request is about comes from.
    enum UnitTarget: Sendable, Hashable {
        /// A query parameter (id or code); absent, a scoped user's pages open on her own unit.
        case query(String)
        /// A path parameter holding a unit id, e.g. /org-units/{id}.
        case path(String)
        /// The decoded body: the handler calls `context.requireAccess(to:)` for each unit it names.
        case body
        /// Shared reference data (the indicator catalogue, the org tree): the role must allow the action, any scope.
        case reference
        /// A system-wide action (`Action.isSystemWide`): decided without a unit, so only an unscoped user passes.
        case system
    }
}
