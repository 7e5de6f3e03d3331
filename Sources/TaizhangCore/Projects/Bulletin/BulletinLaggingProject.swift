import Foundation

/// Why a project is lagging (滞后).
public enum LagReason: Hashable, Sendable {
    /// Its completion rate is at least the configured 百分点 behind time elapsed (gap ≤ −threshold).
    case behindSchedule(gap: Decimal)
    /// Its planned start has passed by the end of the month and it has not started (逾期未开工).
    case notStarted(plannedStart: CalendarDate)
}

/// A lagging project and why. Made by `ProjectBulletin.make`, the behind-schedule gap is taken from the row when
/// read, like the row's own rate (no division per lagging project up front).
public struct BulletinLaggingProject: Hashable, Sendable {
    public var row: BulletinProjectRow
    private var source: Source

    private enum Source: Hashable, Sendable {
        case given([LagReason])
        case derived(behindSchedule: Bool, notStartedSince: CalendarDate?)
    }

    public init(row: BulletinProjectRow, reasons: [LagReason]) {
        self.row = row
        source = .given(reasons)
    }

    init(row: BulletinProjectRow, behindSchedule: Bool, notStartedSince plannedStart: CalendarDate?) {
        self.row = row
        source = .derived(behindSchedule: behindSchedule, notStartedSince: plannedStart)
    }

    /// 落后时序进度 first, then 逾期未开工.
    public var reasons: [LagReason] {
        get {
            switch source {
            case .given(let reasons): return reasons
            case .derived(let behind, let plannedStart):
                var reasons: [LagReason] = []
                if behind, let gap = row.figures.gap { reasons.append(.behindSchedule(gap: gap)) }
                if let plannedStart { reasons.append(.notStarted(plannedStart: plannedStart)) }
                return reasons
            }
        }
        set { source = .given(newValue) }
    }

    public static func == (a: BulletinLaggingProject, b: BulletinLaggingProject) -> Bool {
        a.row == b.row && a.reasons == b.reasons
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(row) }
}
