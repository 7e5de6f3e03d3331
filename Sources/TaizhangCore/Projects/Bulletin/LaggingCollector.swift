import Foundation

/// Decides which of the bulletin's projects lag (滞后): a completion rate at least the configured 百分点 behind
/// time elapsed, or a planned start passed by the end of the month without a start. A project withdrawn or
/// completed by then is not listed: there is nothing left to urge.
struct LaggingCollector {
    let month: Int
    let elapsed: Decimal
    let lag: Decimal
    let lagScaled: Int64?
    private var lagging: [(entry: Int, behind: Bool, notStartedSince: CalendarDate?)] = []

    init(month: YearMonth, options: ProjectStatisticsOptions) {
        self.month = month.month
        elapsed = ProjectBulletin.timeElapsed(at: month)
        lag = options.lagPercentagePoints
        lagScaled = ScaledAmount.scaled(options.lagPercentagePoints)
    }

    /// Considers the project of bulletin entry `entry`.
    mutating func consider(
        entry: Int, _ project: Project, key: CompletionKey?, _ milestones: ProjectMilestones, _ period: ProjectPeriod
    ) {
        guard !milestones.isWithdrawn(asOf: period.end), !milestones.isCompleted(asOf: period.end) else { return }
        let behind = key?.isBehind(month: month, elapsed: elapsed, lag: lag, lagScaled: lagScaled) ?? false
        var notStartedSince: CalendarDate?
        if let plannedStart = project.plannedStart, plannedStart <= period.end,
            !milestones.hasStarted(asOf: period.end)
        {
            notStartedSince = plannedStart
        }
        if behind || notStartedSince != nil { lagging.append((entry, behind, notStartedSince)) }
    }

    /// Worst first (lowest rate), projects without a rate last, ties by code.
    func sorted(
        _ entries: [BulletinEntry], keys: [CompletionKey?], codes: [String], timeElapsed: Decimal
    ) -> [BulletinLaggingProject] {
        let order = lagging.indices.sorted { a, b in
            let (x, y) = (lagging[a].entry, lagging[b].entry)
            switch (keys[x], keys[y]) {
            case (let p?, let q?):
                let comparison = CompletionKey.compare(p, q)
                if comparison != 0 { return comparison < 0 }
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): break
            }
            return codes[x] < codes[y]
        }
        return order.map { index in
            let item = lagging[index]
            return BulletinLaggingProject(
                row: entries[item.entry].row(timeElapsed: timeElapsed), behindSchedule: item.behind,
                notStartedSince: item.notStartedSince)
        }
    }
}
