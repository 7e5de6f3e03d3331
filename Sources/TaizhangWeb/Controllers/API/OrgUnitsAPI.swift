import Foundation
import Hummingbird
import TaizhangCore

/// /api/v1/org-units: list, read, create, and change (rename, move, archive) org units.
struct OrgUnitsAPI {
    let services: WebServices

    struct ListBody: Encodable { let orgUnits: [OrgUnitSummary] }

    struct CreateBody: Decodable {
        let code: String
        let name: String
        let kind: String
        let parentID: Int64?
    }

    /// `parentID` present (even null) means move; `name` means rename; `archived` archives or restores.
    struct ChangeBody: Decodable {
        let name: String?
        let movesParent: Bool
        let parentID: Int64?
        let archived: Bool?

        enum CodingKeys: String, CodingKey { case name, parentID, archived }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decodeIfPresent(String.self, forKey: .name)
            movesParent = container.contains(.parentID)
            parentID = try container.decodeIfPresent(Int64.self, forKey: .parentID)
            archived = try container.decodeIfPresent(Bool.self, forKey: .archived)
        }
    }

    func register(on api: APIRouter) {
        api.on(.get, "/org-units") { request, _ in
            let tree = try await services.orgUnits.tree()
            let includeArchived = request.query("includeArchived").map { $0 == "1" || $0 == "true" } ?? false
            return try JSONResponse.make(
                ListBody(orgUnits: tree.units.filter { includeArchived || !$0.isArchived }.map(OrgUnitSummary.init)))
        }
        api.on(.post, "/org-units") { request, context in
            let body = try await JSONBody.decode(CreateBody.self, from: request, context: context)
            guard let kind = OrgUnitKind(rawValue: body.kind) else {
                throw APIError.unprocessable("层级“\(body.kind)”无效，应为 city、district、zone 或 park。", code: "invalid_input")
            }
            try context.requireAccess(to: body.parentID)
            let unit = try await services.orgUnits.create(
                code: body.code, name: body.name, kind: kind, parentID: body.parentID, actor: context.actor)
            return try JSONResponse.make(OrgUnitSummary(unit), status: .created)
        }
        api.on(.get, "/org-units/{id}") { _, context in
            let tree = try await services.orgUnits.tree()
            return try JSONResponse.make(
                OrgUnitSummary(try services.orgUnits.unit(String(try APIParameters.id(context)), in: tree)))
        }
        api.on(.patch, "/org-units/{id}") { request, context in
            let id = try APIParameters.id(context)
            let body = try await JSONBody.decode(ChangeBody.self, from: request, context: context)
            if let name = body.name { _ = try await services.orgUnits.rename(id: id, to: name, actor: context.actor) }
            if body.movesParent { try context.requireAccess(to: body.parentID) }
            if body.movesParent { _ = try await services.orgUnits.move(id: id, toParent: body.parentID, actor: context.actor) }
            if let archived = body.archived {
                if archived {
                    try await services.orgUnits.archive(id: id, actor: context.actor)
                } else {
                    try await services.orgUnits.unarchive(id: id, actor: context.actor)
                }
            }
            let tree = try await services.orgUnits.tree()
            return try JSONResponse.make(OrgUnitSummary(try services.orgUnits.unit(String(id), in: tree)))
        }
    }
}
