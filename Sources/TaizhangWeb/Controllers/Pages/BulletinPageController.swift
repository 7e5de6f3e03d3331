import Foundation
import Hummingbird
import TaizhangCore
import TaizhangOffice

/// GET /bulletin?unit=&month= — the month's bulletin (督查通报) of the city or a unit; GET /bulletin.xlsx the
/// same as a workbook.
struct BulletinPageController {
    let pages: PageContext

    var service: BulletinService { pages.services.projects.bulletin }

    func register(on router: PageRouter) {
        router.on(.get, "/bulletin") { request, context in try await show(request, context) }
        router.on(.get, "/bulletin.xlsx") { request, context in try await download(request, context) }
    }

    func show(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let tree = try await pages.services.orgUnits.tree()
        let unit = try pages.projectUnit(request, tree: tree)
        let month = try await pages.projectMonth(request)
        let (bulletin, report) = try await service.page(unit: unit, month: month, tree: tree)
        let layout = pages.projectLayout(
            heading: "督查通报", subheading: ProjectBulletinWorkbook.title(scopeName: unit.name, month: month),
            context: context,
            picker: pages.picker(
                action: "/bulletin", tree: tree, selected: unit, month: month, kinds: [.city, .district, .zone],
                context: context),
            unitID: unit.id, month: month)
        var view = BulletinPageView(
            layout: layout, nav: ProjectNavView(.bulletin, unitID: unit.id, month: month), unit: unit,
            bulletin: bulletin, report: report,
            xlsxHref: "/bulletin.xlsx?unit=\(unit.id)&month=\(month.description)")
        view = view.titled(ProjectBulletinWorkbook.title(scopeName: unit.name, month: month))
        return try pages.render("bulletin", view)
    }

    func download(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let tree = try await pages.services.orgUnits.tree()
        let unit = try pages.projectUnit(request, tree: tree)
        let month = try await pages.projectMonth(request)
        let bulletin = try await service.bulletin(unit: unit, month: month, tree: tree)
        let title = ProjectBulletinWorkbook.title(scopeName: unit.name, month: month)
        let data = try ProjectBulletinWorkbook.write(bulletin, title: title, formatter: ProjectFormat.formatter)
        return FileDownload.response(
            data: data, fileName: "\(title).xlsx", asciiFallback: "bulletin-\(unit.code)-\(month.description).xlsx")
    }
}

extension BulletinPageView {
    /// The same page under the workbook's title, so that the page and the file are named alike.
    func titled(_ title: String) -> BulletinPageView {
        BulletinPageView(
            layout: layout, projectNav: projectNav, title: title, lead: lead, xlsxHref: xlsxHref, headline: headline,
            rates: rates, signing: signing, zones: zones, hasZones: hasZones, projects: projects,
            hasProjects: hasProjects, projectsNote: projectsNote, lagging: lagging, hasLagging: hasLagging,
            overdue: overdue, hasOverdue: hasOverdue, breakdowns: breakdowns, lagRule: lagRule)
    }
}
