import Hummingbird
import TaizhangCore

/// GET /org-units shows the tree; POSTs create, rename, move, archive and restore units, each redirecting
/// back with a flash message.
struct OrgUnitsPageController {
    let pages: PageContext

    func register(on router: PageRouter) {
        router.get("/org-units") { request, context in try await show(request, context) }
        router.post("/org-units") { request, context in
            try await perform(request, context) { fields, service in
                guard let kind = fields["kind"].flatMap(OrgUnitKind.init(rawValue:)) else {
                    throw ServiceError.invalidField(field: "层级", value: fields["kind"] ?? "")
                }
                try context.requireAccess(to: fields["parent"].flatMap { Int64($0) })
                let unit = try await service.create(
                    code: fields["code"] ?? "", name: fields["name"] ?? "", kind: kind,
                    parentID: fields["parent"].flatMap { Int64($0) }, actor: context.actor)
                return "已新建\(unit.kind.displayName)“\(unit.name)”。"
            }
        }
        router.post("/org-units/:id/rename") { request, context in
            try await perform(request, context) { fields, service in
                let unit = try await service.rename(id: try id(context), to: fields["name"] ?? "", actor: context.actor)
                return "已改名为“\(unit.name)”。"
            }
        }
        router.post("/org-units/:id/move") { request, context in
            try await perform(request, context) { fields, service in
                let parent = fields["parent"].flatMap { Int64($0) }
                try context.requireAccess(to: parent)
                let unit = try await service.move(id: try id(context), toParent: parent, actor: context.actor)
                return "已移动“\(unit.name)”。"
            }
        }
        router.post("/org-units/:id/archive") { request, context in
            try await perform(request, context) { _, service in
                try await service.archive(id: try id(context), actor: context.actor)
                return "已归档。"
            }
        }
        router.post("/org-units/:id/unarchive") { request, context in
            try await perform(request, context) { _, service in
                try await service.unarchive(id: try id(context), actor: context.actor)
                return "已恢复。"
            }
        }
    }

    func show(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let tree = try await pages.services.orgUnits.tree()
        let carried = try await pages.carriedSelection(request, action: "/org-units")
        let layout = pages.layout(
            .orgUnits, heading: "组织机构", subheading: "新建、改名、移动、归档", context: context, picker: carried?.0,
            selection: carried?.1)
        return try pages.render(
            "org-units", OrgUnitsPageView(layout: layout, tree: tree, showsArchived: request.query("archived") != nil))
    }

    /// Runs one change and redirects back to the tree; a refused change comes back as an error flash.
    private func perform(
        _ request: Request, _ context: TaizhangRequestContext,
        _ change: (FormFields, OrgUnitService) async throws -> String
    ) async throws -> Response {
        let fields = try await FormFields.read(from: request, context: context)
        do {
            let message = try await change(fields, pages.services.orgUnits)
            return .redirect(to: "/org-units", flash: FlashMessage(.success, message))
        } catch let error as AccessDenied {
            throw error  // a refusal is a 403 page, not a flash that reads like a failed edit
        } catch let error as any UserFacingError {
            return .redirect(to: "/org-units", flash: FlashMessage(.error, "操作未完成：" + error.userMessage))
        }
    }

    private func id(_ context: TaizhangRequestContext) throws -> Int64 {
        guard let text = context.parameters.get("id"), let id = Int64(text) else {
            throw ServiceError.orgUnitNotFound(context.parameters.get("id") ?? "")
        }
        return id
    }
}
