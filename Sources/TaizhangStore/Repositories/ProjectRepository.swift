import Foundation
import SQLKit
import TaizhangCore

/// The project ledger (招商引资 + 重点项目): projects with their stage history, monthly progress (月调度),
/// follow-ups and the configured industry chains. Amounts are kept exactly as scaled integers of 万元.
public struct ProjectRepository: Sendable {
    let database: TaizhangDatabase

    public init(database: TaizhangDatabase) { self.database = database }

    /// Saves a new project and returns it with its id. The initial stage enters the history as `history` (its
    /// project id and `from` are set here), or when nil as entered today by `actor`. Refuses a code already used
    /// (`ProjectStoreError.duplicateProjectCode`).
    public func create(
        _ project: Project, history: ProjectStageChange? = nil, by actor: AuditActor
    ) async throws -> Project {
        var project = try ProjectRecord.normalized(project)
        let plans = try ProjectRecord.encodedPlans(project)
        let now = Date()
        let stamp = SQLValues.timestamp(now)
        let values = try ProjectRecord.values(project, timestamp: stamp)
        return try await database.withTransaction { sql in
            try await Self.requireOrgUnit(project.orgUnitID, project: project.code, on: sql)
            if try await Self.id(ofCode: project.code, on: sql) != nil {
                throw ProjectStoreError.duplicateProjectCode(project.code)
            }
            let id = try await Self.insert(values: values, stamp: stamp, on: sql)
            project.id = id
            try await Self.writePlans(plans, projectID: id, on: sql)
            var change =
                history
                ?? ProjectStageChange(
                    projectID: id, from: nil, to: project.stage, on: Self.today(now), recordedBy: actor.username)
            change.projectID = id
            change.from = nil
            change.to = project.stage
            try await Self.insertStageChanges([change], code: project.code, stamp: stamp, on: sql)
            try await database.audit.append(
                [
                    AuditEntry(
                        at: now, actor: actor, action: .create, entityType: "project", entityKey: project.code,
                        orgUnitID: project.orgUnitID, after: AuditEntry.json(project))
                ], on: sql)
            return project
        }
    }

    /// Writes every field of a stored project (found by its id), its annual plans included. A stage change
    /// belongs in `changeStage`, which keeps the history; here the stage is written as given.
    public func update(_ project: Project, by actor: AuditActor) async throws {
        let project = try ProjectRecord.normalized(project)
        guard let id = project.id else { throw ProjectStoreError.projectCodeNotFound(project.code) }
        let plans = try ProjectRecord.encodedPlans(project)
        let now = Date()
        let stamp = SQLValues.timestamp(now)
        let values = try ProjectRecord.values(project, timestamp: stamp)
        try await database.withTransaction { sql in
            let before = try await Self.write(project, id: id, values: values, plans: plans, on: sql)
            try await database.audit.append(
                [
                    AuditEntry(
                        at: now, actor: actor, action: .update, entityType: "project", entityKey: project.code,
                        orgUnitID: project.orgUnitID, before: AuditEntry.json(before), after: AuditEntry.json(project))
                ], on: sql)
        }
    }

    /// Writes the project (its new stage and the dates that came with it) and appends `change` to its history,
    /// in one transaction; the audit action is `stage`. `change.to` must be the project's stage; `change.from`
    /// is taken from the stored project.
    public func changeStage(_ project: Project, change: ProjectStageChange, by actor: AuditActor) async throws {
        let project = try ProjectRecord.normalized(project)
        guard let id = project.id else { throw ProjectStoreError.projectCodeNotFound(project.code) }
        guard change.to == project.stage else {
            throw ProjectStoreError.invalidField(
                project: project.code, field: "建设阶段",
                problem: "（\(project.stage.displayName)）与阶段变更（\(change.to.displayName)）不一致")
        }
        try TextLimits.check(change.reason, field: "阶段变更原因", limit: TextLimits.note)
        let plans = try ProjectRecord.encodedPlans(project)
        let now = Date()
        let stamp = SQLValues.timestamp(now)
        let values = try ProjectRecord.values(project, timestamp: stamp)
        try await database.withTransaction { sql in
            let before = try await Self.write(project, id: id, values: values, plans: plans, on: sql)
            var change = change
            change.projectID = id
            change.from = before.stage
            if change.recordedBy == nil { change.recordedBy = actor.username }
            try await Self.insertStageChanges([change], code: project.code, stamp: stamp, on: sql)
            try await database.audit.append(
                [
                    AuditEntry(
                        at: now, actor: actor, action: "stage", entityType: "project", entityKey: project.code,
                        orgUnitID: project.orgUnitID, before: AuditEntry.json(before), after: AuditEntry.json(project),
                        reason: change.reason)
                ], on: sql)
        }
    }

    public func find(id: Int64) async throws -> Project? {
        let rows = try await ProjectRowReader.rows(database) { sql in
            sql.select().columns(ProjectRecord.readColumns).from("projects")
                .where("id", .equal, SQLValues.integer(id)).query
        }
        return try await decode(rows).first
    }

    public func find(code: String) async throws -> Project? {
        let code = code.trimmingCharacters(in: .whitespacesAndNewlines)
        let rows = try await ProjectRowReader.rows(database) { sql in
            sql.select().columns(ProjectRecord.readColumns).from("projects").where("code", .equal, code).query
        }
        return try await decode(rows).first
    }

    /// The projects matching `filter`, ordered by code.
    public func list(_ filter: ProjectFilter = .init()) async throws -> [Project] {
        let rows = try await ProjectRowReader.rows(database) { sql in
            let query = sql.select().columns(ProjectRecord.readColumns).from("projects")
            Self.apply(filter, to: query)
            query.orderBy("code")
            if let limit = filter.limit { query.limit(max(0, limit)) }
            if filter.offset > 0 { query.offset(filter.offset) }
            return query.query
        }
        return try await decode(rows)
    }

    /// How many projects match `filter` (its limit and offset ignored).
    public func count(_ filter: ProjectFilter = .init()) async throws -> Int {
        try await database.withConnection { sql in
            let query = sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("projects")
            Self.apply(filter, to: query)
            return try await query.first()?.decode(column: "n", as: Int.self) ?? 0
        }
    }

    /// The project's stage changes in the order they were recorded (each one's `from` is the previous one's `to`).
    public func stageHistory(projectID: Int64) async throws -> [ProjectStageChange] {
        try await stageHistories(projectIDs: [projectID])[projectID] ?? []
    }

    /// Stage histories of several projects (nil: all), each in the order recorded.
    public func stageHistories(projectIDs: [Int64]?) async throws -> [Int64: [ProjectStageChange]] {
        if let projectIDs, projectIDs.isEmpty { return [:] }
        var result: [Int64: [ProjectStageChange]] = [:]
        let chunks = Self.idChunks(projectIDs)
        let wanted = chunks == [nil] ? projectIDs.map(Set.init) : nil
        for chunk in chunks {
            let rows = try await ProjectRowReader.rows(database) { sql in
                let query = sql.select()
                    .columns("project_id", "from_stage", "to_stage", "changed_on", "reason", "recorded_by")
                    .from("project_stage_changes")
                if let chunk { query.where("project_id", .in, SQLGroupExpression(chunk.map(SQLValues.integer))) }
                return query.orderBy("project_id").orderBy("id").query
            }
            for row in rows {
                let change = try Self.decodeStageChange(row)
                if let wanted, !wanted.contains(change.projectID) { continue }
                result[change.projectID, default: []].append(change)
            }
        }
        return result
    }

    /// Id lists for `IN (…)` reads: chunks of at most 1000; a single nil (read everything and filter in Swift)
    /// when nil or so many that one pass over the table is cheaper than many lookups.
    static func idChunks(_ ids: [Int64]?) -> [ArraySlice<Int64>?] {
        guard let ids, ids.count <= 2_000 else { return [nil] }
        return Array(Set(ids)).sorted().chunked(1000)
    }

    // MARK: - Shared by the ledger's writers

    /// Replaces a stored project's row and plans; returns the project as it was. Refuses an unknown id, a code
    /// taken by another project and an unknown org unit.
    static func write(
        _ project: Project, id: Int64, values: [any SQLExpression], plans: [(year: Int, amount: Int64)],
        on sql: any SQLDatabase
    ) async throws -> Project {
        let rows = try await sql.select().columns(ProjectRecord.readColumns).from("projects")
            .where("id", .equal, SQLValues.integer(id)).all().map(ProjectRowReader.init)
        guard let before = try await decode(rows, on: sql).first else {
            throw ProjectStoreError.projectNotFound(id: id)
        }
        if before.orgUnitID != project.orgUnitID {
            try await requireOrgUnit(project.orgUnitID, project: project.code, on: sql)
        }
        if before.code != project.code, let other = try await self.id(ofCode: project.code, on: sql), other != id {
            throw ProjectStoreError.duplicateProjectCode(project.code)
        }
        let update = sql.update("projects")
        for (column, value) in zip(ProjectRecord.columns, values) { update.set(SQLIdentifier(column), to: value) }
        try await update.where("id", .equal, SQLValues.integer(id)).run()
        try await sql.delete(from: "project_annual_plans").where("project_id", .equal, SQLValues.integer(id)).run()
        try await writePlans(plans, projectID: id, on: sql)
        return before
    }

    /// Inserts one project row and returns its id.
    static func insert(values: [any SQLExpression], stamp: String, on sql: any SQLDatabase) async throws -> Int64 {
        let row = try await sql.insert(into: "projects").columns(ProjectRecord.columns + ["created_at"])
            .values(values + [SQLBind(stamp)]).returning("id").first()
        guard let id = try row?.decode(column: "id", as: Int64.self) else {
            throw StoreError.engine("insert into projects returned no id")
        }
        return id
    }

    static func writePlans(
        _ plans: [(year: Int, amount: Int64)], projectID: Int64, on sql: any SQLDatabase
    ) async throws {
        guard !plans.isEmpty else { return }
        let insert = sql.insert(into: "project_annual_plans").columns("project_id", "year", "amount")
        for plan in plans {
            insert.values(SQLValues.integer(projectID), SQLValues.integer(plan.year), SQLValues.integer(plan.amount))
        }
        try await insert.run()
    }

    static func insertStageChanges(
        _ changes: [ProjectStageChange], code: String?, stamp: String, on sql: any SQLDatabase
    ) async throws {
        for chunk in changes.chunked(SQLValues.batchSize) {
            let insert = sql.insert(into: "project_stage_changes")
                .columns("project_id", "from_stage", "to_stage", "changed_on", "reason", "recorded_by", "recorded_at")
            for change in chunk {
                if let reason = change.reason, reason.count > TextLimits.note {
                    throw ProjectStoreError.invalidField(
                        project: code ?? String(change.projectID), field: "阶段变更原因",
                        problem: "过长：最多\(TextLimits.note)个字符，实际\(reason.count)个字符")
                }
                insert.values(
                    SQLValues.integer(change.projectID), SQLValues.bindOrNull(change.from?.rawValue),
                    SQLBind(change.to.rawValue), SQLBind(change.on.description), SQLValues.bindOrNull(change.reason),
                    SQLValues.bindOrNull(change.recordedBy), SQLBind(stamp))
            }
            try await insert.run()
        }
    }

    static func id(ofCode code: String, on sql: any SQLDatabase) async throws -> Int64? {
        try await sql.select().column("id").from("projects").where("code", .equal, code).first()?
            .decode(column: "id", as: Int64.self)
    }

    static func requireOrgUnit(_ id: Int64, project: String, on sql: any SQLDatabase) async throws {
        let row = try await sql.select().column("id").from("org_units").where("id", .equal, SQLValues.integer(id))
            .first()
        if row == nil {
            throw ProjectStoreError.invalidField(project: project, field: "所属组织", problem: "不存在（组织编号\(id)）")
        }
    }

    /// Today in China, the day a change entered without a date is recorded on.
    static func today(_ now: Date = Date()) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// Decodes project rows and attaches their annual plans.
    func decode(_ rows: [ProjectRowReader]) async throws -> [Project] {
        var projects = try rows.map(ProjectRecord.decode)
        guard !projects.isEmpty else { return [] }
        var plans: [Int64: [Int: Decimal]] = [:]
        for chunk in Self.idChunks(projects.compactMap(\.id)) {
            let rows = try await ProjectRowReader.rows(database) { sql in
                let query = sql.select().columns("project_id", "year", "amount").from("project_annual_plans")
                if let chunk { query.where("project_id", .in, SQLGroupExpression(chunk.map(SQLValues.integer))) }
                return query.query
            }
            for row in rows {
                plans[try row.int64("project_id"), default: [:]][try row.int("year")] = ProjectRecord.scale.decode(
                    try row.int64("amount"))
            }
        }
        for index in projects.indices { projects[index].annualPlans = plans[projects[index].id!] ?? [:] }
        return projects
    }

    /// `decode(_:)` on the caller's transaction.
    static func decode(_ rows: [ProjectRowReader], on sql: any SQLDatabase) async throws -> [Project] {
        var projects = try rows.map(ProjectRecord.decode)
        var plans: [Int64: [Int: Decimal]] = [:]
        for chunk in projects.compactMap(\.id).chunked(1000) {
            let rows = try await sql.select().columns("project_id", "year", "amount").from("project_annual_plans")
                .where("project_id", .in, SQLGroupExpression(chunk.map(SQLValues.integer))).all()
            for row in rows.map(ProjectRowReader.init) {
                plans[try row.int64("project_id"), default: [:]][try row.int("year")] = ProjectRecord.scale.decode(
                    try row.int64("amount"))
            }
        }
        for index in projects.indices { projects[index].annualPlans = plans[projects[index].id!] ?? [:] }
        return projects
    }

    static func decodeStageChange(_ row: ProjectRowReader) throws -> ProjectStageChange {
        let toText = try row.string("to_stage")
        let dayText = try row.string("changed_on")
        guard let to = ProjectStage(rawValue: toText), let day = CalendarDate(dayText) else {
            throw StoreError.engine("unreadable row in project_stage_changes")
        }
        return ProjectStageChange(
            projectID: try row.int64("project_id"),
            from: try row.optionalString("from_stage").flatMap(ProjectStage.init(rawValue:)), to: to, on: day,
            reason: try row.optionalString("reason"), recordedBy: try row.optionalString("recorded_by"))
    }

    /// The filter's conditions; user texts are bound, ids and enum names are written inline.
    static func apply(_ filter: ProjectFilter, to query: some SQLPredicateBuilder) {
        if let ids = filter.orgUnitIDs {
            query.where(
                "org_unit_id", .in,
                SQLGroupExpression(ids.isEmpty ? [SQLLiteral.null] : ids.sorted().map(SQLValues.integer)))
        }
        if let stages = filter.stages {
            query.where(
                "stage", .in,
                SQLGroupExpression(
                    stages.isEmpty ? [SQLLiteral.null] : stages.map(\.rawValue).sorted().map(SQLBind.init)))
        }
        if let level = filter.level {
            query.where(SQLRaw("levels LIKE '%|\(level.rawValue)|%'"))
        }
        if let chain = filter.industryChain?.trimmingCharacters(in: .whitespaces), !chain.isEmpty {
            query.where("industry_chain", .equal, chain)
        }
        if let leader = filter.liaisonLeader?.trimmingCharacters(in: .whitespaces), !leader.isEmpty {
            query.where(
                SQLQueryString(
                    "liaison_leaders LIKE \(bind: ProjectListColumn.containsPattern(leader)) ESCAPE '\\'"))
        }
        if let text = filter.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            let pattern = "%" + ProjectListColumn.escapeLike(text.lowercased()) + "%"
            query.where(
                SQLQueryString(
                    """
                    (LOWER(name) LIKE \(bind: pattern) ESCAPE '\\' OR LOWER(code) LIKE \(bind: pattern) ESCAPE '\\'
                     OR LOWER(COALESCE(investor, '')) LIKE \(bind: pattern) ESCAPE '\\')
                    """))
        }
    }
}
