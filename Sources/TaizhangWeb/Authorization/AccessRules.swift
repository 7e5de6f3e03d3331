import TaizhangCore

/// The one table of who may call what: every route the router serves, pages and API alike, with its rule. A
/// route missing here is refused at run time, and `AuthorizationMatrixTests` fails until it is added.
enum AccessRules {
    static let table: [RouteKey: AccessRule] = [
        // Public and personal.
        RouteKey(.get, "/health"): .publicRoute,
        RouteKey(.get, "/login"): .publicRoute,
        RouteKey(.post, "/login"): .publicRoute,
        RouteKey(.get, "/api/openapi.json"): .publicRoute,
        RouteKey(.post, "/api/v1/session"): .publicRoute,
        RouteKey(.get, "/"): .signedIn,
        RouteKey(.post, "/logout"): .signedIn,
        RouteKey(.get, "/password"): .signedIn,
        RouteKey(.post, "/password"): .signedIn,
        RouteKey(.get, "/api/v1/session"): .signedIn,
        RouteKey(.delete, "/api/v1/session"): .signedIn,
        RouteKey(.get, "/api/v1/tokens"): .signedIn,
        RouteKey(.post, "/api/v1/tokens"): .signedIn,
        RouteKey(.delete, "/api/v1/tokens/{id}"): .signedIn,

        // Pages.
        RouteKey(.get, "/dashboard"): .action(.readFigures, .query("unit")),
        RouteKey(.get, "/comparison"): .action(.readFigures, .query("unit")),
        RouteKey(.get, "/entry"): .action(.readFigures, .query("unit")),
        RouteKey(.post, "/entry"): .action(.editObservations, .body),
        RouteKey(.post, "/entry/submit"): .action(.submitMonth, .body),
        RouteKey(.get, "/review"): .action(.readFigures, .query("unit")),
        RouteKey(.post, "/review/approve"): .action(.approveMonth, .body),
        RouteKey(.post, "/review/return"): .action(.returnMonth, .body),
        RouteKey(.post, "/review/reopen"): .action(.reopenMonth, .body),
        RouteKey(.get, "/audit"): .action(.readAudit, .reference),
        RouteKey(.get, "/audit.csv"): .action(.readAudit, .reference),
        RouteKey(.get, "/audit.xlsx"): .action(.readAudit, .reference),
        RouteKey(.get, "/history"): .action(.readFigures, .query("unit")),
        RouteKey(.get, "/import"): .action(.importData, .query("unit")),
        RouteKey(.post, "/import"): .action(.importData, .body),
        RouteKey(.get, "/import/template.xlsx"): .action(.importData, .reference),
        RouteKey(.get, "/export.xlsx"): .action(.exportData, .query("unit")),
        RouteKey(.get, "/indicators"): .action(.readFigures, .reference),
        RouteKey(.post, "/indicators"): .action(.manageIndicators, .system),
        RouteKey(.get, "/org-units"): .action(.readFigures, .reference),
        RouteKey(.post, "/org-units"): .action(.manageOrgUnits, .body),
        RouteKey(.post, "/org-units/{id}/rename"): .action(.manageOrgUnits, .path("id")),
        RouteKey(.post, "/org-units/{id}/move"): .action(.manageOrgUnits, .path("id")),
        RouteKey(.post, "/org-units/{id}/archive"): .action(.manageOrgUnits, .path("id")),
        RouteKey(.post, "/org-units/{id}/unarchive"): .action(.manageOrgUnits, .path("id")),

        // Project pages. A project's or problem's `{id}` is not an org unit: the handler loads the record and
        // checks the route's action on its own org unit (`PageContext.authorizedProject`), hence `.body`.
        RouteKey(.get, "/projects"): .action(.readProjects, .query("unit")),
        RouteKey(.get, "/projects/sheet"): .action(.readProjects, .query("unit")),
        RouteKey(.post, "/projects/sheet"): .action(.editProjects, .body),
        RouteKey(.get, "/projects/sheet.xlsx"): .action(.readProjects, .query("unit")),
        RouteKey(.post, "/api/v1/projects/sheet"): .action(.editProjects, .body),
        RouteKey(.get, "/api/v1/projects/sheet.xlsx"): .action(.readProjects, .query("unit")),
        RouteKey(.get, "/projects/board"): .action(.readProjects, .query("unit")),
        RouteKey(.get, "/projects/mine"): .action(.readProjects, .query("unit")),
        RouteKey(.get, "/projects/new"): .action(.editProjects, .query("unit")),
        RouteKey(.post, "/projects"): .action(.editProjects, .body),
        RouteKey(.get, "/projects/{id}"): .action(.readProjects, .body),
        RouteKey(.get, "/projects/{id}/edit"): .action(.editProjects, .body),
        RouteKey(.post, "/projects/{id}"): .action(.editProjects, .body),
        RouteKey(.post, "/projects/{id}/stage"): .action(.editProjects, .body),
        RouteKey(.post, "/projects/{id}/follow-ups"): .action(.editProjects, .body),
        RouteKey(.post, "/projects/{id}/matters"): .action(.editProjects, .body),
        RouteKey(.post, "/matters/{id}/resolve"): .action(.editProjects, .body),
        RouteKey(.get, "/dispatch"): .action(.readProjects, .query("unit")),
        RouteKey(.post, "/dispatch"): .action(.reportDispatch, .body),
        RouteKey(.post, "/dispatch/submit"): .action(.submitDispatch, .body),
        RouteKey(.post, "/dispatch/approve"): .action(.approveDispatch, .body),
        RouteKey(.post, "/dispatch/return"): .action(.approveDispatch, .body),
        RouteKey(.post, "/dispatch/reopen"): .action(.approveDispatch, .body),
        RouteKey(.get, "/bulletin"): .action(.readProjects, .query("unit")),
        RouteKey(.get, "/bulletin.xlsx"): .action(.readProjects, .query("unit")),

        // Report pages. Templates are shared like the catalogue (`.reference`); a page that reads or fills figures
        // checks the unit it names (`.query`, or `.body` where the handler calls `requireAccess`). A stored
        // report's links carry its unit (`/reports/{id}?unit=`, also `{id}.docx`), and the handler checks the
        // report's own org unit as well.
        RouteKey(.get, "/reports"): .action(.readReports, .query("unit")),
        RouteKey(.get, "/reports/{id}"): .action(.readReports, .query("unit")),
        RouteKey(.get, "/reports/templates/new"): .action(.writeReports, .reference),
        RouteKey(.post, "/reports/templates"): .action(.writeReports, .reference),
        RouteKey(.get, "/reports/templates/{id}"): .action(.readReports, .reference),
        RouteKey(.post, "/reports/templates/{id}"): .action(.writeReports, .reference),
        RouteKey(.get, "/reports/builtin/{name}"): .action(.readReports, .reference),
        RouteKey(.get, "/reports/templates/{id}/fill"): .action(.writeReports, .query("unit")),
        RouteKey(.post, "/reports/templates/{id}/fill"): .action(.writeReports, .body),
        RouteKey(.get, "/reports/builtin/{name}/fill"): .action(.writeReports, .query("unit")),
        RouteKey(.post, "/reports/builtin/{name}/fill"): .action(.writeReports, .body),
        RouteKey(.get, "/reports/drafts"): .action(.writeReports, .reference),
        RouteKey(.post, "/reports/drafts"): .action(.writeReports, .reference),
        RouteKey(.get, "/reports/check"): .action(.readReports, .query("unit")),
        RouteKey(.post, "/reports/check"): .action(.readReports, .body),

        // JSON API.
        RouteKey(.get, "/api/v1/org-units"): .action(.readFigures, .reference),
        RouteKey(.post, "/api/v1/org-units"): .action(.manageOrgUnits, .body),
        RouteKey(.get, "/api/v1/org-units/{id}"): .action(.readFigures, .reference),
        RouteKey(.patch, "/api/v1/org-units/{id}"): .action(.manageOrgUnits, .path("id")),
        RouteKey(.get, "/api/v1/indicators"): .action(.readFigures, .reference),
        RouteKey(.post, "/api/v1/indicators"): .action(.manageIndicators, .system),
        RouteKey(.get, "/api/v1/indicators/{code}"): .action(.readFigures, .reference),
        RouteKey(.get, "/api/v1/observations"): .action(.readFigures, .query("unit")),
        RouteKey(.put, "/api/v1/observations"): .action(.editObservations, .body),
        RouteKey(.post, "/api/v1/observations/validate"): .action(.editObservations, .body),
        RouteKey(.get, "/api/v1/targets"): .action(.readFigures, .query("unit")),
        RouteKey(.put, "/api/v1/targets"): .action(.manageTargets, .body),
        RouteKey(.get, "/api/v1/dashboard"): .action(.readFigures, .query("unit")),
        RouteKey(.get, "/api/v1/comparison"): .action(.readFigures, .query("unit")),
        RouteKey(.get, "/api/v1/workflow"): .action(.readFigures, .query("unit")),
        RouteKey(.post, "/api/v1/workflow/submit"): .action(.submitMonth, .body),
        RouteKey(.post, "/api/v1/workflow/approve"): .action(.approveMonth, .body),
        RouteKey(.post, "/api/v1/workflow/return"): .action(.returnMonth, .body),
        RouteKey(.post, "/api/v1/workflow/reopen"): .action(.reopenMonth, .body),
        RouteKey(.get, "/api/v1/review"): .action(.readFigures, .query("unit")),
        RouteKey(.get, "/api/v1/audit"): .action(.readAudit, .reference),
        RouteKey(.get, "/api/v1/history"): .action(.readFigures, .query("unit")),
        RouteKey(.post, "/api/v1/import"): .action(.importData, .body),
        RouteKey(.get, "/api/v1/export.xlsx"): .action(.exportData, .query("unit")),
        RouteKey(.get, "/api/v1/template.xlsx"): .action(.importData, .reference),
        RouteKey(.get, "/api/v1/projects"): .action(.readProjects, .query("unit")),
        RouteKey(.post, "/api/v1/projects"): .action(.editProjects, .body),
        RouteKey(.get, "/api/v1/projects/statistics"): .action(.readProjects, .query("unit")),
        RouteKey(.get, "/api/v1/projects/{id}"): .action(.readProjects, .body),
        RouteKey(.put, "/api/v1/projects/{id}"): .action(.editProjects, .body),
        RouteKey(.post, "/api/v1/projects/{id}/stage"): .action(.editProjects, .body),
        RouteKey(.post, "/api/v1/projects/{id}/follow-ups"): .action(.editProjects, .body),
        RouteKey(.get, "/api/v1/projects/{id}/matters"): .action(.readProjects, .body),
        RouteKey(.post, "/api/v1/projects/{id}/matters"): .action(.editProjects, .body),
        RouteKey(.put, "/api/v1/matters/{id}"): .action(.editProjects, .body),
        RouteKey(.get, "/api/v1/dispatch"): .action(.readProjects, .query("unit")),
        RouteKey(.put, "/api/v1/dispatch"): .action(.reportDispatch, .body),
        RouteKey(.post, "/api/v1/dispatch/submit"): .action(.submitDispatch, .body),
        RouteKey(.post, "/api/v1/dispatch/approve"): .action(.approveDispatch, .body),
        RouteKey(.post, "/api/v1/dispatch/return"): .action(.approveDispatch, .body),
        RouteKey(.post, "/api/v1/dispatch/reopen"): .action(.approveDispatch, .body),
        RouteKey(.get, "/api/v1/bulletin"): .action(.readProjects, .query("unit")),
    ]

    static func rule(_ method: HTTPMethodName, _ path: String) -> AccessRule? {
        table[RouteKey(method, path)]
    }
}

/// A method and an OpenAPI-style path (`{id}` for parameters), the key of `AccessRules.table`.
struct RouteKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    let method: String
    let path: String

    init(_ method: HTTPMethodName, _ path: String) {
        self.method = method.rawValue
        self.path = path
    }

    var description: String { "\(method) \(path)" }

    static func < (a: RouteKey, b: RouteKey) -> Bool { (a.path, a.method) < (b.path, b.method) }
}

/// The HTTP methods routes use, without importing HTTPTypes into the rule table.
enum HTTPMethodName: String, Sendable {
    case get = "GET"
    case post = "POST"
    case put = "PUT"
    case patch = "PATCH"
    case delete = "DELETE"
}
