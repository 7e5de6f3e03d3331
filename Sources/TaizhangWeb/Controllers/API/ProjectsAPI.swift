import Foundation
import Hummingbird
import TaizhangCore
import TaizhangStore

/// /api/v1/projects: the ledger with filters and sums, one project with its history, follow-ups, progress and
/// problems, creating and changing projects, stage changes with their facts, follow-ups, and the project's
/// problems (/projects/{id}/matters, /matters/{id}). `{id}` is the project's id or its code; every call is
/// checked against the project's own org unit.
struct ProjectsAPI {
    let services: WebServices

    var service: ProjectService { services.projects.ledger }

    func register(on api: APIRouter) {
        api.on(.get, "/projects") { request, context in try await list(request, context) }
        api.on(.post, "/projects") { request, context in try await create(request, context) }
        // Before /projects/{id}, which would otherwise take "statistics" for a code.
        ProjectsStatisticsAPI(services: services).register(on: api)
        api.on(.get, "/projects/{id}") { request, context in try await show(request, context) }
        api.on(.put, "/projects/{id}") { request, context in try await update(request, context) }
        api.on(.post, "/projects/{id}/stage") { request, context in try await changeStage(request, context) }
        api.on(.post, "/projects/{id}/follow-ups") { request, context in try await addFollowUp(request, context) }
        ProjectsMattersAPI(services: services).register(on: api)
    }

    struct ListBody: Encodable {
        let month: String
        let count: Int
        @ExactDecimal var plannedInvestment: Decimal?
        @ExactDecimal var annualPlan: Decimal?
        @ExactDecimal var yearCompleted: Decimal?
        let projects: [ProjectsAPIBodies.LedgerRow]
    }

    struct DetailBody: Encodable {
        let project: ProjectsAPIBodies.Project
        let history: [ProjectsAPIBodies.StageChange]
        let allowedStages: [String]
        let followUps: [ProjectsAPIBodies.FollowUp]
        let progress: [ProjectsAPIBodies.Progress]
        let matters: [ProjectsAPIBodies.Matter]
    }

    struct StageBody: Encodable {
        let project: ProjectsAPIBodies.Project
        let change: ProjectsAPIBodies.StageChange
    }

    func list(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let tree = try await services.orgUnits.tree()
        let unit = try request.query("unit").map { try services.orgUnits.unit($0, in: tree) }
        let month = try await services.months.resolve(request.query("month"), for: nil)
        var query = ProjectQuery(unitID: unit?.id)
        if let text = request.query("stage") {
            guard let stage = ProjectStage(rawValue: text) ?? ProjectStage(displayName: text) else {
                throw APIError.badRequest("参数 stage“\(text)”无法识别。")
            }
            query.stage = stage
        }
        if let text = request.query("level") {
            guard let level = ProjectLevel(rawValue: text) ?? ProjectLevel(displayName: text) else {
                throw APIError.badRequest("参数 level“\(text)”无法识别。")
            }
            query.level = level
        }
        query.industryChain = request.query("chain")
        query.liaisonLeader = request.query("leader")
        query.text = request.query("q")
        let ledger = try await service.ledger(query, readable: context.readableUnitIDs, month: month, tree: tree)
        return try JSONResponse.make(
            ListBody(
                month: month.description, count: ledger.rows.count, plannedInvestment: ledger.plannedInvestment,
                annualPlan: ledger.annualPlan, yearCompleted: ledger.yearCompleted,
                projects: ledger.rows.map(ProjectsAPIBodies.LedgerRow.init)))
    }

    /// The project named by the path, refused unless the route's action is allowed on its org unit.
    func authorizedProject(_ context: TaizhangRequestContext) async throws -> Project {
        let project = try await service.project(context.parameters.get("id") ?? "")
        try context.requireAccess(to: project.orgUnitID)
        return project
    }

    func show(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let project = try await authorizedProject(context)
        let month = try await services.months.resolve(request.query("month"), for: nil)
        let detail = try await service.detail(id: project.id ?? 0, month: month)
        let today = ProjectCalendar.today()
        return try JSONResponse.make(
            DetailBody(
                project: .init(detail.project), history: detail.history.map(ProjectsAPIBodies.StageChange.init),
                allowedStages: ProjectLifecycle.allowedTargets(from: project.stage).map(\.rawValue),
                followUps: detail.followUps.map(ProjectsAPIBodies.FollowUp.init),
                progress: detail.progress.map(ProjectsAPIBodies.Progress.init),
                matters: detail.matters.map { ProjectsAPIBodies.Matter($0, today: today) }))
    }

    func create(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let input = try await JSONBody.decode(ProjectsAPIBodies.ProjectInput.self, from: request, context: context)
        let tree = try await services.orgUnits.tree()
        let project = try input.applied(to: ProjectFields()).project(base: nil, tree: tree).get()
        try context.requireAccess(to: project.orgUnitID)
        let saved = try await service.create(
            project, user: context.user, actor: context.actor, today: ProjectCalendar.today())
        return try JSONResponse.make(ProjectsAPIBodies.Project(saved), status: .created)
    }

    func update(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let stored = try await authorizedProject(context)
        let input = try await JSONBody.decode(ProjectsAPIBodies.ProjectInput.self, from: request, context: context)
        let tree = try await services.orgUnits.tree()
        let project = try input.applied(to: ProjectFields(stored)).project(base: stored, tree: tree).get()
        try context.requireAccess(to: project.orgUnitID)
        let saved = try await service.update(project, actor: context.actor)
        return try JSONResponse.make(ProjectsAPIBodies.Project(saved))
    }

    func changeStage(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let project = try await authorizedProject(context)
        let body = try await JSONBody.decode(ProjectsAPIBodies.StageRequest.self, from: request, context: context)
        guard let target = ProjectStage(rawValue: body.to) ?? ProjectStage(displayName: body.to) else {
            throw ProjectServiceError.invalidInput(field: "to", message: "目标阶段“\(body.to)”无法识别。")
        }
        let facts = StageFacts(
            signedOn: try ProjectFields.date(body.signedOn, label: "签约日期"), contractValue: body.contractValue,
            actualStart: try ProjectFields.date(body.actualStart, label: "实际开工日期"),
            actualCompletion: try ProjectFields.date(body.actualCompletion, label: "实际竣工日期"),
            productionOn: try ProjectFields.date(body.productionOn, label: "投产日期"))
        let (updated, change) = try await service.changeStage(
            project, to: target, facts: facts, reason: body.reason, user: context.user, actor: context.actor,
            today: ProjectCalendar.today())
        return try JSONResponse.make(StageBody(project: .init(updated), change: .init(change)))
    }

    func addFollowUp(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let project = try await authorizedProject(context)
        let body = try await JSONBody.decode(ProjectsAPIBodies.FollowUpRequest.self, from: request, context: context)
        let followUp = try await service.addFollowUp(
            to: project, on: try ProjectFields.date(body.on, label: "跟进日期") ?? ProjectCalendar.today(),
            kind: body.kind ?? "其他", participants: body.participants, summary: body.summary, actor: context.actor)
        return try JSONResponse.make(ProjectsAPIBodies.FollowUp(followUp), status: .created)
    }
}
