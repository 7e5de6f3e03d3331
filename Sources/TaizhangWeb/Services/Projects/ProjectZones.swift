import TaizhangCore

/// The zone (开发区) a project belongs to: the nearest ancestor-or-self of its org unit of kind zone. Zone rows
/// of the bulletin and the dispatch screen group by it.
struct ProjectZones: Sendable {
    let tree: OrgTree

    /// The zone of `unitID`, nil for a unit above every zone (a project filed under a district or the city).
    func zone(of unitID: Int64) -> OrgUnit? {
        tree.path(to: unitID).last(where: { $0.kind == .zone })
    }

    /// For `ProjectBulletin.make` and `ProjectStatistics.breakdown`.
    func zoneOf(_ unitID: Int64) -> (id: Int64, name: String)? {
        zone(of: unitID).map { ($0.id, $0.name) }
    }

    /// `甲开发区 › 甲一园`: the unit's path from its zone (or its root) down, for tables.
    func shortPath(of unitID: Int64) -> String {
        let path = tree.path(to: unitID)
        let start = path.lastIndex(where: { $0.kind == .zone }) ?? max(0, path.count - 1)
        return path[start...].map(\.name).joined(separator: " › ")
    }
}
