import Foundation
import Hummingbird
import TaizhangCore
import TaizhangStore

/// /api/v1/workflow: a unit's month status and history, the steps 报送/审核/退回/重新打开, and the review list.
struct WorkflowAPI {
    let services: WebServices

    struct StepBody: Decodable {
        let orgUnit: String
        let month: String
        let expectedVersion: Int
        let reason: String?

        enum CodingKeys: String, CodingKey { case orgUnit, month, expectedVersion, reason }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            orgUnit = try container.decodeOrgUnitReference(forKey: .orgUnit)
            month = try container.decode(String.self, forKey: .month)
            expectedVersion = try container.decode(Int.self, forKey: .expectedVersion)
            reason = try container.decodeIfPresent(String.self, forKey: .reason)
        }
    }

    struct StateBody: Encodable {
        let orgUnitID: Int64
        let month: String
        let status: String
        let statusName: String
        let locked: Bool
        let version: Int
        let reason: String?
        let updatedBy: String?

        init(_ state: PeriodWorkflowState) {
            orgUnitID = state.key.orgUnitID
            month = state.key.month.description
            status = state.status.rawValue
            statusName = WorkflowVocabulary.periodFigures.name(of: state.status)
            locked = state.isLocked
            version = state.version
            reason = state.reason
            updatedBy = state.updatedBy
        }
    }

    struct StepSummary: Encodable {
        let event: String
        let eventName: String
        let from: String
        let to: String
        let version: Int
        let username: String
        let at: String
        let reason: String?
    }

    struct ReviewRow: Encodable {
        let orgUnitID: Int64
        let name: String
        let status: String
        let statusName: String
        let late: Bool
        let version: Int
    }

    func register(on api: APIRouter) {
        api.on(.get, "/workflow") { request, context in
            let tree = try await services.orgUnits.tree()
            let unit = try services.orgUnits.unit(
                try APIParameters.required(request.query("unit"), name: "unit"), in: tree)
            let month = try APIParameters.month(request.query("month"))
            let state = try await services.workflow.state(unit: unit, month: month)
            let history = try await services.workflow.history(unit: unit, month: month).map { step in
                StepSummary(
                    event: step.event.rawValue, eventName: WorkflowVocabulary.periodFigures.name(of: step.event),
                    from: step.from.rawValue, to: step.to.rawValue, version: step.version, username: step.username,
                    at: ISO8601DateFormatter().string(from: step.at), reason: step.reason)
            }
            struct Body: Encodable {
                let state: StateBody
                let history: [StepSummary]
            }
            return try JSONResponse.make(Body(state: StateBody(state), history: history))
        }
        for (path, kind) in Self.steps {
            api.on(.post, "/workflow/\(path)") { request, context in
                let body = try await JSONBody.decode(StepBody.self, from: request, context: context)
                let (_, _, state) = try await WorkflowStepHandler(services: services).apply(
                    kind, unitText: body.orgUnit, monthText: body.month, version: body.expectedVersion,
                    reason: body.reason, context: context)
                return try JSONResponse.make(StateBody(state))
            }
        }
        api.on(.get, "/review") { request, context in
            let tree = try await services.orgUnits.tree()
            let selected = try services.orgUnits.unit(
                try APIParameters.required(request.query("unit"), name: "unit"), in: tree)
            let city = selected.kind == .city ? selected : services.orgUnits.city(of: selected, in: tree)
            let month = try APIParameters.month(request.query("month"))
            let rows = try await services.workflow.review(unit: city, month: month, readable: context.readableUnitIDs)
                .map { status in
                    ReviewRow(
                        orgUnitID: status.zone.id, name: status.zone.name, status: status.workflow.status.rawValue,
                        statusName: ReviewRowView.label(status.workflow.status, isLate: status.isLate).0,
                        late: status.isLate, version: status.workflow.version)
                }
            return try JSONResponse.make(["zones": rows])
        }
    }

    static let steps: [(String, WorkflowEventKind)] = [
        ("submit", .submit), ("approve", .approve), ("return", .returnForRevision), ("reopen", .reopen),
    ]
}
