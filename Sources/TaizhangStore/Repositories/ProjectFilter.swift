import TaizhangCore

/// Which projects a ledger list shows: every given condition must hold; nil means no restriction.
public struct ProjectFilter: Sendable, Hashable {
    /// The projects' own org units (pass a subtree's ids for "this zone and its parks"); empty matches nothing.
    public var orgUnitIDs: Set<Int64>?
    public var stages: Set<ProjectStage>?
    /// Projects on this list (a project may be on several).
    public var level: ProjectLevel?
    /// Exact chain name (装备制造 …).
    public var industryChain: String?
    /// Exact name of one of the project's liaison leaders (包联领导).
    public var liaisonLeader: String?
    /// Contained in the name, the code or the investor (case-insensitive for Latin letters).
    public var text: String?
    public var limit: Int?
    public var offset: Int

    public init(
        orgUnitIDs: Set<Int64>? = nil, stages: Set<ProjectStage>? = nil, level: ProjectLevel? = nil,
        industryChain: String? = nil, liaisonLeader: String? = nil, text: String? = nil, limit: Int? = nil,
        offset: Int = 0
    ) {
        self.orgUnitIDs = orgUnitIDs
        self.stages = stages
        self.level = level
        self.industryChain = industryChain
        self.liaisonLeader = liaisonLeader
        self.text = text
        self.limit = limit
        self.offset = offset
    }
}
