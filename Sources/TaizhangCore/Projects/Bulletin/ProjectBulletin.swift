import Foundation

/// The monthly bulletin (督查通报) of month M: zones and projects ranked by completion of the annual plan against
/// time elapsed, the lagging projects and the overdue matters. Rules: docs/projects.md.
public struct ProjectBulletin: Hashable, Sendable {
    public var month: YearMonth
    /// 时序进度: M ÷ 12 × 100 in %, unrounded (10月 → 83.33…).
    public var timeElapsed: Decimal
    public var options: ProjectStatisticsOptions
    /// All taking part (合计).
    public var total: BulletinTotals
    /// Zones ranked by completion rate, best first; unranked zones (no plan) last.
    public var zones: [BulletinZoneRow]
    /// Projects with an annual plan, ranked by completion rate, best first.
    public var projects: [BulletinProjectRow]
    /// 滞后项目, worst first.
    public var laggingProjects: [BulletinLaggingProject]
    /// 逾期未解决问题, longest overdue first.
    public var overdueMatters: [BulletinOverdueMatter]

    public init(
        month: YearMonth, timeElapsed: Decimal, options: ProjectStatisticsOptions, total: BulletinTotals,
        zones: [BulletinZoneRow], projects: [BulletinProjectRow], laggingProjects: [BulletinLaggingProject],
        overdueMatters: [BulletinOverdueMatter]
    ) {
        self.month = month
        self.timeElapsed = timeElapsed
        self.options = options
        self.total = total
        self.zones = zones
        self.projects = projects
        self.laggingProjects = laggingProjects
        self.overdueMatters = overdueMatters
    }

    /// Builds the bulletin of `month` from the projects in scope, their figures through `month` (keyed by
    /// project id), their matters and the zone each project's org unit belongs to (called once per unit; nil
    /// keeps the project out of the zone rows only). O(n log n) in projects and matters.
    public static func make(
        month: YearMonth, projects: [Project], totals: [Int64: ProjectYearToDate], matters: [Matter],
        zoneOf: (Int64) -> (id: Int64, name: String)?, options: ProjectStatisticsOptions = .standard
    ) -> ProjectBulletin {
        let period = ProjectPeriod(through: month)
        let elapsed = timeElapsed(at: month)
        var zoneCache: [Int64: (id: Int64, name: String)?] = [:]
        func zone(of unitID: Int64) -> (id: Int64, name: String)? {
            if let cached = zoneCache[unitID] { return cached }
            let found = zoneOf(unitID)
            zoneCache[unitID] = .some(found)
            return found
        }

        var zoneSums: [Int64: BulletinSums] = [:]
        var unzoned = BulletinSums(name: "")
        // Figures, rate keys and codes in arrays of their own while sorting; rows are built once, in their
        // final order.
        var entries: [BulletinEntry] = []
        var keys: [CompletionKey?] = []
        var codes: [String] = []
        entries.reserveCapacity(projects.count)
        keys.reserveCapacity(projects.count)
        codes.reserveCapacity(projects.count)
        var lagging = LaggingCollector(month: month, options: options)

        for project in projects {
            let milestones = ProjectMilestones(project: project, history: [])
            guard takesPart(milestones, in: period) else { continue }
            let through = project.id.flatMap { totals[$0] }
            let plan = Amount(project.annualPlan(for: period.year))
            let year = Amount(through?.yearCompleted ?? 0)
            let thisMonth = Amount(through?.monthCompleted ?? 0)
            let reported = through?.reportedThisMonth ?? false
            let place = zone(of: project.orgUnitID)
            if let place {
                zoneSums[place.id, default: BulletinSums(name: place.name)].add(
                    plan, year, thisMonth, reported: reported)
            } else {
                unzoned.add(plan, year, thisMonth, reported: reported)
            }
            let key = CompletionKey(completed: year, plan: plan)
            lagging.consider(entry: entries.count, project, key: key, milestones, period)
            entries.append(
                BulletinEntry(
                    project: ProjectBox(project), zone: place, plan: plan.value, year: year.value,
                    month: thisMonth.value, reported: reported))
            keys.append(key)
            codes.append(project.code)
        }

        let order = BulletinEntry.rank(&entries, keys: keys, codes: codes)
        let rankedRows = order.map { entries[$0].row(timeElapsed: elapsed) }
        let zoneRows = BulletinSums.rankedRows(zoneSums, timeElapsed: elapsed)

        var all = unzoned
        for sums in zoneSums.values { all.add(sums) }

        return ProjectBulletin(
            month: month, timeElapsed: elapsed, options: options,
            total: BulletinTotals(
                figures: all.figures(timeElapsed: elapsed), projectCount: all.count, reportedCount: all.reported),
            zones: zoneRows, projects: rankedRows,
            laggingProjects: lagging.sorted(entries, keys: keys, codes: codes, timeElapsed: elapsed),
            overdueMatters: overdueMatters(matters, projects: projects, period: period, zone: zone))
    }

    /// 时序进度 of `month` in %: M ÷ 12 × 100.
    public static func timeElapsed(at month: YearMonth) -> Decimal { Decimal(month.month) * 100 / 12 }

    /// Whether a project takes part in the bulletin of `month`: signed by the end of the month, not withdrawn
    /// before the year and not completed before the year.
    public static func takesPart(_ project: Project, in month: YearMonth) -> Bool {
        takesPart(ProjectMilestones(project: project, history: []), in: ProjectPeriod(through: month))
    }

    static func takesPart(_ milestones: ProjectMilestones, in period: ProjectPeriod) -> Bool {
        milestones.isSigned(asOf: period.end) && !period.isBeforeYear(milestones.withdrawnOn)
            && !period.isBeforeYear(milestones.completedOn)
    }
}
