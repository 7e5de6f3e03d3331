import Foundation

/// The tallies of one breakdown while contributions are added: finds each project's groups (cached per org
/// unit) and adds its contribution to each, so that several breakdowns can share one pass over the projects.
struct ProjectGroupTallies {
    private let grouping: ProjectGrouping
    private let asOf: YearMonth
    private let options: ProjectStatisticsOptions
    // Tallies live in an array and are updated in place: copying one out of a dictionary and back would copy
    // its arrays for every project.
    private var groupIndex: [ProjectGroupKey: Int] = [:]
    private var groupKeys: [ProjectGroupKey] = []
    private var groupNames: [String] = []
    private var tallies: [ProjectTally] = []
    private var unitGroups: [Int64: (id: Int64, name: String)?] = [:]
    private var groupsByProject: [Int64: [Int]] = [:]

    init(_ grouping: ProjectGrouping, asOf: YearMonth, options: ProjectStatisticsOptions) {
        self.grouping = grouping
        self.asOf = asOf
        self.options = options
    }

    /// Adds `contribution` to each group of `project` and remembers them for its matters.
    mutating func add(_ contribution: ProjectContribution, of project: Project) {
        let groups = keys(of: project).map { index(of: $0.key, name: $0.name) }
        if let id = project.id { groupsByProject[id] = groups }
        for group in groups { tallies[group].add(contribution) }
    }

    /// Adds a matter to the groups of its project; one without a known project counts in the group of its own
    /// org unit when grouping by unit. Projects must all have been added first.
    mutating func add(_ contribution: MatterContribution, of matter: Matter) {
        var groups = matter.projectID.flatMap { groupsByProject[$0] }
        if groups == nil, case .orgUnit = grouping {
            groups = unitGroup(matter.orgUnitID).map { [index(of: .orgUnit($0.id), name: $0.name)] }
        }
        for group in groups ?? [] { tallies[group].add(contribution) }
    }

    /// The groups in level order, chain name order (未填产业链 last) or org unit id order.
    var finished: [ProjectGroupSummary] {
        tallies.indices.map {
            ProjectGroupSummary(key: groupKeys[$0], name: groupNames[$0], summary: tallies[$0].finished)
        }.sorted { Self.groupOrder($0.key, $1.key) }
    }

    private mutating func unitGroup(_ unitID: Int64) -> (id: Int64, name: String)? {
        if let cached = unitGroups[unitID] { return cached }
        guard case .orgUnit(let groupOf) = grouping else { return nil }
        let group = groupOf(unitID)
        unitGroups[unitID] = .some(group)
        return group
    }

    private mutating func keys(of project: Project) -> [(key: ProjectGroupKey, name: String)] {
        switch grouping {
        case .level:
            return project.levels.sorted().map { (.level($0), $0.displayName) }
        case .industryChain:
            let named = project.industryChain.flatMap(Self.trimmed)
            return [(.industryChain(named), named ?? ProjectStatistics.noIndustryChain)]
        case .orgUnit:
            return unitGroup(project.orgUnitID).map { [(.orgUnit($0.id), $0.name)] } ?? []
        }
    }

    private mutating func index(of key: ProjectGroupKey, name: String) -> Int {
        if let index = groupIndex[key] { return index }
        groupIndex[key] = tallies.count
        groupKeys.append(key)
        groupNames.append(name)
        tallies.append(ProjectTally(asOf: asOf, options: options))
        return tallies.count - 1
    }

    /// The chain name without surrounding blanks, nil when blank; stored names are usually clean already, and
    /// Foundation's trimming is too slow to run on every project of a city.
    private static func trimmed(_ name: String) -> String? {
        let scalars = name.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return nil }
        if first.properties.isWhitespace || last.properties.isWhitespace {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
        return name
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
