import Foundation
import Hummingbird
import TaizhangCore

/// GET /projects (the ledger table), /projects/board (the pipeline board by stage) and /projects/mine
/// (我包联的项目), all over the same filters.
struct ProjectLedgerPageController {
    let pages: PageContext

    func register(on router: PageRouter) {
        router.on(.get, "/projects") { request, context in try await ledger(request, context) }
        router.on(.get, "/projects/board") { request, context in try await board(request, context) }
        router.on(.get, "/projects/mine") { request, context in try await mine(request, context) }
    }

    func ledger(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let services = pages.services
        let tree = try await services.orgUnits.tree()
        let unit = try pages.projectUnit(request, tree: tree)
        let month = try await pages.projectMonth(request)
        let query = pages.projectQuery(request, unit: unit)
        let ledger = try await services.projects.ledger.ledger(
            query, readable: context.readableUnitIDs, month: month, tree: tree)
        let picker = pages.picker(action: "/projects", tree: tree, selected: unit, month: month, context: context)
        let filter = ProjectFilterView(
            action: "/projects", picker: picker, query: query, chains: try await services.projects.ledger.chains())
        let layout = pages.projectLayout(
            heading: "\(unit.name)项目台账", subheading: "招商引资与重点项目 · 截至\(month.chineseName)", context: context,
            unitID: unit.id, month: month)
        let view = ProjectLedgerPageView(
            layout: layout, nav: ProjectNavView(.ledger, unitID: unit.id, month: month), filter: filter, ledger: ledger,
            canCreate: pages.may(.editProjects, on: unit.id, context: context, tree: tree),
            newHref: "/projects/new?unit=\(unit.id)")
        return try pages.render("project-ledger", view)
    }

    func board(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let services = pages.services
        let tree = try await services.orgUnits.tree()
        let unit = try pages.projectUnit(request, tree: tree)
        let month = try await pages.projectMonth(request)
        var query = pages.projectQuery(request, unit: unit)
        query.stage = nil
        let ledger = try await services.projects.ledger.ledger(
            query, readable: context.readableUnitIDs, month: month, tree: tree)
        let picker = pages.picker(action: "/projects/board", tree: tree, selected: unit, month: month, context: context)
        let filter = ProjectFilterView(
            action: "/projects/board", picker: picker, query: query,
            chains: try await services.projects.ledger.chains(), showsStage: false)
        let layout = pages.projectLayout(
            heading: "\(unit.name)项目看板", subheading: "从储备到投产的项目分布", context: context, unitID: unit.id,
            month: month)
        let view = ProjectBoardPageView(
            layout: layout, nav: ProjectNavView(.board, unitID: unit.id, month: month), filter: filter,
            ledger: ledger,
            ledgerLink: { stage in "/projects?unit=\(unit.id)&month=\(month.description)&stage=\(stage.rawValue)" })
        return try pages.render("project-board", view)
    }

    func mine(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let services = pages.services
        guard let user = context.user else { throw AuthenticationError.unauthenticated }
        let tree = try await services.orgUnits.tree()
        let unit = try pages.projectUnit(request, tree: tree)
        let month = try await pages.projectMonth(request)
        // A leader sees her own projects; the offices may look at any leader's.
        let canChoose = user.role != .leader
        let leader = (canChoose ? request.query("leader") : nil) ?? user.displayName
        var query = pages.projectQuery(request, unit: unit)
        query.liaisonLeader = leader
        query.stage = nil
        let ledger = try await services.projects.ledger.ledger(
            query, readable: context.readableUnitIDs, month: month, tree: tree)
        let ids = ledger.rows.compactMap(\.project.id)
        let matters = ids.isEmpty ? [] : try await services.projects.ledger.database.matters.list(projectIDs: ids, status: .open)
        let entries = ids.isEmpty ? [] : try await services.projects.ledger.repository.progress(month: month, projectIDs: ids)
        let notes = Dictionary(entries.map { ($0.projectID, $0) }, uniquingKeysWith: { $1 })
        let elapsed = ProjectBulletin.timeElapsed(at: month)
        let today = ProjectCalendar.today()
        let items = ledger.rows.map { row -> MyProjectView in
            let id = row.project.id ?? 0
            let rate = Statistics.completionRate(completed: row.yearCompleted, planned: row.annualPlan)
            let gap = rate.map { $0 - elapsed }
            let open = matters.filter { $0.projectID == id }.map { matter in
                "\(matter.kind.displayName)：\(matter.description)（责任单位：\(matter.ownerUnit)"
                    + (matter.deadline.map { "，时限\($0.chineseDescription)" } ?? "")
                    + (matter.isOverdue(asOf: today) ? "，已逾期" : "") + "）"
            }
            return MyProjectView(
                row: ProjectLedgerRowView(row, month: month),
                progressPhrase: ProjectFormat.formatter.scheduleProgressPhrase(completionRate: rate, gap: gap),
                progressClass: (gap ?? 0) < 0 ? "behind" : "ahead", latestNote: notes[id]?.progressNote,
                matters: open, hasMatters: !open.isEmpty)
        }
        let picker = pages.picker(action: "/projects/mine", tree: tree, selected: unit, month: month, context: context)
        let filter = ProjectFilterView(
            action: "/projects/mine", picker: picker, query: query,
            chains: try await services.projects.ledger.chains(), showsStage: false)
        let layout = pages.projectLayout(
            heading: "我包联的项目", subheading: "包联领导：\(leader) · 截至\(month.chineseName)", context: context,
            unitID: unit.id, month: month)
        let view = MyProjectsPageView(
            layout: layout, projectNav: ProjectNavView(.mine, unitID: unit.id, month: month), leaderName: leader,
            canChooseLeader: canChoose, filter: filter, items: items, hasItems: !items.isEmpty,
            summaryText: "共\(items.count)个项目，今年计划投资\(ProjectFormat.amount(ledger.annualPlan))万元，"
                + "累计完成\(ProjectFormat.amount(ledger.yearCompleted))万元，未解决问题\(matters.count)个。")
        return try pages.render("my-projects", view)
    }
}
