import Foundation
import Hummingbird
import TaizhangCore
import TaizhangStore

/// GET /dispatch?unit=&month= — the month's dispatch screen (月调度); POST /dispatch saves it in one go;
/// POST /dispatch/submit|approve|return|reopen move a zone's dispatch through the workflow.
struct DispatchPageController {
    let pages: PageContext

    var service: DispatchService { pages.services.projects.dispatch }

    func register(on router: PageRouter) {
        router.on(.get, "/dispatch") { request, context in try await show(request, context) }
        router.on(.post, "/dispatch") { request, context in try await save(request, context) }
        for (path, kind) in Self.steps {
            router.on(.post, "/dispatch/\(path)") { request, context in try await step(kind, request, context) }
        }
    }

    static let steps: [(String, WorkflowEventKind)] = [
        ("submit", .submit), ("approve", .approve), ("return", .returnForRevision), ("reopen", .reopen),
    ]

    func show(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let tree = try await pages.services.orgUnits.tree()
        let unit = try pages.projectUnit(request, tree: tree)
        let month = try await pages.projectMonth(request)
        return try await render(unit: unit, month: month, tree: tree, context: context)
    }

    func save(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let form = try await FormFields.read(from: request, context: context)
        let tree = try await pages.services.orgUnits.tree()
        let unit = try pages.services.orgUnits.unit(form["unit"] ?? "", in: tree)
        try context.requireAccess(to: unit.id)
        guard let monthText = form["month"], let month = YearMonth.parse(monthText) else {
            throw ServiceError.invalidMonth(form["month"] ?? "")
        }
        let inputs = Self.inputs(form)
        let typed = Dictionary(inputs.map { ($0.projectID, $0) }, uniquingKeysWith: { $1 })
        do {
            let result = try await service.save(
                unit: unit, month: month, inputs: inputs, tree: tree, actor: context.actor,
                loadedFingerprint: form["loaded"])
            guard result.isSaved else {
                return try await render(
                    unit: unit, month: month, tree: tree, context: context, typed: typed, problems: result.problems,
                    summary: "未保存：共\(result.problems.count)处需要修改，请看标红的行。", summaryClass: "error",
                    status: .unprocessableContent, loaded: form["loaded"])
            }
            let text =
                result.savedCount == 0
                ? "没有改动，未保存任何内容。" : "已保存\(unit.name)\(month.chineseName)\(result.savedCount)个项目的调度数据。"
            return .redirect(
                to: "/dispatch?unit=\(unit.id)&month=\(month.description)", flash: FlashMessage(.success, text))
        } catch let error as ConcurrentEdit {
            return try await render(
                unit: unit, month: month, tree: tree, context: context, typed: typed, problems: [],
                summary: error.userMessage, summaryClass: "error", status: .conflict, loaded: form["loaded"])
        } catch let error as ProjectStoreError {
            guard case .dispatchLocked = error else { throw error }
            return try await render(
                unit: unit, month: month, tree: tree, context: context, typed: typed, problems: [],
                summary: error.userMessage, summaryClass: "error", status: .conflict, loaded: form["loaded"])
        }
    }

    /// The rows of a posted screen: one `row` field per editable project, then its four boxes.
    static func inputs(_ form: FormFields) -> [DispatchInput] {
        form.pairs.filter { $0.name == "row" }.compactMap { Int64($0.value) }.map { id in
            DispatchInput(
                projectID: id, investment: form.raw("investment.\(id)"), funds: form.raw("funds.\(id)"),
                progressNote: form.raw("progress.\(id)"), problemNote: form.raw("problem.\(id)"))
        }
    }

    func step(_ kind: WorkflowEventKind, _ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        guard let user = context.user else { throw AuthenticationError.unauthenticated }
        let form = try await FormFields.read(from: request, context: context)
        let tree = try await pages.services.orgUnits.tree()
        let named = try pages.services.orgUnits.unit(form["unit"] ?? "", in: tree)
        let zone = tree.unit(id: ProjectRepository.dispatchUnit(of: named.id, in: tree)) ?? named
        try context.requireAccess(to: zone.id)
        guard let monthText = form["month"], let month = YearMonth.parse(monthText) else {
            throw ServiceError.invalidMonth(form["month"] ?? "")
        }
        let back = "/dispatch?unit=\(form["back"] ?? String(zone.id))&month=\(month.description)"
        do {
            guard let version = form["version"].flatMap({ Int($0) }) else {
                throw ServiceError.invalidField(field: "版本", value: form["version"] ?? "")
            }
            _ = try await service.apply(
                kind, zone: zone, month: month, expectedVersion: version, reason: form["reason"], user: user, tree: tree)
            let done =
                switch kind {
                case .submit: "已报送\(zone.name)\(month.chineseName)的月调度。"
                case .approve: "已审核通过\(zone.name)\(month.chineseName)的月调度，数据已锁定。"
                case .returnForRevision: "已退回\(zone.name)\(month.chineseName)的月调度。"
                case .reopen: "已重新打开\(zone.name)\(month.chineseName)的月调度。"
                }
            return .redirect(to: back, flash: FlashMessage(.success, done))
        } catch let error as any UserFacingError {
            return .redirect(to: back, flash: FlashMessage(.error, error.userMessage))
        }
    }

    private func render(
        unit: OrgUnit, month: YearMonth, tree: OrgTree, context: TaizhangRequestContext,
        typed: [Int64: DispatchInput]? = nil, problems: [APIProblem] = [], summary: String? = nil,
        summaryClass: String = "", status: HTTPResponse.Status = .ok, loaded: String? = nil
    ) async throws -> Response {
        let sheet = try await service.sheet(unit: unit, month: month, tree: tree)
        let layout = pages.projectLayout(
            heading: "\(unit.name)项目月调度", subheading: month.chineseName, context: context,
            picker: pages.picker(action: "/dispatch", tree: tree, selected: unit, month: month, context: context),
            unitID: unit.id, month: month)
        let view = DispatchPageView(
            layout: layout, nav: ProjectNavView(.dispatch, unitID: unit.id, month: month), sheet: sheet,
            canReport: { pages.may(.reportDispatch, on: $0, context: context, tree: tree) },
            zoneActions: { zone in
                (
                    pages.may(.submitDispatch, on: zone, context: context, tree: tree),
                    pages.may(.approveDispatch, on: zone, context: context, tree: tree)
                )
            }, typed: typed, problems: problems, summary: summary, summaryClass: summaryClass, loaded: loaded)
        return try pages.render("dispatch", view, status: status)
    }
}
