import Foundation
import Hummingbird
import TaizhangCore
import TaizhangStore

/// /api/v1/dispatch: a unit's monthly dispatch (月调度) — GET the month's active projects with their entries,
/// the zones' workflow and who has not reported; PUT the entries in one go (`If-Match` with the version from
/// GET refuses a concurrent save); POST /dispatch/submit|approve|return|reopen for a zone's workflow.
struct DispatchAPI {
    let services: WebServices

    var service: DispatchService { services.projects.dispatch }

    struct Entry: Encodable {
        @ExactDecimal var completedInvestment: Decimal?
        @ExactDecimal var fundsInPlace: Decimal?
        let progressNote: String?
        let problemNote: String?
    }

    struct Row: Encodable {
        let projectID: Int64
        let code: String
        let name: String
        let orgUnitID: Int64
        let dispatchUnitID: Int64
        let stage: String
        @ExactDecimal var annualPlan: Decimal?
        /// 今年累计 through the month before, and including this month's entry (derived).
        @ExactDecimal var yearBefore: Decimal?
        @ExactDecimal var yearCompleted: Decimal?
        let reported: Bool
        let locked: Bool
        let entry: Entry?
    }

    struct Zone: Encodable {
        let orgUnitID: Int64
        let name: String
        let state: WorkflowAPI.StateBody
        let projectCount: Int
        let reportedCount: Int
        let unreported: [Unreported]
    }

    struct Unreported: Encodable {
        let projectID: Int64
        let code: String
        let name: String
    }

    struct SheetBody: Encodable {
        let orgUnitID: Int64
        let month: String
        /// Send back as `If-Match` with a PUT.
        let version: String
        let unreportedCount: Int
        let zones: [Zone]
        let rows: [Row]
    }

    /// One entry of a PUT: the project by id or code and its month's figures.
    struct EntryInput: Decodable {
        let project: String
        @ExactDecimal var completedInvestment: Decimal?
        @ExactDecimal var fundsInPlace: Decimal?
        let progressNote: String?
        let problemNote: String?

        enum CodingKeys: String, CodingKey {
            case project, completedInvestment, fundsInPlace, progressNote, problemNote
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let id = try? container.decode(Int64.self, forKey: .project) {
                project = String(id)
            } else {
                project = try container.decode(String.self, forKey: .project)
            }
            _completedInvestment = try container.decode(ExactDecimal.self, forKey: .completedInvestment)
            _fundsInPlace = try container.decode(ExactDecimal.self, forKey: .fundsInPlace)
            progressNote = try container.decodeIfPresent(String.self, forKey: .progressNote)
            problemNote = try container.decodeIfPresent(String.self, forKey: .problemNote)
        }
    }

    struct SaveRequest: Decodable {
        let orgUnit: String
        let month: String
        let entries: [EntryInput]

        enum CodingKeys: String, CodingKey { case orgUnit, month, entries }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            orgUnit = try container.decodeOrgUnitReference(forKey: .orgUnit)
            month = try container.decode(String.self, forKey: .month)
            entries = try container.decode([EntryInput].self, forKey: .entries)
        }
    }

    func register(on api: APIRouter) {
        api.on(.get, "/dispatch") { request, context in
            let tree = try await services.orgUnits.tree()
            let unit = try services.orgUnits.unit(
                try APIParameters.required(request.query("unit"), name: "unit"), in: tree)
            let month = try APIParameters.month(request.query("month"))
            let sheet = try await service.sheet(unit: unit, month: month, tree: tree)
            return try JSONResponse.make(Self.body(sheet))
        }
        api.on(.put, "/dispatch") { request, context in
            let body = try await JSONBody.decode(SaveRequest.self, from: request, context: context)
            let tree = try await services.orgUnits.tree()
            let unit = try services.orgUnits.unit(body.orgUnit, in: tree)
            try context.requireAccess(to: unit.id)
            let month = try APIParameters.month(body.month)
            let sheet = try await service.sheet(unit: unit, month: month, tree: tree)
            let byCode = Dictionary(
                sheet.rows.compactMap { row in row.project.id.map { (row.project.code, $0) } },
                uniquingKeysWith: { first, _ in first })
            var inputs: [DispatchInput] = []
            for entry in body.entries {
                guard let id = Int64(entry.project).flatMap({ id in sheet.rows.contains { $0.project.id == id } ? id : nil })
                    ?? byCode[entry.project]
                else {
                    throw ProjectServiceError.projectNotInDispatch(code: entry.project, unit: unit.name)
                }
                inputs.append(
                    DispatchInput(
                        projectID: id, investment: entry.completedInvestment?.plainString ?? "",
                        funds: entry.fundsInPlace?.plainString ?? "", progressNote: entry.progressNote ?? "",
                        problemNote: entry.problemNote ?? ""))
            }
            let expected = request.headers[.ifMatch].map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
            }
            let result = try await service.save(
                unit: unit, month: month, inputs: inputs, tree: tree, actor: context.actor,
                loadedFingerprint: expected)
            guard result.isSaved else {
                throw APIError.unprocessable("月调度数据未保存：有\(result.problems.count)处需要修改。", problems: result.problems)
            }
            return try JSONResponse.make(["savedCount": result.savedCount])
        }
        for (path, kind) in DispatchPageController.steps {
            api.on(.post, "/dispatch/\(path)") { request, context in
                guard let user = context.user else { throw AuthenticationError.unauthenticated }
                let body = try await JSONBody.decode(WorkflowAPI.StepBody.self, from: request, context: context)
                let tree = try await services.orgUnits.tree()
                let named = try services.orgUnits.unit(body.orgUnit, in: tree)
                let zone = tree.unit(id: ProjectRepository.dispatchUnit(of: named.id, in: tree)) ?? named
                try context.requireAccess(to: zone.id)
                let state = try await service.apply(
                    kind, zone: zone, month: try APIParameters.month(body.month), expectedVersion: body.expectedVersion,
                    reason: body.reason, user: user, tree: tree)
                return try JSONResponse.make(WorkflowAPI.StateBody(state))
            }
        }
    }

    static func body(_ sheet: DispatchSheet) -> SheetBody {
        SheetBody(
            orgUnitID: sheet.unit.id, month: sheet.month.description, version: sheet.fingerprint,
            unreportedCount: sheet.unreportedCount,
            zones: sheet.zones.map { zone in
                Zone(
                    orgUnitID: zone.unit.id, name: zone.unit.name, state: WorkflowAPI.StateBody(zone.state),
                    projectCount: zone.projectCount, reportedCount: zone.reportedCount,
                    unreported: zone.unreported.map { Unreported(projectID: $0.id ?? 0, code: $0.code, name: $0.name) })
            },
            rows: sheet.rows.map { row in
                Row(
                    projectID: row.project.id ?? 0, code: row.project.code, name: row.project.name,
                    orgUnitID: row.project.orgUnitID, dispatchUnitID: row.dispatchUnitID,
                    stage: row.project.stage.rawValue, annualPlan: row.annualPlan, yearBefore: row.yearBefore,
                    yearCompleted: row.yearCompleted, reported: row.entry != nil, locked: row.isLocked,
                    entry: row.entry.map { entry in
                        Entry(
                            completedInvestment: entry.completedInvestment, fundsInPlace: entry.fundsInPlace,
                            progressNote: entry.progressNote, problemNote: entry.problemNote)
                    })
            })
    }
}
