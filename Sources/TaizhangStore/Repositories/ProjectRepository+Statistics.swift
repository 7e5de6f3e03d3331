import Foundation
import SQLKit
import TaizhangCore

/// The reads of the bulletin and the project statistics, which cover every project of a unit's subtree (the whole
/// city: tens of thousands) and so read only what those computations use.
extension ProjectRepository {
    /// The projects of `filter`, ordered by code, with only the fields the bulletin and the statistics read:
    /// code, name, org unit, stage, industry chain, levels, contract value, the eight dates, liaison leaders,
    /// responsible unit, and in `annualPlans` only `year`'s plan. Every other field is empty. One query.
    public func listForStatistics(_ filter: ProjectFilter = .init(), year: Int) async throws -> [Project] {
        let rows = try await ProjectRowReader.rows(database) { sql in
            let query = sql.select()
                .columns(ProjectRecord.statisticsColumns.map { SQLColumn($0, table: "projects") })
                .column(SQLColumn("amount", table: "project_annual_plans"), as: "year_plan")
                .from("projects")
                .join(
                    "project_annual_plans", method: SQLJoinMethod.left,
                    on: SQLRaw(
                        "project_annual_plans.project_id = projects.id AND project_annual_plans.year = \(year)"))
            Self.apply(filter, to: query)
            query.orderBy(SQLColumn("code", table: "projects"))
            if let limit = filter.limit { query.limit(max(0, limit)) }
            if filter.offset > 0 { query.offset(filter.offset) }
            return query.query
        }
        return try rows.map { try ProjectRecord.decodeForStatistics($0, year: year) }
    }

    /// The stage changes that can supply a date a project's record lacks, keyed by project, in recorded order:
    /// every change of a project without a signing date (whether it counts as signed depends on its stages),
    /// and of the others the changes into 新开工, 竣工 or 投产 whose date the record lacks, and into 调整退出
    /// for a withdrawn project without a withdrawal date. With these, `ProjectMilestones` gives the statistics
    /// the same dates and signing as with the full histories, at a fraction of the reading.
    public func stageChangesFillingDates(projectIDs: [Int64]?) async throws -> [Int64: [ProjectStageChange]] {
        if let projectIDs, projectIDs.isEmpty { return [:] }
        var result: [Int64: [ProjectStageChange]] = [:]
        let chunks = Self.idChunks(projectIDs)
        let wanted = chunks == [nil] ? projectIDs.map(Set.init) : nil
        for chunk in chunks {
            let only: SQLQueryString =
                chunk.map { "AND c.project_id IN \(SQLGroupExpression($0.map(SQLValues.integer)))" } ?? ""
            let rows = try await ProjectRowReader.rows(
                database,
                """
                SELECT c.project_id, c.from_stage, c.to_stage, c.changed_on, c.reason, c.recorded_by
                FROM project_stage_changes c JOIN projects p ON p.id = c.project_id
                WHERE (p.signed_on IS NULL
                    OR (c.to_stage = 'started' AND p.actual_start IS NULL)
                    OR (c.to_stage = 'completed' AND p.actual_completion IS NULL)
                    OR (c.to_stage = 'operating' AND p.production_on IS NULL)
                    OR (c.to_stage = 'withdrawn' AND p.stage = 'withdrawn' AND p.withdrawn_on IS NULL))
                    \(only)
                ORDER BY c.project_id, c.id
                """)
            for row in rows {
                let change = try Self.decodeStageChange(row)
                if let wanted, !wanted.contains(change.projectID) { continue }
                result[change.projectID, default: []].append(change)
            }
        }
        return result
    }
}
