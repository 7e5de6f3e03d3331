import Foundation

/// The project statistics of issue 4 for any set of projects (the caller filters by org unit) as of a month:
/// signed projects and value, thresholds, stages, plan against completion and the four rates. Definitions:
/// docs/projects.md. Linear in projects, histories and matters.
public enum ProjectStatistics {
    /// The statistics of all `projects` for 1—M月 of `asOf`'s year. `histories` and `totals` are keyed by
    /// project id; `totals` must run through `asOf`. `matters` are counted as given.
    public static func summarize(
        _ projects: [Project], histories: [Int64: [ProjectStageChange]], totals: [Int64: ProjectYearToDate],
        matters: [Matter], asOf: YearMonth, options: ProjectStatisticsOptions = .standard
    ) -> ProjectSummary {
        report(
            projects, histories: histories, totals: totals, matters: matters, asOf: asOf, options: options,
            by: []
        ).summary
    }

    /// The same statistics per group. Matters count in the group of their project (by `orgUnit`, a matter
    /// without a known project counts in the group of its own org unit). Groups in level order, chain name
    /// order (未填产业链 last) or org unit id order.
    public static func breakdown(
        _ projects: [Project], histories: [Int64: [ProjectStageChange]], totals: [Int64: ProjectYearToDate],
        matters: [Matter], asOf: YearMonth, options: ProjectStatisticsOptions = .standard, by grouping: ProjectGrouping
    ) -> [ProjectGroupSummary] {
        report(
            projects, histories: histories, totals: totals, matters: matters, asOf: asOf, options: options,
            by: [grouping]
        ).groups[0]
    }

    /// The summary and every breakdown in `groupings` (in that order) from one pass: each project's
    /// contribution is worked out once and added to the total and to its groups.
    public static func report(
        _ projects: [Project], histories: [Int64: [ProjectStageChange]], totals: [Int64: ProjectYearToDate],
        matters: [Matter], asOf: YearMonth, options: ProjectStatisticsOptions = .standard,
        by groupings: [ProjectGrouping]
    ) -> (summary: ProjectSummary, groups: [[ProjectGroupSummary]]) {
        let period = ProjectPeriod(through: asOf)
        var tally = ProjectTally(asOf: asOf, options: options)
        var groups = groupings.map { ProjectGroupTallies($0, asOf: asOf, options: options) }
        for project in projects {
            let history = project.id.flatMap { histories[$0] } ?? []
            let figures = project.id.flatMap { totals[$0] }
            let contribution = ProjectContribution(project: project, history: history, totals: figures, period: period)
            tally.add(contribution)
            for index in groups.indices { groups[index].add(contribution, of: project) }
        }
        for matter in matters {
            let contribution = MatterContribution(matter: matter, period: period)
            tally.add(contribution)
            for index in groups.indices { groups[index].add(contribution, of: matter) }
        }
        return (tally.finished, groups.map(\.finished))
    }

    /// The group name of projects without an industry chain.
    public static let noIndustryChain = "未填产业链"
}
