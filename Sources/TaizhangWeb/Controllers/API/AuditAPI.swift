import Foundation
import Hummingbird
import TaizhangCore
import TaizhangStore

/// /api/v1/audit: the audit trail search, narrowed to the caller's scope; /api/v1/history: one figure's history.
struct AuditAPI {
    let services: WebServices

    struct EntryBody: Encodable {
        let id: Int64?
        let at: String
        let username: String
        let action: String
        let actionName: String
        let entityType: String
        let entityKey: String
        let orgUnitID: Int64?
        let month: String?
        let before: String?
        let after: String?
        let reason: String?

        init(_ entry: AuditEntry) {
            id = entry.id
            at = ISO8601DateFormatter().string(from: entry.at)
            username = entry.username
            action = entry.action.rawValue
            actionName = entry.action.displayName
            entityType = entry.entityType
            entityKey = entry.entityKey
            orgUnitID = entry.orgUnitID
            month = entry.month?.description
            before = entry.before
            after = entry.after
            reason = entry.reason
        }
    }

    struct SearchBody: Encodable {
        let total: Int
        let entries: [EntryBody]
    }

    func register(on api: APIRouter) {
        api.on(.get, "/audit") { request, context in
            let tree = try await services.orgUnits.tree()
            let query = AuditPageController.query(request, tree: tree)
            let (entries, total) = try await services.audit.search(query, readable: context.permittedUnitIDs)
            return try JSONResponse.make(SearchBody(total: total, entries: entries.map(EntryBody.init)))
        }
        api.on(.get, "/history") { request, context in
            let tree = try await services.orgUnits.tree()
            let unit = try services.orgUnits.unit(try APIParameters.required(request.query("unit"), name: "unit"), in: tree)
            let code = try APIParameters.required(request.query("indicator"), name: "indicator")
            guard let indicator = try await services.indicators.catalogue().resolve(code) else {
                throw ServiceError.indicatorNotFound(code)
            }
            let month = try APIParameters.month(request.query("month"))
            let entries = try await services.audit.history(
                entityType: ObservationAudit.entityType,
                entityKey: ObservationAudit.entityKey(orgUnitID: unit.id, month: month, indicatorCode: indicator.code))
            return try JSONResponse.make(["entries": entries.map(EntryBody.init)])
        }
    }
}
