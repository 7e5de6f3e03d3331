import Foundation
import Hummingbird
import TaizhangCore

/// The project record's pages: GET /projects/new and POST /projects (create), GET /projects/{id} (the project
/// page), GET /projects/{id}/edit and POST /projects/{id} (edit), POST /projects/{id}/stage (a stage change with
/// its facts), POST /projects/{id}/follow-ups, POST /projects/{id}/matters and POST /matters/{id}/resolve.
struct ProjectPageController {
    let pages: PageContext

    var service: ProjectService { pages.services.projects.ledger }

    func register(on router: PageRouter) {
        router.on(.get, "/projects/new") { request, context in try await newForm(request, context) }
        router.on(.post, "/projects") { request, context in try await create(request, context) }
        router.on(.get, "/projects/:id") { request, context in try await show(request, context) }
        router.on(.get, "/projects/:id/edit") { request, context in try await editForm(request, context) }
        router.on(.post, "/projects/:id") { request, context in try await update(request, context) }
        router.on(.post, "/projects/:id/stage") { request, context in try await changeStage(request, context) }
        router.on(.post, "/projects/:id/follow-ups") { request, context in try await addFollowUp(request, context) }
        router.on(.post, "/projects/:id/matters") { request, context in try await raiseMatter(request, context) }
        router.on(.post, "/matters/:id/resolve") { request, context in try await resolveMatter(request, context) }
    }

    // MARK: The project page

    func show(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let project = try await pages.authorizedProject(context)
        return try await render(project, request: request, context: context)
    }

    /// The project page; `flash` and `status` show a refused form post on the page itself.
    func render(
        _ project: Project, request: Request, context: TaizhangRequestContext, flash: FlashMessage? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let tree = try await pages.services.orgUnits.tree()
        let month = try await pages.projectMonth(request)
        let detail = try await service.detail(id: project.id ?? 0, month: month)
        let unitPath = tree.path(to: project.orgUnitID).map(\.name).joined(separator: " › ")
        let layout = pages.layout(
            nil, heading: project.name, subheading: unitPath, context: context, flash: flash)
        let view = ProjectDetailPageView(
            layout: layout, nav: ProjectNavView(.none, unitID: project.orgUnitID, month: month), detail: detail,
            unitPath: unitPath, canEdit: pages.may(.editProjects, on: project.orgUnitID, context: context, tree: tree),
            canReadAudit: pages.may(.readAudit, on: project.orgUnitID, context: context, tree: tree),
            today: ProjectCalendar.today())
        return try pages.render("project-detail", view, status: status)
    }

    // MARK: Create and edit

    func newForm(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let tree = try await pages.services.orgUnits.tree()
        let unit = try pages.projectUnit(request, tree: tree)
        var fields = ProjectFields()
        fields.values["orgUnit"] = String(unit.id)
        return try await renderForm(fields: fields, base: nil, context: context, tree: tree)
    }

    func editForm(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let project = try await pages.authorizedProject(context)
        let tree = try await pages.services.orgUnits.tree()
        return try await renderForm(fields: ProjectFields(project), base: project, context: context, tree: tree)
    }

    func create(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let form = try await FormFields.read(from: request, context: context)
        let fields = ProjectFields(form: form)
        let tree = try await pages.services.orgUnits.tree()
        switch fields.project(base: nil, tree: tree) {
        case .failure(let error):
            return try await renderForm(
                fields: fields, base: nil, context: context, tree: tree, problems: error.problems,
                status: .unprocessableContent)
        case .success(let project):
            try context.requireAccess(to: project.orgUnitID)
            do {
                let saved = try await service.create(
                    project, user: context.user, actor: context.actor, today: ProjectCalendar.today())
                return .redirect(
                    to: "/projects/\(saved.id ?? 0)", flash: FlashMessage(.success, "已新建项目“\(saved.name)”。"))
            } catch let error as any UserFacingError {
                return try await renderForm(
                    fields: fields, base: nil, context: context, tree: tree,
                    problems: [APIProblem(message: error.userMessage)], status: .unprocessableContent)
            }
        }
    }

    func update(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let stored = try await pages.authorizedProject(context)
        let form = try await FormFields.read(from: request, context: context)
        let fields = ProjectFields(form: form)
        let tree = try await pages.services.orgUnits.tree()
        switch fields.project(base: stored, tree: tree) {
        case .failure(let error):
            return try await renderForm(
                fields: fields, base: stored, context: context, tree: tree, problems: error.problems,
                status: .unprocessableContent)
        case .success(let project):
            // Moving a project to another unit needs the right there too.
            try context.requireAccess(to: project.orgUnitID)
            do {
                let saved = try await service.update(project, actor: context.actor)
                return .redirect(
                    to: "/projects/\(saved.id ?? 0)", flash: FlashMessage(.success, "已保存项目“\(saved.name)”的修改。"))
            } catch let error as any UserFacingError {
                return try await renderForm(
                    fields: fields, base: stored, context: context, tree: tree,
                    problems: [APIProblem(message: error.userMessage)], status: .unprocessableContent)
            }
        }
    }

    private func renderForm(
        fields: ProjectFields, base: Project?, context: TaizhangRequestContext, tree: OrgTree,
        problems: [APIProblem] = [], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let month = pages.services.months.referenceMonth
        let editable = context.user.map { AccessPolicy.permittedUnitIDs($0.grant, .editProjects, tree: tree) } ?? []
        let units = tree.units.filter { unit in
            (!unit.isArchived || String(unit.id) == fields["orgUnit"]) && (editable?.contains(unit.id) ?? true)
        }
        let heading = base.map { "编辑项目：\($0.name)" } ?? "新建项目"
        let layout = pages.layout(nil, heading: heading, subheading: base?.code, context: context)
        let view = ProjectFormPageView(
            layout: layout, nav: ProjectNavView(.ledger, unitID: base?.orgUnitID, month: month),
            action: base.map { "/projects/\($0.id ?? 0)" } ?? "/projects", isNew: base == nil,
            cancelHref: base.map { "/projects/\($0.id ?? 0)" } ?? "/projects", fields: fields, units: units, tree: tree,
            chains: try await service.chains(),
            planYears: ProjectFields.planYears(around: month.year, planned: fields.annualPlans), problems: problems)
        return try pages.render("project-form", view, status: status)
    }

    // MARK: Stage, follow-ups, problems

    func changeStage(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let project = try await pages.authorizedProject(context)
        let form = try await FormFields.read(from: request, context: context)
        do {
            let target = try Self.stage(form["to"])
            let facts = try Self.facts(form)
            let (updated, _) = try await service.changeStage(
                project, to: target, facts: facts, reason: form["reason"], user: context.user, actor: context.actor,
                today: ProjectCalendar.today())
            return .redirect(
                to: "/projects/\(project.id ?? 0)",
                flash: FlashMessage(.success, "项目“\(updated.name)”已转为\(updated.stage.displayName)。"))
        } catch let error as any UserFacingError {
            return try await render(
                project, request: request, context: context, flash: FlashMessage(.error, error.userMessage),
                status: .unprocessableContent)
        }
    }

    func addFollowUp(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let project = try await pages.authorizedProject(context)
        let form = try await FormFields.read(from: request, context: context)
        do {
            let day = try Self.date(form["on"], label: "跟进日期") ?? ProjectCalendar.today()
            _ = try await service.addFollowUp(
                to: project, on: day, kind: form["kind"] ?? "其他", participants: form["participants"],
                summary: form["summary"] ?? "", actor: context.actor)
            return .redirect(to: "/projects/\(project.id ?? 0)", flash: FlashMessage(.success, "已添加跟进记录。"))
        } catch let error as any UserFacingError {
            return try await render(
                project, request: request, context: context, flash: FlashMessage(.error, error.userMessage),
                status: .unprocessableContent)
        }
    }

    func raiseMatter(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let project = try await pages.authorizedProject(context)
        let form = try await FormFields.read(from: request, context: context)
        do {
            guard let kindText = form["kind"], let kind = MatterKind(displayName: kindText) else {
                throw ProjectServiceError.invalidInput(field: "kind", message: "请选择问题类别（供地、供水、供电、手续、融资、其他）。")
            }
            _ = try await service.raiseMatter(
                on: project, kind: kind, description: form["description"] ?? "", ownerUnit: form["ownerUnit"] ?? "",
                deadline: try Self.date(form["deadline"], label: "办结时限"), raisedOn: ProjectCalendar.today(),
                actor: context.actor)
            return .redirect(to: "/projects/\(project.id ?? 0)#matters", flash: FlashMessage(.success, "已添加问题。"))
        } catch let error as any UserFacingError {
            return try await render(
                project, request: request, context: context, flash: FlashMessage(.error, error.userMessage),
                status: .unprocessableContent)
        }
    }

    func resolveMatter(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        guard let text = context.parameters.get("id"), let id = Int64(text) else {
            throw ProjectServiceError.matterNotFound(0)
        }
        let matter = try await service.matter(id: id)
        try context.requireAccess(to: matter.orgUnitID)
        let form = try await FormFields.read(from: request, context: context)
        let back = matter.projectID.map { "/projects/\($0)#matters" } ?? "/projects"
        do {
            let day = try Self.date(form["resolvedOn"], label: "解决日期") ?? ProjectCalendar.today()
            _ = try await service.resolveMatter(
                matter, on: day, resolution: form["resolution"] ?? "", actor: context.actor)
            return .redirect(to: back, flash: FlashMessage(.success, "已将问题标记为已解决。"))
        } catch let error as any UserFacingError {
            return .redirect(to: back, flash: FlashMessage(.error, error.userMessage))
        }
    }

    // MARK: Reading form values

    static func stage(_ text: String?) throws -> ProjectStage {
        guard let text, let stage = ProjectStage(rawValue: text) ?? ProjectStage(displayName: text) else {
            throw ProjectServiceError.invalidInput(field: "to", message: "目标阶段“\(text ?? "")”无法识别。")
        }
        return stage
    }

    static func date(_ text: String?, label: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(text) else {
            throw ProjectServiceError.invalidInput(field: label, message: "\(label)“\(text)”无法识别，请按“2026-03-15”填写。")
        }
        return date
    }

    /// The facts a stage form sends (only those it has boxes for).
    static func facts(_ form: FormFields) throws -> StageFacts {
        var contract: Decimal?
        if let text = form["contractValue"] {
            guard let value = FormFields.parseFigure(text) else {
                throw ProjectServiceError.invalidInput(field: "contractValue", message: "签约金额“\(text)”不是有效的数值（单位：万元）。")
            }
            contract = value
        }
        return StageFacts(
            signedOn: try date(form["signedOn"], label: "签约日期"), contractValue: contract,
            actualStart: try date(form["actualStart"], label: "实际开工日期"),
            actualCompletion: try date(form["actualCompletion"], label: "实际竣工日期"),
            productionOn: try date(form["productionOn"], label: "投产日期"))
    }
}
