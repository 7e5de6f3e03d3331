import Hummingbird
import TaizhangCore

/// GET /comparison?unit=&month=&indicator= — all zones of a city side by side.
struct ComparisonPageController {
    let pages: PageContext

    func register(on router: PageRouter) {
        router.get("/comparison") { request, context in try await show(request, context) }
    }

    func show(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let services = pages.services
        let tree = try await services.orgUnits.tree()
        let selected = try services.orgUnits.selectedUnit(request.query("unit"), in: tree)
        let city = services.orgUnits.city(of: selected, in: tree)
        let readable = context.readableUnitIDs
        let zones = tree.zones(in: city.id).filter { readable?.contains($0.id) ?? true }
        let month = try await services.months.resolve(request.query("month"), for: zones.first?.id ?? selected.id)
        let report = try await services.comparison.report(city: city, zones: zones, month: month)
        let chosen = request.query("indicator")
        let layout = pages.layout(
            .comparison, heading: "\(city.name)开发区对比", subheading: report.periodName, context: context,
            picker: pages.picker(
                action: "/comparison", tree: tree, selected: selected, month: month, kinds: [.city, .zone],
                hiddenFields: chosen.map { [HiddenField(name: "indicator", value: $0)] } ?? [], context: context),
            selection: PageSelection(unitID: selected.id, month: month.description))
        let view = ComparisonPageView(
            layout: layout, report: report, chosenCode: chosen,
            highlightedUnitID: selected.kind == .zone ? selected.id : nil,
            linkBase: "/comparison?unit=\(selected.id)&month=\(month.description)")
        return try pages.render("comparison", view)
    }
}
