import Foundation
import TaizhangCore
import TaizhangOffice
import TaizhangStore

/// Reads the audit trail for people: a search (by user, entity, unit, dates) narrowed to the reader's scope,
/// the history of one figure or entity, and the search as .xlsx or CSV.
struct AuditService: Sendable {
    let database: TaizhangDatabase

    /// The filters of the search page and API, as typed.
    struct Query: Sendable {
        var user: String?
        var entityType: String?
        var entityKey: String?
        var orgUnitID: Int64?
        /// Inclusive dates (Beijing days), `yyyy-MM-dd`.
        var from: String?
        var to: String?
        var page: Int = 1

        static let pageSize = 50
    }

    func search(_ query: Query, readable: Set<Int64>?, limit: Int = Query.pageSize) async throws
        -> (entries: [AuditEntry], total: Int)
    {
        let from = try Self.day(query.from, field: "起始日期")
        let to = try Self.day(query.to, field: "截止日期").map { $0.addingTimeInterval(86_400) }
        let offset = max(0, query.page - 1) * limit
        let repository = database.audit
        let entries = try await repository.search(
            user: query.user, entityType: query.entityType, entityKey: query.entityKey, orgUnitID: query.orgUnitID,
            orgUnitIDs: readable, from: from, to: to, limit: limit, offset: offset)
        let total = try await repository.count(
            user: query.user, entityType: query.entityType, entityKey: query.entityKey, orgUnitID: query.orgUnitID,
            orgUnitIDs: readable, from: from, to: to)
        return (entries, total)
    }

    func history(entityType: String, entityKey: String) async throws -> [AuditEntry] {
        try await database.audit.history(entityType: entityType, entityKey: entityKey)
    }

    /// A Beijing calendar day as the instant it starts; nil for blank, a Chinese error for anything else.
    static func day(_ text: String?, field: String) throws -> Date? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        guard parts.count == 3, let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
        else { throw ServiceError.invalidField(field: field, value: text) }
        return date
    }

    static func beijing(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)):\(two(c.second))"
    }

    static let header = ["时间（北京时间）", "用户", "操作", "对象类型", "对象", "组织", "月份", "修改前", "修改后", "原因"]

    static func row(_ entry: AuditEntry, tree: OrgTree) -> [String] {
        [
            beijing(entry.at), entry.username, entry.action.displayName, entityTypeName(entry.entityType),
            entry.entityKey, entry.orgUnitID.flatMap { tree.unit(id: $0)?.name } ?? "", entry.month?.chineseName ?? "",
            entry.before ?? "", entry.after ?? "", entry.reason ?? "",
        ]
    }

    static func entityTypeName(_ type: String) -> String {
        switch type {
        case "observation": "指标值"
        case "target": "年度目标"
        case "orgUnit": "组织"
        case "indicator": "指标"
        case "user": "用户"
        case "apiToken": "接口令牌"
        case "period": "报送审核"
        default: type
        }
    }

    func csv(_ entries: [AuditEntry], tree: OrgTree) -> Data {
        var writer = CSVWriter()
        writer.appendRow(Self.header)
        for entry in entries { writer.appendRow(Self.row(entry, tree: tree)) }
        return writer.data()
    }

    func xlsx(_ entries: [AuditEntry], tree: OrgTree) throws -> Data {
        try TemporaryFile.write { url in
            let writer = try XLSXWriter(url: url)
            let sheet = try writer.addSheet(name: "留痕记录", header: Self.header)
            for entry in entries { try sheet.appendTextRow(Self.row(entry, tree: tree)) }
            try writer.finish()
        }
    }
}
