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
        let period = ProjectPeriod(through: asOf)
        var tally = ProjectTally(asOf: asOf, options: options)
        for project in projects {
            tally.add(contribution(of: project, histories: histories, totals: totals, period: period))
        }
        for matter in matters { tally.add(MatterContribution(matter: matter, period: period)) }
        return tally.finished
    }

    /// The same statistics per group. Matters count in the group of their project (by `orgUnit`, a matter
    /// without a known project counts in the group of its own org unit). Groups in level order, chain name
    /// order (未填产业链 last) or org unit id order.
    public static func breakdown(
        _ projects: [Project], histories: [Int64: [ProjectStageChange]], totals: [Int64: ProjectYearToDate],
        matters: [Matter], asOf: YearMonth, options: ProjectStatisticsOptions = .standard, by grouping: ProjectGrouping
    ) -> [ProjectGroupSummary] {
        let period = ProjectPeriod(through: asOf)
        // Tallies live in an array and are updated in place: copying one out of a dictionary and back would copy
        // its arrays for every project.
        var groupIndex: [ProjectGroupKey: Int] = [:]
        var groupKeys: [ProjectGroupKey] = []
        var groupNames: [String] = []
        var tallies: [ProjectTally] = []
        var unitGroups: [Int64: (id: Int64, name: String)?] = [:]
        func unitGroup(_ unitID: Int64) -> (id: Int64, name: String)? {
            if let cached = unitGroups[unitID] { return cached }
            guard case .orgUnit(let groupOf) = grouping else { return nil }
            let group = groupOf(unitID)
            unitGroups[unitID] = .some(group)
            return group
        }
        func keys(of project: Project) -> [(key: ProjectGroupKey, name: String)] {
            switch grouping {
            case .level:
                return project.levels.sorted().map { (.level($0), $0.displayName) }
            case .industryChain:
                let chain = project.industryChain?.trimmingCharacters(in: .whitespaces)
                let named = (chain?.isEmpty ?? true) ? nil : chain
                return [(.industryChain(named), named ?? Self.noIndustryChain)]
            case .orgUnit:
                return unitGroup(project.orgUnitID).map { [(.orgUnit($0.id), $0.name)] } ?? []
            }
        }
        func index(of key: ProjectGroupKey, name: String) -> Int {
            if let index = groupIndex[key] { return index }
            groupIndex[key] = tallies.count
            groupKeys.append(key)
            groupNames.append(name)
            tallies.append(ProjectTally(asOf: asOf, options: options))
            return tallies.count - 1
        }

        var keysByProject: [Int64: [(key: ProjectGroupKey, name: String)]] = [:]
        for project in projects {
            let projectKeys = keys(of: project)
            if let id = project.id { keysByProject[id] = projectKeys }
            guard !projectKeys.isEmpty else { continue }
            let c = contribution(of: project, histories: histories, totals: totals, period: period)
            for (key, name) in projectKeys { tallies[index(of: key, name: name)].add(c) }
        }
        for matter in matters {
            var matterKeys = matter.projectID.flatMap { keysByProject[$0] }
            if matterKeys == nil, case .orgUnit = grouping {
                matterKeys = unitGroup(matter.orgUnitID).map { [(.orgUnit($0.id), $0.name)] }
            }
            guard let matterKeys, !matterKeys.isEmpty else { continue }
            let c = MatterContribution(matter: matter, period: period)
            for (key, name) in matterKeys { tallies[index(of: key, name: name)].add(c) }
        }
        return tallies.indices.map {
            ProjectGroupSummary(key: groupKeys[$0], name: groupNames[$0], summary: tallies[$0].finished)
        }.sorted { Self.groupOrder($0.key, $1.key) }
    }

    /// The group name of projects without an industry chain.
    public static let noIndustryChain = "未填产业链"

    private static func contribution(
        of project: Project, histories: [Int64: [ProjectStageChange]], totals: [Int64: ProjectYearToDate],
        period: ProjectPeriod
    ) -> ProjectContribution {
        let history = project.id.flatMap { histories[$0] } ?? []
        let figures = project.id.flatMap { totals[$0] }
        return ProjectContribution(project: project, history: history, totals: figures, period: period)
    }

    private static func groupOrder(_ a: ProjectGroupKey, _ b: ProjectGroupKey) -> Bool {
        switch (a, b) {
        case (.level(let x), .level(let y)): return x < y
        case (.orgUnit(let x), .orgUnit(let y)): return x < y
        case (.industryChain(let x), .industryChain(let y)):
            switch (x, y) {
            case (let x?, let y?): return x < y
            case (.some, nil): return true
            default: return false
            }
        default: return false
        }
    }
}
