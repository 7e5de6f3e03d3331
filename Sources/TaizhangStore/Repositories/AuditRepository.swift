import Foundation
import SQLKit
import TaizhangCore

/// The audit trail (留痕): appended inside the transaction of the change it records, searched and listed per
/// entity. Entries are never updated or deleted.
public struct AuditRepository: Sendable {
    let database: TaizhangDatabase

    public init(database: TaizhangDatabase) { self.database = database }

    static let columns = [
        "at", "user_id", "username", "action", "entity_type", "entity_key", "org_unit_id", "month", "before_json",
        "after_json", "reason",
    ]

    /// Writes entries on `sql`, the connection of the caller's transaction, so that the entries commit or roll
    /// back with the change they describe.
    public func append(_ entries: [AuditEntry], on sql: any SQLDatabase) async throws {
        let statement = "INSERT INTO audit_entries (\(Self.columns.joined(separator: ", "))) VALUES"
        for chunk in entries.chunked(SQLValues.batchSize) {
            // An import's thousands of entries share their time, user, action, type and reason: bind those once.
            var values = BulkRows()
            var sharedIndex: [String: Int] = [:]
            func shared(_ text: String?) -> BulkRows.Value {
                guard let text else { return .null }
                if let index = sharedIndex[text] { return .shared(index) }
                sharedIndex[text] = values.shared.count
                values.shared.append(text)
                return .shared(values.shared.count - 1)
            }
            values.rows.reserveCapacity(chunk.count)
            var lastAt: (Date, BulkRows.Value)?
            for entry in chunk {
                let at: BulkRows.Value
                if let lastAt, lastAt.0 == entry.at {
                    at = lastAt.1
                } else {
                    at = shared(SQLValues.timestamp(entry.at))
                    lastAt = (entry.at, at)
                }
                values.rows.append([
                    at, .integer(entry.userID), shared(entry.username), shared(entry.action.rawValue),
                    shared(entry.entityType), .text(entry.entityKey), .integer(entry.orgUnitID),
                    .integer(entry.month?.key), .text(entry.before), .text(entry.after), shared(entry.reason),
                ])
            }
            try await sql.raw("\(unsafeRaw: statement) \(values)").run()
        }
    }

    /// Writes entries in a transaction of their own (or the caller's, when inside `withTransaction`).
    public func append(_ entries: [AuditEntry]) async throws {
        guard !entries.isEmpty else { return }
        try await database.withTransaction { sql in try await append(entries, on: sql) }
    }

    /// Entries matching every given filter, newest first. `orgUnitIDs` restricts to a user's scope (nil: no
    /// restriction); `from` is inclusive, `to` exclusive.
    public func search(
        user: String? = nil, entityType: String? = nil, entityKey: String? = nil, orgUnitID: Int64? = nil,
        orgUnitIDs: Set<Int64>? = nil, from: Date? = nil, to: Date? = nil, limit: Int = 100, offset: Int = 0
    ) async throws -> [AuditEntry] {
        let filter = AuditFilter(
            user: user, entityType: entityType, entityKey: entityKey, orgUnitID: orgUnitID, orgUnitIDs: orgUnitIDs,
            from: from, to: to)
        return try await database.withConnection { sql in
            let query = sql.select().column("id").columns(Self.columns).from("audit_entries")
            filter.apply(to: query)
            return try await query.orderBy("id", .descending).limit(max(0, limit)).offset(max(0, offset)).all()
                .map(Self.decode)
        }
    }

    /// How many entries `search` with the same filters would find without limit, for paging.
    public func count(
        user: String? = nil, entityType: String? = nil, entityKey: String? = nil, orgUnitID: Int64? = nil,
        orgUnitIDs: Set<Int64>? = nil, from: Date? = nil, to: Date? = nil
    ) async throws -> Int {
        let filter = AuditFilter(
            user: user, entityType: entityType, entityKey: entityKey, orgUnitID: orgUnitID, orgUnitIDs: orgUnitIDs,
            from: from, to: to)
        return try await database.withConnection { sql in
            let query = sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("audit_entries")
            filter.apply(to: query)
            return try await query.first()?.decode(column: "n", as: Int.self) ?? 0
        }
    }

    /// Every entry about one entity, oldest first: the history view of a figure or a ledger entry.
    public func history(entityType: String, entityKey: String) async throws -> [AuditEntry] {
        try await database.withConnection { sql in
            try await sql.select().column("id").columns(Self.columns).from("audit_entries")
                .where("entity_type", .equal, entityType).where("entity_key", .equal, entityKey)
                .orderBy("id").all().map(Self.decode)
        }
    }

    static func decode(_ row: any SQLRow) throws -> AuditEntry {
        let atText = try row.decode(column: "at", as: String.self)
        guard let at = try? Date(atText, strategy: .iso8601) else {
            throw StoreError.engine("unreadable audit timestamp \(atText)")
        }
        var entry = AuditEntry(
            id: try row.decode(column: "id", as: Int64.self), at: at,
            actor: AuditActor(
                userID: try row.optionalInt64("user_id"), username: try row.decode(column: "username", as: String.self)),
            action: AuditAction(try row.decode(column: "action", as: String.self)),
            entityType: try row.decode(column: "entity_type", as: String.self),
            entityKey: try row.decode(column: "entity_key", as: String.self),
            orgUnitID: try row.optionalInt64("org_unit_id"),
            before: try row.optionalString("before_json"), after: try row.optionalString("after_json"),
            reason: try row.optionalString("reason"))
        entry.month = try row.optionalInt64("month").flatMap { YearMonth(key: Int($0)) }
        return entry
    }
}

/// The filters of an audit search, applied the same way to the rows and to their count.
struct AuditFilter {
    var user: String?
    var entityType: String?
    var entityKey: String?
    var orgUnitID: Int64?
    var orgUnitIDs: Set<Int64>?
    var from: Date?
    var to: Date?

    func apply(to query: some SQLPredicateBuilder) {
        if let user, !user.isEmpty { query.where("username", .equal, user) }
        if let entityType, !entityType.isEmpty { query.where("entity_type", .equal, entityType) }
        if let entityKey, !entityKey.isEmpty { query.where("entity_key", .equal, entityKey) }
        if let orgUnitID { query.where("org_unit_id", .equal, SQLValues.integer(orgUnitID)) }
        if let orgUnitIDs {
            // An empty scope matches nothing; ids are integers, written inline.
            query.where(
                "org_unit_id", .in,
                SQLGroupExpression(orgUnitIDs.isEmpty ? [SQLLiteral.null] : orgUnitIDs.sorted().map(SQLValues.integer)))
        }
        // ISO-8601 UTC texts of one fixed format compare in time order.
        if let from { query.where("at", .greaterThanOrEqual, SQLValues.timestamp(from)) }
        if let to { query.where("at", .lessThan, SQLValues.timestamp(to)) }
    }
}
