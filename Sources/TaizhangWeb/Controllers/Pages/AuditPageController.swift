import Foundation
import Hummingbird
import TaizhangCore
import TaizhangStore

/// GET /audit (留痕查询) with .xlsx/.csv export, and GET /history (变更记录) of one figure or org unit.
struct AuditPageController {
    let pages: PageContext

    static let exportLimit = 50_000

    func register(on router: PageRouter) {
        router.get("/audit") { request, context in try await show(request, context) }
        router.get("/audit.csv") { request, context in try await export(request, context, asCSV: true) }
        router.get("/audit.xlsx") { request, context in try await export(request, context, asCSV: false) }
        router.get("/history") { request, context in try await history(request, context) }
    }

    static func query(_ request: Request, tree: OrgTree) -> AuditService.Query {
        AuditService.Query(
            user: request.query("user"), entityType: request.query("type"), entityKey: request.query("key"),
            orgUnitID: request.query("unit").flatMap { text in (Int64(text).flatMap { tree.unit(id: $0) } ?? tree.unit(code: text))?.id },
            from: request.query("from"), to: request.query("to"), page: request.query("page").flatMap(Int.init) ?? 1)
    }

    func show(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let tree = try await pages.services.orgUnits.tree()
        let query = Self.query(request, tree: tree)
        let readable = context.permittedUnitIDs
        let (entries, total) = try await pages.services.audit.search(query, readable: readable)
        let pageCount = max(1, (total + AuditService.Query.pageSize - 1) / AuditService.Query.pageSize)
        let filters = [
            ("user", query.user), ("type", query.entityType), ("unit", query.orgUnitID.map(String.init)),
            ("from", query.from), ("to", query.to),
        ].compactMap { name, value in value.map { "\(name)=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" } }
            .joined(separator: "&")
        func link(_ page: Int) -> String { "/audit?" + (filters.isEmpty ? "" : filters + "&") + "page=\(page)" }
        let units = tree.units.filter { readable?.contains($0.id) ?? true }.map { unit in
            OptionView(value: String(unit.id), label: unit.name, isSelected: unit.id == query.orgUnitID)
        }
        let types = ["observation", "target", "orgUnit", "indicator", "period", "user", "apiToken"].map {
            OptionView(value: $0, label: AuditService.entityTypeName($0), isSelected: $0 == query.entityType)
        }
        let view = AuditPageView(
            layout: pages.layout(nil, heading: "留痕查询", context: context), user: query.user ?? "",
            entityType: query.entityType ?? "", unitOptions: units, typeOptions: types, from: query.from ?? "",
            to: query.to ?? "", entries: entries.map { AuditEntryView($0, tree: tree) }, hasEntries: !entries.isEmpty,
            summary: "共\(total)条记录，第\(min(query.page, pageCount))／\(pageCount)页。", exportQuery: filters,
            previousLink: query.page > 1 ? link(query.page - 1) : nil,
            nextLink: query.page < pageCount ? link(query.page + 1) : nil)
        return try pages.render("audit", view)
    }

    func export(_ request: Request, _ context: TaizhangRequestContext, asCSV: Bool) async throws -> Response {
        let tree = try await pages.services.orgUnits.tree()
        var query = Self.query(request, tree: tree)
        query.page = 1
        let (entries, _) = try await pages.services.audit.search(
            query, readable: context.permittedUnitIDs, limit: Self.exportLimit)
        if asCSV {
            return FileDownload.response(
                data: pages.services.audit.csv(entries, tree: tree), fileName: "留痕记录.csv",
                asciiFallback: "audit.csv", contentType: "text/csv; charset=utf-8")
        }
        return FileDownload.response(
            data: try pages.services.audit.xlsx(entries, tree: tree), fileName: "留痕记录.xlsx",
            asciiFallback: "audit.xlsx")
    }

    /// `?unit=&indicator=&month=`: one figure's history; `?unit=` alone: the org unit's own history.
    func history(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let services = pages.services
        let tree = try await services.orgUnits.tree()
        let unit = try services.orgUnits.selectedUnit(request.query("unit"), in: tree)
        let title: String
        let entries: [AuditEntry]
        if let code = request.query("indicator") {
            let indicator = try await services.indicators.catalogue().resolve(code)
            guard let indicator else { throw ServiceError.indicatorNotFound(code) }
            let month = try APIParameters.month(request.query("month"))
            title = "\(unit.name)\(month.chineseName)“\(indicator.name)”"
            entries = try await services.audit.history(
                entityType: ObservationAudit.entityType,
                entityKey: ObservationAudit.entityKey(orgUnitID: unit.id, month: month, indicatorCode: indicator.code))
        } else {
            title = "组织“\(unit.name)”"
            entries = try await services.audit.history(entityType: "orgUnit", entityKey: String(unit.id))
        }
        let view = HistoryPageView(
            layout: pages.layout(nil, heading: "变更记录", subheading: title, context: context), title: title,
            entries: entries.map { AuditEntryView($0, tree: tree) }, hasEntries: !entries.isEmpty)
        return try pages.render("history", view)
    }
}
