import Foundation
import SQLKit
import TaizhangCore

/// Writes monthly progress rows and keeps each project's running totals and next-report links right: loads the
/// affected part of every touched project's chain (the report before its first touched month and everything
/// after), merges, recomputes and upserts only the rows that changed, in batches.
enum ProjectProgressWriter {
    /// Upserts `rows` (without derived values; one per project × month) on the caller's transaction. Returns the
    /// rows stored before under the same keys, for the audit trail.
    @discardableResult
    static func write(_ rows: [ProjectProgressRow], on sql: any SQLDatabase) async throws -> [ProjectProgressRow] {
        guard !rows.isEmpty else { return [] }
        let byProject = Dictionary(grouping: rows, by: \.projectID)
        var changed: [ProjectProgressRow] = []
        var replaced: [ProjectProgressRow] = []
        for chunk in byProject.keys.sorted().chunked(500) {
            if sql.dialect.name == "postgresql" {
                // Running totals are computed from what this transaction reads: lock the projects so that two
                // concurrent writers of one project's months take turns (SQLite has a single writer anyway).
                try await sql.raw(
                    """
                    SELECT id FROM projects WHERE id IN \(SQLGroupExpression(chunk.map(SQLValues.integer)))
                    ORDER BY id FOR UPDATE
                    """
                ).run()
            }
            let firsts = Dictionary(uniqueKeysWithValues: chunk.map { id in (id, byProject[id]!.map(\.month).min()!) })
            let stored = try await load(firsts, on: sql)
            for id in chunk {
                let first = firsts[id]!
                let existing = stored[id] ?? []
                let anchor = existing.last(where: { $0.month < first })
                var merged: [Int: ProjectProgressRow] = [:]
                for row in existing where row.month >= first { merged[row.month] = row }
                for row in byProject[id]! {
                    if let old = merged[row.month] { replaced.append(old) }
                    merged[row.month] = row
                }
                let before = Dictionary(uniqueKeysWithValues: existing.map { ($0.month, $0) })
                let chained = ProjectProgressRow.chain(
                    anchor: anchor, rows: merged.keys.sorted().map { merged[$0]! })
                for row in (chained.anchor.map { [$0] } ?? []) + chained.rows where before[row.month] != row {
                    changed.append(row)
                }
            }
        }
        try await upsert(changed, on: sql)
        return replaced
    }

    /// Inserts or replaces complete rows (derived values included) in batches.
    static func upsert(_ rows: [ProjectProgressRow], on sql: any SQLDatabase) async throws {
        let timestamp = SQLBind(SQLValues.timestamp())
        for chunk in rows.chunked(SQLValues.batchSize) {
            let insert = sql.insert(into: "project_progress").columns(ProjectProgressRow.columns)
            for row in chunk { insert.values(row.values(timestamp: timestamp)) }
            insert.onConflict(with: ProjectProgressRow.key) { update in
                var update = update
                for column in ProjectProgressRow.columns where !ProjectProgressRow.key.contains(column) {
                    update = update.set(excludedValueOf: column)
                }
                return update
            }
            try await insert.run()
        }
    }

    /// For each project, its stored rows from the report before `firsts[id]` on, oldest first.
    static func load(_ firsts: [Int64: Int], on sql: any SQLDatabase) async throws -> [Int64: [ProjectProgressRow]] {
        guard let from = firsts.values.min() else { return [:] }
        let ids = SQLGroupExpression(firsts.keys.sorted().map(SQLValues.integer))
        var result: [Int64: [ProjectProgressRow]] = [:]
        let later = try await sql.raw(
            """
            SELECT \(unsafeRaw: ProjectProgressRow.columns.joined(separator: ", ")) FROM project_progress
            WHERE project_id IN \(ids) AND month >= \(SQLValues.integer(from))
            ORDER BY project_id, month
            """
        ).all()
        // The last report before the earliest touched month of the batch, per project.
        let anchors = try await sql.raw(
            """
            SELECT \(unsafeRaw: ProjectProgressRow.columns.map { "p." + $0 }.joined(separator: ", "))
            FROM project_progress p
            JOIN (SELECT project_id AS pid, MAX(month) AS last_month FROM project_progress
                  WHERE project_id IN \(ids) AND month < \(SQLValues.integer(from)) GROUP BY project_id) a
              ON p.project_id = a.pid AND p.month = a.last_month
            """
        ).all()
        for row in try (anchors + later).map({ try ProjectProgressRow.decode(ProjectRowReader($0)) }) {
            result[row.projectID, default: []].append(row)
        }
        return result
    }
}
