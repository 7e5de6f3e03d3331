import Hummingbird
import TaizhangCore

/// GET /review?unit=&month= — the city's review page (报送审核): each zone's month and the reviewer's actions;
/// POST /review/approve|return|reopen perform them.
struct ReviewPageController {
    let pages: PageContext

    func register(on router: PageRouter) {
        router.get("/review") { request, context in try await show(request, context) }
        let steps = WorkflowStepHandler(services: pages.services)
        router.post("/review/approve") { request, context in try await steps.page(.approve, request, context) }
        router.post("/review/return") { request, context in
            try await steps.page(.returnForRevision, request, context)
        }
        router.post("/review/reopen") { request, context in try await steps.page(.reopen, request, context) }
    }

    func show(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let services = pages.services
        let tree = try await services.orgUnits.tree()
        let selected = try services.orgUnits.selectedUnit(request.query("unit"), in: tree)
        // A zone or park names its city: the page is about all the city's zones the user may see.
        let city = selected.kind == .city ? selected : services.orgUnits.city(of: selected, in: tree)
        let month = try await services.months.resolve(request.query("month"), for: selected.id)
        let statuses = try await services.workflow.review(
            unit: city, month: month, readable: context.readableUnitIDs)
        guard let user = context.user else { throw AuthenticationError.unauthenticated }
        let rows = statuses.map { ReviewRowView($0, month: month, grant: user.grant, tree: tree) }
        let layout = pages.layout(
            .review, heading: "\(city.name)报送审核", subheading: month.chineseName, context: context,
            picker: pages.picker(
                action: "/review", tree: tree, selected: selected, month: month, kinds: [.city, .zone], context: context),
            selection: PageSelection(unitID: selected.id, month: month.description))
        let view = ReviewPageView(
            layout: layout, unitID: city.id, month: month.description, monthName: month.chineseName,
            deadline: "\(services.workflow.deadlineDay)日", rows: rows, hasRows: !rows.isEmpty)
        return try pages.render("review", view)
    }
}
