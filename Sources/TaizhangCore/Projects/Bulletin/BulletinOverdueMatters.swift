import Foundation

/// An open matter past its deadline at the end of the month, with where it belongs.
public struct BulletinOverdueMatter: Hashable, Sendable {
    public var matter: Matter
    public var projectName: String?
    public var zoneName: String?
    /// Days from the deadline to the end of the month (the deadline day itself not counted).
    public var daysOverdue: Int

    public init(matter: Matter, projectName: String?, zoneName: String?, daysOverdue: Int) {
        self.matter = matter
        self.projectName = projectName
        self.zoneName = zoneName
        self.daysOverdue = daysOverdue
    }
}

extension ProjectBulletin {
    /// Open matters past their deadline at the end of the month, longest overdue first (then by id).
    static func overdueMatters(
        _ matters: [Matter], projects: [Project], period: ProjectPeriod,
        zone: (Int64) -> (id: Int64, name: String)?
    ) -> [BulletinOverdueMatter] {
        var overdue: [(days: Int, id: Int64, index: Int)] = []
        for (index, matter) in matters.enumerated() where matter.isOverdue(atEndOf: period.end) {
            let days = matter.deadline.map { period.end.dayNumber - $0.dayNumber } ?? 0
            overdue.append((days, matter.id ?? .max, index))
        }
        guard !overdue.isEmpty else { return [] }
        overdue.sort { $0.days != $1.days ? $0.days > $1.days : ($0.id, $0.index) < ($1.id, $1.index) }
        var projectsByID: [Int64: Int] = [:]
        for (index, project) in projects.enumerated() {
            if let id = project.id, projectsByID[id] == nil { projectsByID[id] = index }
        }
        return overdue.map { entry in
            let matter = matters[entry.index]
            let project = matter.projectID.flatMap { projectsByID[$0] }.map { projects[$0] }
            return BulletinOverdueMatter(
                matter: matter, projectName: project?.name,
                zoneName: zone(project?.orgUnitID ?? matter.orgUnitID)?.name, daysOverdue: entry.days)
        }
    }
}
