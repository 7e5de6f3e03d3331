import Foundation
import Hummingbird
import TaizhangCore
import TaizhangStore

/// What the project, dispatch and bulletin pages share: the unit and month they are about, the query of the
/// filter bar, the access checks on a project's own unit, and the page frame with the 项目 navigation.
extension PageContext {
    /// The unit a project page is about: the one named, else the first top-level unit (the city). Scoped users
    /// always name one (the authorizer sends them to their own unit).
    func projectUnit(_ request: Request, tree: OrgTree) throws -> OrgUnit {
        if let text = request.query("unit") { return try services.orgUnits.unit(text, in: tree) }
        guard let root = tree.roots.first ?? tree.units.first(where: { !$0.isArchived }) else {
            throw ServiceError.noUnits
        }
        return root
    }

    /// The month the figures run through: the one named, else the reporting month.
    func projectMonth(_ request: Request) async throws -> YearMonth {
        try await services.months.resolve(request.query("month"), for: nil)
    }

    /// The filter bar's conditions, read from the query string.
    func projectQuery(_ request: Request, unit: OrgUnit) -> ProjectQuery {
        ProjectQuery(
            unitID: unit.id,
            stage: request.query("stage").flatMap { ProjectStage(rawValue: $0) ?? ProjectStage(displayName: $0) },
            level: request.query("level").flatMap { ProjectLevel(rawValue: $0) ?? ProjectLevel(displayName: $0) },
            industryChain: request.query("chain"), liaisonLeader: request.query("leader"), text: request.query("q"))
    }

    /// The frame of a project page: no section of the main navigation is current, the 项目 group's is.
    func projectLayout(
        heading: String, subheading: String? = nil, context: TaizhangRequestContext, picker: PickerView? = nil,
        unitID: Int64?, month: YearMonth?
    ) -> LayoutView {
        layout(
            nil, heading: heading, subheading: subheading, context: context, picker: picker,
            selection: PageSelection(unitID: unitID, month: month?.description))
    }

    /// Whether the signed-in user may take `action` on `unitID` (to show or hide a button).
    func may(_ action: Action, on unitID: Int64, context: TaizhangRequestContext, tree: OrgTree) -> Bool {
        guard let user = context.user else { return false }
        return AccessPolicy.decide(user.grant, action, targetUnitID: unitID, tree: tree).isAllowed
    }

    /// The project of the path's `id`, refused (403) unless the route's action is allowed on its org unit.
    func authorizedProject(_ context: TaizhangRequestContext) async throws -> Project {
        guard let text = context.parameters.get("id"), let id = Int64(text) else {
            throw ProjectServiceError.projectNotFound(context.parameters.get("id") ?? "")
        }
        let project = try await services.projects.ledger.project(id: id)
        try context.requireAccess(to: project.orgUnitID)
        return project
    }
}
