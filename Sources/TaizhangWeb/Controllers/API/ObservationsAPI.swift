import Foundation
import Hummingbird
import TaizhangCore

/// /api/v1/observations: read a unit's figures, validate a month's submission, and save it (warnings need a
/// written `overrideReason` per row; saving is all-or-nothing).
struct ObservationsAPI {
    let services: WebServices

    /// One stored observation.
    struct ObservationBody: Encodable {
        let orgUnitID: Int64
        let indicatorCode: String
        let month: String
        @ExactDecimal var monthly: Decimal?
        @ExactDecimal var cumulative: Decimal?
        @ExactDecimal var priorCumulative: Decimal?
        @ExactDecimal var publishedGrowth: Decimal?
        let note: String?
        let overrideReason: String?
        let status: String

        init(_ observation: Observation) {
            orgUnitID = observation.orgUnitID
            indicatorCode = observation.indicatorCode
            month = observation.month.description
            monthly = observation.monthly
            cumulative = observation.cumulative
            priorCumulative = observation.priorCumulative
            publishedGrowth = observation.publishedGrowth
            note = observation.note
            overrideReason = observation.overrideReason
            status = observation.status.rawValue
        }
    }

    struct ListBody: Encodable {
        let observations: [ObservationBody]
        /// For a single month: the month's version as stored, to send back as `If-Match` with a PUT so that a
        /// second writer is told rather than overwriting (optimistic concurrency).
        let version: String?
    }

    /// A month's submission for one unit (`orgUnit` is an id or a code).
    struct SubmissionBody: Decodable {
        let orgUnit: String
        let month: String
        let observations: [ObservationInput]

        enum CodingKeys: String, CodingKey { case orgUnit, month, observations }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            orgUnit = try container.decodeOrgUnitReference(forKey: .orgUnit)
            month = try container.decode(String.self, forKey: .month)
            observations = try container.decode([ObservationInput].self, forKey: .observations)
        }
    }

    struct ValidationBody: Encodable {
        let problems: [APIProblem]
        let hasWarnings: Bool
        let needsOverrideReasons: Bool
    }

    struct SaveBody: Encodable {
        let savedCount: Int
        /// Warnings saved with a reason.
        let warnings: [APIProblem]
    }

    func register(on api: APIRouter) {
        api.on(.get, "/observations") { request, _ in
            let tree = try await services.orgUnits.tree()
            let unit = try services.orgUnits.unit(
                try APIParameters.required(request.query("unit"), name: "unit"), in: tree)
            let from: YearMonth
            let through: YearMonth
            if let month = request.query("month") {
                from = try APIParameters.month(month)
                through = from
            } else {
                from = try APIParameters.month(request.query("from"), name: "from")
                through = try APIParameters.month(request.query("to"), name: "to")
            }
            let codes = request.query("indicator").map { [$0] }
            let observations = try await services.entry.database.observations.list(
                orgUnitIDs: [unit.id], indicatorCodes: codes, from: from, through: through)
            let version = from == through ? try await services.entry.fingerprint(unit: unit, month: from) : nil
            return try JSONResponse.make(
                ListBody(observations: observations.map(ObservationBody.init), version: version))
        }
        api.on(.post, "/observations/validate") { request, context in
            let (unit, month, inputs) = try await submission(request, context)
            let check = try await services.entry.check(unit: unit, month: month, inputs: inputs)
            return try JSONResponse.make(
                ValidationBody(
                    problems: check.problems, hasWarnings: check.hasWarnings, needsOverrideReasons: check.hasWarnings))
        }
        api.on(.put, "/observations") { request, context in
            let (unit, month, inputs) = try await submission(request, context)
            // `If-Match: <version from GET>` makes the save fail with 409 when someone changed the month since.
            let expected = request.headers[.ifMatch].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }
            let check = try await services.entry.save(
                unit: unit, month: month, inputs: inputs, actor: context.actor, loadedFingerprint: expected)
            guard check.isSaved else {
                throw APIError.unprocessable(
                    "数据未保存：有问题需要处理（有提示的行须填写 overrideReason 说明原因）。", problems: check.problems)
            }
            return try JSONResponse.make(SaveBody(savedCount: check.savedCount, warnings: check.problems))
        }
    }

    private func submission(
        _ request: Request, _ context: TaizhangRequestContext
    ) async throws
        -> (OrgUnit, YearMonth, [ObservationInput])
    {
        let body = try await JSONBody.decode(SubmissionBody.self, from: request, context: context)
        let tree = try await services.orgUnits.tree()
        let unit = try services.orgUnits.unit(body.orgUnit, in: tree)
        try context.requireAccess(to: unit.id)
        return (unit, try APIParameters.month(body.month), body.observations)
    }
}
