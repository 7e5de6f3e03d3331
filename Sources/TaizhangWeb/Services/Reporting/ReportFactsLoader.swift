import Foundation
import TaizhangCore
import TaizhangStore

/// Reads from the store what a report template for one org unit and period may ask (`LedgerReportFacts`): the
/// figures of the unit, of the unit it is compared with and of their peers for the period's last month, the same
/// month a year before and last December; this year's and last year's targets; the unit's project ledger in full
/// and its parent's as the statistics need it (the lean read of the bulletin).
struct ReportFactsLoader: Sendable {
    let database: TaizhangDatabase
    let orgUnits: OrgUnitService
    let indicators: IndicatorService

    func load(
        unit: OrgUnit, period: Period, tree: OrgTree, catalogue: IndicatorCatalogue, needs: TemplateNeeds,
        sections: [String: String] = [:]
    ) async throws -> LedgerReportFacts {
        let parent = Self.comparisonUnit(of: unit, in: tree, orgUnits: orgUnits)
        let ownField = orgUnits.rankingField(of: unit, in: tree).units
        let parentField = parent.map { orgUnits.rankingField(of: $0, in: tree).units } ?? []
        let unitIDs = Set([unit.id] + (parent.map { [$0.id] } ?? []) + ownField.map(\.id) + parentField.map(\.id)).sorted()
        let year = period.year
        let asOf = period.endMonth
        // The months a report reads: the period's end, a year before (上年, 同期), last December (上年全年).
        let months = Set([asOf, YearMonth(year: asOf.year - 1, month: asOf.month)!, YearMonth(year: year - 1, month: 12)!])
        async let observations = database.observations.list(orgUnitIDs: unitIDs, months: months)
        async let thisYearTargets = database.targets.list(year: year, orgUnitIDs: unitIDs)
        async let lastYearTargets = database.targets.list(year: year - 1, orgUnitIDs: unitIDs)
        async let own =
            !needs.projectLedgers.contains(.own)
            ? nil
            : needs.projectRecords
                ? projectLedger(of: unit, asOf: asOf, tree: tree) : statisticsLedger(of: unit, asOf: asOf, tree: tree)
        async let parentLedger =
            needs.projectLedgers.contains(.parent) ? statisticsLedger(of: parent, asOf: asOf, tree: tree) : nil

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
            ownProjects: try await own.map(Self.summarized), parentProjects: try await parentLedger.map(Self.summarized),
            sections: sections)
    }

    /// The projects of `unit`'s subtree with their figures through `asOf`, histories, problems and this month's
    /// progress notes.
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
        return LedgerReportFacts.ProjectLedger(
            projects: projects, totals: try await totals, histories: try await histories,
            matters: try await matters, progressNotes: notes, asOf: asOf)
    }

    /// What the statistics of `unit`'s subtree need, read as the bulletin reads it (the fields statistics use,
    /// the stage changes that fill missing dates); its records carry those fields only.
    private func statisticsLedger(
        of unit: OrgUnit?, asOf: YearMonth, tree: OrgTree
    ) async throws -> LedgerReportFacts.ProjectLedger? {
        guard let unit else { return nil }
        let subtree = tree.subtreeIDs(of: unit.id)
        let projects = try await database.projects.listForStatistics(ProjectFilter(orgUnitIDs: subtree), year: asOf.year)
        let ids = projects.compactMap(\.id)
        let narrowed = ids.count <= 2_000 ? ids : nil
        async let totals = database.projects.yearToDate(through: asOf, projectIDs: narrowed)
        async let histories = database.projects.stageChangesFillingDates(projectIDs: narrowed)
        async let matters = database.matters.list(orgUnitIDs: subtree)
        return LedgerReportFacts.ProjectLedger(
            projects: projects, totals: try await totals, histories: try await histories,
            matters: try await matters, progressNotes: [:], asOf: asOf)
    }

    private static func summarized(_ ledger: LedgerReportFacts.ProjectLedger) -> LedgerReportFacts.ProjectLedger {
        var ledger = ledger
        ledger.summary = ProjectStatistics.summarize(
            ledger.projects, histories: ledger.histories, totals: ledger.totals, matters: ledger.matters,
            asOf: ledger.asOf)
        return ledger
    }

    /// The unit a report compares with ("全市"): the city of a zone or park, else the parent.
    static func comparisonUnit(of unit: OrgUnit, in tree: OrgTree, orgUnits: OrgUnitService) -> OrgUnit? {
        let city = orgUnits.city(of: unit, in: tree)
        if city.id != unit.id { return city }
        return unit.parentID.flatMap { tree.unit(id: $0) }
    }
}
