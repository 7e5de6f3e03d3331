import Foundation
import TaizhangCore
import TaizhangStore

/// Reads from the store everything a report template for one org unit and period may ask
/// (`LedgerReportFacts`): two years of figures of the unit, its parent and their peers, their targets, and the
/// project ledgers of the unit and of its parent as of the period's last month.
struct ReportFactsLoader: Sendable {
    let database: TaizhangDatabase
    let orgUnits: OrgUnitService
    let indicators: IndicatorService

    func load(
        unit: OrgUnit, period: Period, tree: OrgTree, sections: [String: String] = [:]
    ) async throws -> LedgerReportFacts {
        let catalogue = try await indicators.catalogue()
        let parent = Self.comparisonUnit(of: unit, in: tree, orgUnits: orgUnits)
        let ownField = orgUnits.rankingField(of: unit, in: tree).units
        let parentField = parent.map { orgUnits.rankingField(of: $0, in: tree).units } ?? []
        let unitIDs = Set([unit.id] + (parent.map { [$0.id] } ?? []) + ownField.map(\.id) + parentField.map(\.id))
        let year = period.year
        let from = YearMonth(year: year - 1, month: 1)!
        let through = YearMonth(year: year, month: 12)!
        async let observations = database.observations.list(orgUnitIDs: unitIDs.sorted(), from: from, through: through)
        async let thisYearTargets = database.targets.list(year: year, orgUnitIDs: unitIDs.sorted())
        async let lastYearTargets = database.targets.list(year: year - 1, orgUnitIDs: unitIDs.sorted())
        let asOf = Self.lastMonth(of: period)
        let own = try await projectLedger(of: unit, asOf: asOf, tree: tree)
        var parentLedger: LedgerReportFacts.ProjectLedger?
        if let parent { parentLedger = try await projectLedger(of: parent, asOf: asOf, tree: tree) }

        var byKey: [LedgerReportFacts.ObservationKey: Observation] = [:]
        for observation in try await observations {
            byKey[.init(code: observation.indicatorCode, unitID: observation.orgUnitID, month: observation.month)] =
                observation
        }
        var targets: [LedgerReportFacts.ObservationKey: Target] = [:]
        for target in try await thisYearTargets + lastYearTargets {
            targets[.init(code: target.indicatorCode, unitID: target.orgUnitID, month: YearMonth(year: target.year, month: 12)!)] =
                target
        }
        return LedgerReportFacts(
            catalogue: catalogue, unit: unit, parent: parent, ownField: ownField, parentField: parentField,
            observations: byKey, targets: targets,
            ownProjects: own, parentProjects: parentLedger, sections: sections)
    }

    /// The projects of `unit`'s subtree with their figures through `asOf`, histories, problems and records.
    private func projectLedger(
        of unit: OrgUnit, asOf: YearMonth, tree: OrgTree
    ) async throws -> LedgerReportFacts.ProjectLedger {
        let subtree = tree.subtreeIDs(of: unit.id)
        let projects = try await database.projects.list(ProjectFilter(orgUnitIDs: subtree))
        let ids = projects.compactMap(\.id)
        let narrowed = ids.count <= 2_000 ? ids : nil
        async let totals = database.projects.yearToDate(through: asOf, projectIDs: narrowed)
        async let histories = database.projects.stageHistories(projectIDs: narrowed)
        async let matters = database.matters.list(orgUnitIDs: subtree)
        async let progress = database.projects.progress(month: asOf, projectIDs: narrowed)
        let notes = Dictionary(
            try await progress.compactMap { entry in entry.progressNote.map { (entry.projectID, $0) } },
            uniquingKeysWith: { a, _ in a })
        let figures = try await totals
        let stageHistories = try await histories
        let records = projects.map { project in
            ProjectFactRecord.make(
                project, totals: project.id.flatMap { figures[$0] },
                history: project.id.flatMap { stageHistories[$0] } ?? [], progressNote: project.id.flatMap { notes[$0] },
                asOf: asOf)
        }
        return LedgerReportFacts.ProjectLedger(
            projects: projects, records: records, totals: figures, histories: stageHistories,
            matters: try await matters, asOf: asOf)
    }

    /// The unit a report compares with ("全市"): the city of a zone or park, else the parent.
    static func comparisonUnit(of unit: OrgUnit, in tree: OrgTree, orgUnits: OrgUnitService) -> OrgUnit? {
        let city = orgUnits.city(of: unit, in: tree)
        if city.id != unit.id { return city }
        return unit.parentID.flatMap { tree.unit(id: $0) }
    }

    static func lastMonth(of period: Period) -> YearMonth {
        switch period {
        case .year(let y), .forecast(let y): YearMonth(year: y, month: 12)!
        case .quarter(let y, let q): YearMonth(year: y, month: min(12, max(1, q * 3)))!
        case .month(let m), .cumulative(let m): m
        }
    }
}
