import Foundation
import TaizhangCore
import TaizhangOffice
import TaizhangStore

/// The month's bulletin (督查通报) and project statistics for callers outside the web layer (`taizhang bulletin`,
/// the benchmark), computed by the bulletin page's own `BulletinService`, so that the command and the page agree.
public struct ProjectBulletinFacade: Sendable {
    private let orgUnits: OrgUnitService
    private let service: BulletinService

    public init(database: TaizhangDatabase) {
        orgUnits = OrgUnitService(database: database)
        service = BulletinService(database: database)
    }

    /// The bulletin page's figures for the unit named by `unit` (code or name; the top unit when nil) and
    /// everything below it: one load, then the bulletin and the statistics by level, chain and zone.
    public func report(unit: String?, month: YearMonth) async throws -> ProjectBulletinReport {
        let tree = try await orgUnits.tree()
        let scope = try resolve(unit, in: tree)
        let (bulletin, statistics) = try await service.page(unit: scope, month: month, tree: tree)
        return ProjectBulletinReport(scope, month: month, bulletin: bulletin, statistics: statistics)
    }

    /// The same steps as `report`, one by one, with the time each took: reading the org tree and the store
    /// (projects, figures through the month, histories, matters), the bulletin, and the statistics.
    public func timedReport(
        unit: String?, month: YearMonth
    ) async throws -> (ProjectBulletinReport, ProjectBulletinTimings) {
        let clock = ContinuousClock()
        let start = clock.now
        let tree = try await orgUnits.tree()
        let scope = try resolve(unit, in: tree)
        let inputs = try await service.inputs(unit: scope, month: month, tree: tree, withHistories: true)
        let read = clock.now
        let bulletin = ProjectBulletin.make(
            month: month, projects: inputs.projects, totals: inputs.totals, matters: inputs.matters,
            zoneOf: inputs.zones.zoneOf, options: service.options)
        let made = clock.now
        let statistics = service.statistics(inputs, groupings: ProjectStatisticsGrouping.allCases)
        let done = clock.now
        return (
            ProjectBulletinReport(scope, month: month, bulletin: bulletin, statistics: statistics),
            ProjectBulletinTimings(reading: read - start, bulletin: made - read, statistics: done - made)
        )
    }

    /// Only the bulletin, as the page's .xlsx download computes it: no stage histories, no statistics.
    public func bulletinOnly(unit: String?, month: YearMonth) async throws -> ProjectBulletin {
        let tree = try await orgUnits.tree()
        return try await service.bulletin(unit: try resolve(unit, in: tree), month: month, tree: tree)
    }

    /// The bulletin as the page's .xlsx download writes it.
    public func workbook(_ report: ProjectBulletinReport) throws -> Data {
        try ProjectBulletinWorkbook.write(report.bulletin, title: report.title, formatter: ProjectFormat.formatter)
    }

    private func resolve(_ codeOrName: String?, in tree: OrgTree) throws -> OrgUnit {
        guard let codeOrName else {
            guard let root = tree.roots.first else { throw ServiceError.noUnits }
            return root
        }
        guard let unit = tree.lookup(codeOrName) else { throw ServiceError.orgUnitNotFound(codeOrName) }
        return unit
    }
}

/// The bulletin of a month for one unit's subtree, with the statistics shown beside it on the page.
public struct ProjectBulletinReport: Sendable {
    public let unit: OrgUnit
    public let month: YearMonth
    /// “河西市2026年1—10月重点项目建设督查通报”, as the page and the workbook are titled.
    public let title: String
    public let bulletin: ProjectBulletin
    /// 1—M月 statistics of all the unit's projects, with the four rates.
    public let summary: ProjectSummary
    public let byLevel: [ProjectGroupSummary]
    public let byIndustryChain: [ProjectGroupSummary]
    public let byZone: [ProjectGroupSummary]

    init(_ unit: OrgUnit, month: YearMonth, bulletin: ProjectBulletin, statistics: ProjectStatisticsReport) {
        self.unit = unit
        self.month = month
        title = ProjectBulletinWorkbook.title(scopeName: unit.name, month: month)
        self.bulletin = bulletin
        summary = statistics.summary
        byLevel = statistics.groups[.level] ?? []
        byIndustryChain = statistics.groups[.chain] ?? []
        byZone = statistics.groups[.zone] ?? []
    }
}

/// Where the time of one bulletin went.
public struct ProjectBulletinTimings: Sendable, Hashable {
    /// Org tree, projects with plans, figures through the month, histories and matters.
    public let reading: Duration
    public let bulletin: Duration
    public let statistics: Duration

    public var total: Duration { reading + bulletin + statistics }
}
