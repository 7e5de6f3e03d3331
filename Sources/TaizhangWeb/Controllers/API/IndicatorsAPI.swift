import Foundation
import Hummingbird
import TaizhangCore

/// /api/v1/indicators: the catalogue, search by any alias, and adding a user's own indicator.
struct IndicatorsAPI {
    let services: WebServices

    struct ListBody: Encodable { let indicators: [IndicatorSummary] }

    struct CreateBody: Decodable {
        let code: String?
        let name: String
        let aliases: [String]?
        let unit: String
        let kind: String?
        let growthBasis: String?
        let decimals: Int?
        let isKey: Bool?
    }

    func register(on api: APIRouter) {
        api.on(.get, "/indicators") { request, _ in
            let catalogue = try await services.indicators.catalogue()
            let found = services.indicators.search(request.query("q"), in: catalogue)
            return try JSONResponse.make(ListBody(indicators: found.map(IndicatorSummary.init)))
        }
        api.on(.get, "/indicators/{code}") { _, context in
            let code = context.parameters.get("code") ?? ""
            let catalogue = try await services.indicators.catalogue()
            guard let indicator = catalogue.resolve(code) else { throw ServiceError.indicatorNotFound(code) }
            return try JSONResponse.make(IndicatorSummary(indicator))
        }
        api.on(.post, "/indicators") { request, context in
            let body = try await JSONBody.decode(CreateBody.self, from: request, context: context)
            guard let kind = IndicatorKind(rawValue: body.kind ?? "amount") else {
                throw APIError.unprocessable("指标类型“\(body.kind ?? "")”无效。", code: "invalid_input")
            }
            guard let growth = GrowthBasis(rawValue: body.growthBasis ?? "nominal") else {
                throw APIError.unprocessable(
                    "增速口径“\(body.growthBasis ?? "")”无效，应为 real、nominal 或 none。", code: "invalid_input")
            }
            if let decimals = body.decimals, !(0...4).contains(decimals) {
                throw APIError.unprocessable("小数位须为 0～4。", code: "invalid_input")
            }
            guard !body.name.trimmingCharacters(in: .whitespaces).isEmpty,
                !body.unit.trimmingCharacters(in: .whitespaces).isEmpty
            else { throw APIError.unprocessable("指标名称和单位不能为空。", code: "invalid_input") }
            let created = try await services.indicators.add(
                .init(
                    code: body.code, name: body.name, aliases: body.aliases ?? [], unit: body.unit, kind: kind,
                    growth: growth, decimals: body.decimals, isKey: body.isKey ?? false), actor: context.actor)
            return try JSONResponse.make(IndicatorSummary(created), status: .created)
        }
    }
}
