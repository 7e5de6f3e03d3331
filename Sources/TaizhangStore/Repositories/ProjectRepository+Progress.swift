import Foundation
import SQLKit
import TaizhangCore

extension ProjectRepository {
    /// Inserts or replaces monthly progress entries by (project, month), atomically; the later of two entries for
    /// one key wins. Refuses the whole batch (`ProjectStoreError.dispatchLocked`, naming zone and month) when the
    /// dispatch of a project's zone for that month is approved; one audit entry per entry (`projectProgress`,
    /// key `code/2026-10`).
    public func saveProgress(_ entries: [ProjectProgress], by actor: AuditActor) async throws {
        let entries = entries.lastPerKey { ProgressKey(projectID: $0.projectID, month: $0.month.key) }
        guard !entries.isEmpty else { return }
        let now = Date()
        try await database.withTransaction { sql in
            let info = try await Self.identities(Array(Set(entries.map(\.projectID))), on: sql)
            var rows: [ProjectProgressRow] = []
            var periods: Set<PeriodKey> = []
            for entry in entries {
                guard let project = info[entry.projectID] else {
                    throw ProjectStoreError.projectNotFound(id: entry.projectID)
                }
                rows.append(try ProjectProgressRow.encode(entry, code: project.code))
                periods.insert(PeriodKey(orgUnitID: project.orgUnitID, month: entry.month))
            }
            try await database.dispatchWorkflow.requireUnlocked(periods, on: sql)
            let replaced = try await ProjectProgressWriter.write(rows, on: sql)
            try await database.audit.append(
                Self.progressAudit(rows, replaced: replaced, info: info, action: .update, at: now, by: actor), on: sql)
        }
    }

    /// Every month the project reported, oldest first.
    public func progress(projectID: Int64) async throws -> [ProjectProgress] {
        try await ProjectRowReader.rows(database) { sql in
            sql.select().columns(ProjectProgressRow.columns).from("project_progress")
                .where("project_id", .equal, SQLValues.integer(projectID)).orderBy("month").query
        }.map { try ProjectProgressRow.decode($0).progress }
    }

    /// The entries of one month (optionally only some projects), ordered by project id.
    public func progress(month: YearMonth, projectIDs: [Int64]? = nil) async throws -> [ProjectProgress] {
        if let projectIDs, projectIDs.isEmpty { return [] }
        var result: [ProjectProgress] = []
        let chunks = Self.idChunks(projectIDs)
        let wanted = chunks == [nil] ? projectIDs.map(Set.init) : nil
        for chunk in chunks {
            let rows = try await ProjectRowReader.rows(database) { sql in
                let query = sql.select().columns(ProjectProgressRow.columns).from("project_progress")
                    .where("month", .equal, SQLValues.integer(month.key))
                if let chunk { query.where("project_id", .in, SQLGroupExpression(chunk.map(SQLValues.integer))) }
                return query.orderBy("project_id").query
            }
            for row in rows {
                let entry = try ProjectProgressRow.decode(row).progress
                if let wanted, !wanted.contains(entry.projectID) { continue }
                result.append(entry)
            }
        }
        return result
    }

    /// Each project's figures through `month` (本月, 今年累计, 累计 of investment and funds). Projects with no
    /// report at all through `month` are absent (read them as zero).
    ///
    /// Each stored row carries its running totals (kept by every write), so the figures are read, not summed:
    /// the month's own rows, plus for projects that did not report in `month` the row of their last report
    /// before it (found through the small `gap_after` index). Two index range reads, whatever the history.
    public func yearToDate(
        through month: YearMonth, projectIDs: [Int64]? = nil
    ) async throws -> [Int64: ProjectYearToDate] {
        if let projectIDs, projectIDs.isEmpty { return [:] }
        let key = SQLValues.integer(month.key)
        let yearStart = SQLValues.integer(month.year * 100 + 1)
        var result: [Int64: ProjectYearToDate] = [:]
        let chunks = Self.idChunks(projectIDs)
        let wanted = chunks == [nil] ? projectIDs.map(Set.init) : nil
        let scale = ProjectRecord.scale
        for chunk in chunks {
            let only: SQLQueryString =
                chunk.map { "AND project_id IN \(SQLGroupExpression($0.map(SQLValues.integer)))" } ?? ""
            let reported = try await ProjectRowReader.rows(
                database,
                """
                SELECT project_id, completed, year_completed, year_funds, total_completed, total_funds
                FROM project_progress WHERE month = \(key) \(only)
                """)
            let silent = try await ProjectRowReader.rows(
                database,
                """
                SELECT project_id, 0 AS completed,
                    CASE WHEN month >= \(yearStart) THEN year_completed ELSE 0 END AS year_completed,
                    CASE WHEN month >= \(yearStart) THEN year_funds ELSE 0 END AS year_funds,
                    total_completed, total_funds
                FROM project_progress
                WHERE gap_after = TRUE AND month < \(key) AND next_month > \(key) \(only)
                """)
            result.reserveCapacity(result.count + reported.count + silent.count)
            for (rows, isReported) in [(reported, true), (silent, false)] {
                for row in rows {
                    let id = try row.int64("project_id")
                    if let wanted, !wanted.contains(id) { continue }
                    result[id] = ProjectYearToDate(
                        projectID: id, through: month, monthCompleted: scale.decode(try row.int64("completed")),
                        yearCompleted: scale.decode(try row.int64("year_completed")),
                        yearFundsInPlace: scale.decode(try row.int64("year_funds")),
                        totalCompleted: scale.decode(try row.int64("total_completed")),
                        totalFundsInPlace: scale.decode(try row.int64("total_funds")), reportedThisMonth: isReported)
                }
            }
        }
        return result
    }

    /// The org unit whose dispatch workflow covers a project in `unitID`: the nearest zone at or above it, else the
    /// unit itself (a project filed directly under a district or the city). The lock check also honours an
    /// approved month of any unit above the project's.
    public static func dispatchUnit(of unitID: Int64, in tree: OrgTree) -> Int64 {
        tree.path(to: unitID).last(where: { $0.kind == .zone })?.id ?? unitID
    }

    // MARK: - Helpers

    struct ProgressKey: Hashable {
        var projectID: Int64
        var month: Int
    }

    /// Code and org unit of the given projects.
    static func identities(
        _ ids: [Int64], on sql: any SQLDatabase
    ) async throws -> [Int64: (code: String, orgUnitID: Int64)] {
        var result: [Int64: (code: String, orgUnitID: Int64)] = [:]
        for chunk in ids.sorted().chunked(1000) {
            let rows = try await sql.select().columns("id", "code", "org_unit_id").from("projects")
                .where("id", .in, SQLGroupExpression(chunk.map(SQLValues.integer))).all()
            for row in rows.map(ProjectRowReader.init) {
                result[try row.int64("id")] = (try row.string("code"), try row.int64("org_unit_id"))
            }
        }
        return result
    }

    /// One audit entry per written row, with the row it replaced as `before`.
    static func progressAudit(
        _ rows: [ProjectProgressRow], replaced: [ProjectProgressRow], info: [Int64: (code: String, orgUnitID: Int64)],
        action: AuditAction, at now: Date, by actor: AuditActor
    ) -> [AuditEntry] {
        let previous = Dictionary(
            replaced.map { (ProgressKey(projectID: $0.projectID, month: $0.month), $0) }, uniquingKeysWith: { $1 })
        return rows.map { row in
            let project = info[row.projectID]
            let before = previous[ProgressKey(projectID: row.projectID, month: row.month)]
            return AuditEntry(
                at: now, actor: actor, action: before == nil && action == .update ? .create : action,
                entityType: "projectProgress", entityKey: "\(project?.code ?? String(row.projectID))/\(row.yearMonth)",
                orgUnitID: project?.orgUnitID, month: row.yearMonth,
                before: before.flatMap { AuditEntry.json($0.progress) },
                after: AuditEntry.json(row.progress))
        }
    }
}
