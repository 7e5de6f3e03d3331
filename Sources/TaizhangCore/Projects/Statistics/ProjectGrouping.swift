import Foundation

/// How `ProjectStatistics.breakdown` groups projects: by level (a project on several lists counts in each), by
/// industry chain, or by the org unit a closure maps the project's unit to (e.g. a park to its zone).
public enum ProjectGrouping {
    case level
    case industryChain
    /// The group of a project's org unit, nil to leave the project out. Called once per distinct unit.
    case orgUnit((Int64) -> (id: Int64, name: String)?)
}

/// The key of one group of a breakdown.
public enum ProjectGroupKey: Hashable, Sendable {
    case level(ProjectLevel)
    /// nil: projects without an industry chain (未填产业链).
    case industryChain(String?)
    case orgUnit(Int64)
}

/// One group of a breakdown: its key, the name shown and the statistics of its projects.
public struct ProjectGroupSummary: Hashable, Sendable {
    public var key: ProjectGroupKey
    public var name: String
    public var summary: ProjectSummary

    public init(key: ProjectGroupKey, name: String, summary: ProjectSummary) {
        self.key = key
        self.name = name
        self.summary = summary
    }
}
