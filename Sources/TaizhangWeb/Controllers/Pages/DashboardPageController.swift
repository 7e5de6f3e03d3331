import Hummingbird
import TaizhangCore

/// GET /dashboard?unit=&month= — the zone dashboard (驾驶舱).
struct DashboardPageController {
    let pages: PageContext

    func register(on router: PageRouter) {
        router.get("/dashboard") { request, context in try await show(request, context) }
    }

    func show(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let services = pages.services
        let tree = try await services.orgUnits.tree()
        let unit = try services.orgUnits.selectedUnit(request.query("unit"), in: tree)
        let month = try await services.months.resolve(request.query("month"), for: unit.id)
        let report = try await services.dashboard.report(unit: unit, month: month, tree: tree)
        let layout = pages.layout(
            .dashboard, heading: "\(unit.name)经济运行驾驶舱", subheading: report.periodName, context: context,
            picker: pages.picker(action: "/dashboard", tree: tree, selected: unit, month: month, context: context),
            selection: PageSelection(unitID: unit.id, month: month.description))
        return try pages.render("dashboard", DashboardPageView(layout: layout, report: report))
    }
}
