import Foundation
import Hummingbird
import TaizhangCore

/// /api/v1/targets: annual targets (年度目标) of one unit and year.
struct TargetsAPI {
    let services: WebServices

    struct ListBody: Encodable {
        let orgUnitID: Int64
        let year: Int
        let targets: [TargetPayload]
    }

    struct SaveRequest: Decodable {
        let orgUnit: String
        let year: Int
        let targets: [TargetPayload]

        enum CodingKeys: String, CodingKey { case orgUnit, year, targets }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            orgUnit = try container.decodeOrgUnitReference(forKey: .orgUnit)
            year = try container.decode(Int.self, forKey: .year)
            targets = try container.decode([TargetPayload].self, forKey: .targets)
        }
    }

    struct SaveBody: Encodable { let savedCount: Int }

    func register(on api: APIRouter) {
        api.on(.get, "/targets") { request, _ in
            let tree = try await services.orgUnits.tree()
            let unit = try services.orgUnits.unit(
                try APIParameters.required(request.query("unit"), name: "unit"), in: tree)
            let year = try APIParameters.year(request.query("year"))
            return try JSONResponse.make(
                ListBody(
                    orgUnitID: unit.id, year: year, targets: try await services.targets.list(unit: unit, year: year)))
        }
        api.on(.put, "/targets") { request, context in
            let body = try await JSONBody.decode(SaveRequest.self, from: request, context: context)
            let tree = try await services.orgUnits.tree()
            let unit = try services.orgUnits.unit(body.orgUnit, in: tree)
            try context.requireAccess(to: unit.id)
            _ = try APIParameters.year(String(body.year))
            let count = try await services.targets.save(
                unit: unit, year: body.year, targets: body.targets, actor: context.actor)
            return try JSONResponse.make(SaveBody(savedCount: count))
        }
    }
}
