import Foundation
import TaizhangCore
import TaizhangStore

/// The bulletin (督查通报) and the project statistics of a month for the city or a unit's subtree: loads the
/// projects, their figures through the month, their histories and problems once, and hands them to
/// `ProjectBulletin` and `ProjectStatistics`.
struct BulletinService: Sendable {
    let database: TaizhangDatabase
    var options: ProjectStatisticsOptions = .standard

    /// What both the bulletin and the statistics read: the unit's projects and all that belongs to them.
    struct Inputs: Sendable {
        let unit: OrgUnit
        let month: YearMonth
        let projects: [Project]
        let totals: [Int64: ProjectYearToDate]
        let histories: [Int64: [ProjectStageChange]]
        let matters: [Matter]
        let zones: ProjectZones
    }

    /// Reads everything at once: the projects (only the fields the bulletin and statistics use), their figures
    /// through the month, the stage changes that fill dates their records lack, and the problems.
    func inputs(unit: OrgUnit, month: YearMonth, tree: OrgTree, withHistories: Bool) async throws -> Inputs {
        let subtree = tree.subtreeIDs(of: unit.id)
        let projects = try await database.projects.listForStatistics(
            ProjectFilter(orgUnitIDs: subtree), year: month.year)
        let ids = projects.compactMap(\.id)
        // The whole city reads every project: one pass over the table beats a list of tens of thousands of ids.
        let narrowed = ids.count <= 2_000 ? ids : nil
        async let totals = database.projects.yearToDate(through: month, projectIDs: narrowed)
        async let matters = database.matters.list(orgUnitIDs: subtree)
        async let histories =
            withHistories ? database.projects.stageChangesFillingDates(projectIDs: narrowed) : [:]
        return Inputs(
            unit: unit, month: month, projects: projects, totals: try await totals, histories: try await histories,
            matters: try await matters, zones: ProjectZones(tree: tree))
    }

    /// The bulletin of `month` for `unit`'s subtree.
    func bulletin(unit: OrgUnit, month: YearMonth, tree: OrgTree) async throws -> ProjectBulletin {
        let inputs = try await inputs(unit: unit, month: month, tree: tree, withHistories: false)
        return ProjectBulletin.make(
            month: month, projects: inputs.projects, totals: inputs.totals, matters: inputs.matters,
            zoneOf: inputs.zones.zoneOf, options: options)
    }

    /// The statistics of `unit`'s subtree for 1—M月, in total and per group.
    func statistics(
        unit: OrgUnit, month: YearMonth, tree: OrgTree, groupings: [ProjectStatisticsGrouping]
    ) async throws -> ProjectStatisticsReport {
        let inputs = try await inputs(unit: unit, month: month, tree: tree, withHistories: true)
        return statistics(inputs, groupings: groupings)
    }

    func statistics(_ inputs: Inputs, groupings: [ProjectStatisticsGrouping]) -> ProjectStatisticsReport {
        let report = ProjectStatistics.report(
            inputs.projects, histories: inputs.histories, totals: inputs.totals, matters: inputs.matters,
            asOf: inputs.month, options: options,
            by: groupings.map { grouping in
                switch grouping {
                case .level: .level
                case .chain: .industryChain
                case .zone: .orgUnit(inputs.zones.zoneOf)
                }
            })
        return ProjectStatisticsReport(
            unit: inputs.unit, month: inputs.month, summary: report.summary,
            groups: Dictionary(uniqueKeysWithValues: zip(groupings, report.groups)))
    }

    /// The bulletin page: the bulletin and the statistics by level, chain and zone, from one load.
    func page(unit: OrgUnit, month: YearMonth, tree: OrgTree) async throws -> (ProjectBulletin, ProjectStatisticsReport) {
        let inputs = try await inputs(unit: unit, month: month, tree: tree, withHistories: true)
        let bulletin = ProjectBulletin.make(
            month: month, projects: inputs.projects, totals: inputs.totals, matters: inputs.matters,
            zoneOf: inputs.zones.zoneOf, options: options)
        return (bulletin, statistics(inputs, groupings: ProjectStatisticsGrouping.allCases))
    }
}

/// How the statistics are broken down: 按级别、按产业链、按开发区 (the API's `by=level|chain|zone`).
enum ProjectStatisticsGrouping: String, CaseIterable, Sendable, Hashable {
    case level
    case chain
    case zone

    var displayName: String {
        switch self {
        case .level: "按项目级别"
        case .chain: "按产业链"
        case .zone: "按开发区"
        }
    }
}

/// The statistics of a unit's projects for 1—M月: the total and the chosen breakdowns.
struct ProjectStatisticsReport: Sendable {
    let unit: OrgUnit
    let month: YearMonth
    let summary: ProjectSummary
    let groups: [ProjectStatisticsGrouping: [ProjectGroupSummary]]
}
