import Foundation

/// The 合计 row: everything taking part in the bulletin.
public struct BulletinTotals: Hashable, Sendable {
    public var figures: BulletinFigures
    public var projectCount: Int
    /// Projects that reported for the month (月调度 已报).
    public var reportedCount: Int

    public init(figures: BulletinFigures, projectCount: Int, reportedCount: Int) {
        self.figures = figures
        self.projectCount = projectCount
        self.reportedCount = reportedCount
    }
}

/// One zone's row: its projects' sums, how many reported, and its rank by completion rate.
public struct BulletinZoneRow: Hashable, Sendable {
    public var zoneID: Int64
    public var zoneName: String
    public var figures: BulletinFigures
    public var projectCount: Int
    public var reportedCount: Int
    /// 1 = best; ties share a rank; nil without a plan.
    public var rank: Int?

    public init(
        zoneID: Int64, zoneName: String, figures: BulletinFigures, projectCount: Int, reportedCount: Int,
        rank: Int?
    ) {
        self.zoneID = zoneID
        self.zoneName = zoneName
        self.figures = figures
        self.projectCount = projectCount
        self.reportedCount = reportedCount
        self.rank = rank
    }
}

/// One project's row, with the record itself for names, levels, leaders and units.
public struct BulletinProjectRow: Hashable, Sendable {
    /// The record, shared rather than copied: a city's bulletin holds tens of thousands of rows, often twice
    /// (ranked and lagging), and a `Project` is some 600 bytes with a dozen strings to retain.
    private var box: ProjectBox
    public var zoneID: Int64?
    public var zoneName: String?
    public var figures: BulletinFigures
    public var reported: Bool
    /// 1 = best; ties share a rank.
    public var rank: Int?

    public init(
        project: Project, zoneID: Int64?, zoneName: String?, figures: BulletinFigures, reported: Bool, rank: Int?
    ) {
        box = ProjectBox(project)
        self.zoneID = zoneID
        self.zoneName = zoneName
        self.figures = figures
        self.reported = reported
        self.rank = rank
    }

    init(
        box: ProjectBox, zoneID: Int64?, zoneName: String?, figures: BulletinFigures, reported: Bool, rank: Int?
    ) {
        self.box = box
        self.zoneID = zoneID
        self.zoneName = zoneName
        self.figures = figures
        self.reported = reported
        self.rank = rank
    }

    public var project: Project {
        get { box.value }
        set { box = ProjectBox(newValue) }
    }
}

/// An immutable shared `Project`, compared by value.
final class ProjectBox: Hashable, Sendable {
    let value: Project

    init(_ value: Project) { self.value = value }

    static func == (a: ProjectBox, b: ProjectBox) -> Bool { a === b || a.value == b.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
