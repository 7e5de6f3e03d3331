import Foundation
import SQLKit
import TaizhangCore

/// Matters (事项/督办): the problems that block projects, with owner unit, deadline, status and resolution.
public struct MatterRepository: Sendable {
    let database: TaizhangDatabase

    public init(database: TaizhangDatabase) { self.database = database }

    /// Saves a new matter and returns it with its id (audit `matter`, key = id).
    @discardableResult
    public func create(_ matter: Matter, by actor: AuditActor) async throws -> Matter {
        var matter = try MatterRecord.normalized(matter)
        let now = Date()
        let stamp = SQLValues.timestamp(now)
        return try await database.withTransaction { sql in
            try await requireReferences(matter, on: sql)
            let row = try await sql.insert(into: "matters").columns(MatterRecord.columns + ["created_at"])
                .values(MatterRecord.values(matter, timestamp: stamp) + [SQLBind(stamp)]).returning("id").first()
            guard let id = try row?.decode(column: "id", as: Int64.self) else {
                throw StoreError.engine("insert into matters returned no id")
            }
            matter.id = id
            try await database.audit.append(
                [
                    AuditEntry(
                        at: now, actor: actor, action: .create, entityType: "matter", entityKey: String(id),
                        orgUnitID: matter.orgUnitID, after: AuditEntry.json(matter))
                ], on: sql)
            return matter
        }
    }

    /// Writes every field of a stored matter (found by id); resolving is an update with status `.resolved`,
    /// `resolvedOn` and `resolution` set (audit action `resolve` then).
    public func update(_ matter: Matter, by actor: AuditActor) async throws {
        let matter = try MatterRecord.normalized(matter)
        guard let id = matter.id else { throw ProjectStoreError.matterNotFound(id: 0) }
        let now = Date()
        try await database.withTransaction { sql in
            let stored = try await sql.select().columns(MatterRecord.readColumns).from("matters")
                .where("id", .equal, SQLValues.integer(id)).first()
            guard let before = try stored.map({ try MatterRecord.decode(ProjectRowReader($0)) }) else {
                throw ProjectStoreError.matterNotFound(id: id)
            }
            try await requireReferences(matter, on: sql)
            let update = sql.update("matters")
            for (column, value) in zip(
                MatterRecord.columns, MatterRecord.values(matter, timestamp: SQLValues.timestamp(now)))
            {
                update.set(SQLIdentifier(column), to: value)
            }
            try await update.where("id", .equal, SQLValues.integer(id)).run()
            let action: AuditAction = before.status == .open && matter.status == .resolved ? "resolve" : .update
            try await database.audit.append(
                [
                    AuditEntry(
                        at: now, actor: actor, action: action, entityType: "matter", entityKey: String(id),
                        orgUnitID: matter.orgUnitID, before: AuditEntry.json(before), after: AuditEntry.json(matter))
                ], on: sql)
        }
    }

    public func find(id: Int64) async throws -> Matter? {
        try await ProjectRowReader.rows(database) { sql in
            sql.select().columns(MatterRecord.readColumns).from("matters").where("id", .equal, SQLValues.integer(id))
                .query
        }.first.map(MatterRecord.decode)
    }

    /// Matters matching every given condition, ordered by the day raised, then id. An empty list or set matches
    /// nothing.
    public func list(
        projectIDs: [Int64]? = nil, orgUnitIDs: Set<Int64>? = nil, status: MatterStatus? = nil
    ) async throws -> [Matter] {
        if projectIDs?.isEmpty == true || orgUnitIDs?.isEmpty == true { return [] }
        var result: [Matter] = []
        let chunks = ProjectRepository.idChunks(projectIDs)
        let wanted = chunks == [nil] ? projectIDs.map(Set.init) : nil
        for chunk in chunks {
            let rows = try await ProjectRowReader.rows(database) { sql in
                let query = sql.select().columns(MatterRecord.readColumns).from("matters")
                if let chunk { query.where("project_id", .in, SQLGroupExpression(chunk.map(SQLValues.integer))) }
                if let orgUnitIDs {
                    query.where("org_unit_id", .in, SQLGroupExpression(orgUnitIDs.sorted().map(SQLValues.integer)))
                }
                if let status { query.where("status", .equal, status.rawValue) }
                return query.query
            }
            for row in rows {
                let matter = try MatterRecord.decode(row)
                if let wanted, !wanted.contains(matter.projectID ?? -1) { continue }
                result.append(matter)
            }
        }
        return result.sorted { ($0.raisedOn, $0.id ?? 0) < ($1.raisedOn, $1.id ?? 0) }
    }

    /// Refuses a matter whose project or org unit does not exist, in words rather than as a key violation.
    private func requireReferences(_ matter: Matter, on sql: any SQLDatabase) async throws {
        if let projectID = matter.projectID,
            try await sql.select().column("id").from("projects").where("id", .equal, SQLValues.integer(projectID))
                .first() == nil
        {
            throw ProjectStoreError.projectNotFound(id: projectID)
        }
        if try await sql.select().column("id").from("org_units")
            .where("id", .equal, SQLValues.integer(matter.orgUnitID)).first() == nil
        {
            throw StoreError.orgUnitNotFound(id: matter.orgUnitID)
        }
    }
}
