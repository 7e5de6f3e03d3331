import Foundation
import TaizhangCore

/// The answers a report template gets from the ledgers, prefetched for one org unit and period
/// (`ReportFactsLoader`): indicator figures of the unit, of the unit it is compared with (its city: "全市") and of
/// the units each is ranked among, targets, and the project ledgers of both. Every figure names the stored
/// entries it comes from.
struct LedgerReportFacts: ReportFacts {
    /// Observations keyed by indicator code, org unit and month.
    struct ObservationKey: Hashable {
        let code: String
        let unitID: Int64
        let month: YearMonth
    }

    /// The project ledger of one unit's subtree as of the report month.
    struct ProjectLedger: Sendable {
        let projects: [Project]
        let totals: [Int64: ProjectYearToDate]
        let histories: [Int64: [ProjectStageChange]]
        let matters: [Matter]
        let progressNotes: [Int64: String]
        let asOf: YearMonth
        /// The statistics of all the projects, worked out once: most project figures of a report ask for them.
        var summary: ProjectSummary?

        /// One record per project, as loops, tables and filters see them; built when a template asks.
        var records: [FactRecord] {
            projects.map { project in
                let id = project.id ?? 0
                return ProjectFactRecord.make(
                    project, totals: totals[id], history: histories[id] ?? [], progressNote: progressNotes[id],
                    asOf: asOf)
            }
        }
    }

    let catalogue: IndicatorCatalogue
    let unit: OrgUnit
    /// The unit "全市" means: the city of a zone or park, else the unit's parent.
    let parent: OrgUnit?
    /// The units the report's unit is ranked among (the city's zones for a zone), and those of the parent.
    let ownField: [OrgUnit]
    let parentField: [OrgUnit]
    let observations: [ObservationKey: Observation]
    /// Targets keyed by indicator code, org unit and December of their year.
    let targets: [ObservationKey: Target]
    /// The project ledgers, read only when the template asks for them (`TemplateNeeds`).
    let ownProjects: ProjectLedger?
    let parentProjects: ProjectLedger?
    let sections: [String: String]
    var options: ProjectStatisticsOptions = .standard

    func section(named name: String) -> String? { sections[name] }

    func records(_ query: RecordQuery) -> [FactRecord] {
        guard let ledger = ledger(query.scope) else { return [] }
        return ledger.records.filter { record in query.filters.allSatisfy { $0.admits(record) } }
    }

    func figure(_ query: FigureQuery) -> FactFigure? {
        switch query.subject {
        case .indicator(let code):
            guard let indicator = catalogue.indicator(code: code), let subject = unit(query.scope) else { return nil }
            return indicatorFigure(indicator, of: subject, period: query.period, measure: query.measure)
        case .project(let quantity, let filters):
            guard query.measure == .value, let ledger = ledger(query.scope), let subject = unit(query.scope) else {
                return nil
            }
            return projectFigure(quantity, filters: filters, ledger: ledger, of: subject)
        }
    }

    private func unit(_ scope: FigureScope) -> OrgUnit? { scope == .own ? unit : parent }

    private func ledger(_ scope: FigureScope) -> ProjectLedger? { scope == .own ? ownProjects : parentProjects }

    // MARK: Indicators

    private func indicatorFigure(
        _ indicator: Indicator, of subject: OrgUnit, period: Period, measure: FigureMeasure
    ) -> FactFigure? {
        let month = period.endMonth
        let unitSymbol = indicator.unit.symbol
        switch measure {
        case .value:
            if let observation = observations[key(indicator, subject, month)],
                let value = value(of: observation, indicator: indicator, period: period)
            {
                return FactFigure(
                    value: value, unit: unitSymbol,
                    provenance: FigureProvenance(subject: "", sources: [source(observation, indicator, subject)]))
            }
            // Last year's figure as the growth was computed from it: the comparable prior value stored with
            // this year's observation, when the period is a year back from one we hold.
            let later = YearMonth(year: month.year + 1, month: month.month)!
            guard !period.isSingleMonth, let current = observations[key(indicator, subject, later)],
                let prior = current.priorCumulative
            else { return nil }
            return FactFigure(
                value: prior, unit: unitSymbol,
                provenance: FigureProvenance(
                    subject: "",
                    sources: [source(current, indicator, subject) + "中的上年同期可比数 \(prior.plainString) \(unitSymbol)"]))
        case .growth:
            guard let observation = observations[key(indicator, subject, month)],
                let growth = Statistics.yoyGrowth(of: observation, indicator: indicator)
            else { return nil }
            let how =
                growth.source == .published
                ? "统计部门公布的可比价增速"
                : "(\(observation.cumulative?.plainString ?? "—") ÷ \(observation.priorCumulative?.plainString ?? "—") − 1) × 100"
            return FactFigure(
                value: growth.value, unit: "%",
                provenance: FigureProvenance(
                    subject: "", sources: [source(observation, indicator, subject)], computation: how))
        case .target, .targetGrowth:
            guard let target = targets[key(indicator, subject, YearMonth(year: month.year, month: 12)!)] else {
                return nil
            }
            let value = measure == .target ? target.value : target.growth
            guard let value else { return nil }
            let what = measure == .target ? "目标值 \(value.plainString) \(unitSymbol)" : "目标增速 \(value.plainString)%"
            return FactFigure(
                value: value, unit: measure == .target ? unitSymbol : "%",
                provenance: FigureProvenance(
                    subject: "", sources: ["年度目标 \(indicator.name) \(subject.name) \(month.year)年：\(what)"]))
        case .rankByValue, .rankByGrowth:
            let field = subject.id == unit.id ? ownField : parentField
            return rankFigure(indicator, of: subject, among: field, month: month, byGrowth: measure == .rankByGrowth)
        }
    }

    private func rankFigure(
        _ indicator: Indicator, of subject: OrgUnit, among field: [OrgUnit], month: YearMonth, byGrowth: Bool
    ) -> FactFigure? {
        guard field.count > 1 else { return nil }
        let entries = field.map { peer -> (id: Int64, value: Decimal?) in
            guard let observation = observations[key(indicator, peer, month)] else { return (peer.id, nil) }
            let measured: Decimal? =
                byGrowth
                ? Statistics.yoyGrowth(of: observation, indicator: indicator)?.value
                : value(of: observation, indicator: indicator, period: .cumulative(through: month))
            return (peer.id, measured)
        }
        guard let rank = Statistics.ranks(entries)[subject.id] else { return nil }
        let what = byGrowth ? "增速" : "总量"
        let suffix = byGrowth ? "%" : " " + indicator.unit.symbol
        var sources: [String] = []
        for (peer, entry) in zip(field, entries) {
            let shown = entry.value.map { $0.plainString + suffix } ?? "无数据"
            sources.append("\(peer.name)：\(shown)")
        }
        return FactFigure(
            value: Decimal(rank), unit: "位",
            provenance: FigureProvenance(
                subject: "", sources: sources,
                computation: "按\(what)从高到低排列\(entries.count)个单位，\(subject.name)居第\(rank)位"))
    }

    private func value(of observation: Observation, indicator: Indicator, period: Period) -> Decimal? {
        if period.isSingleMonth, indicator.isCumulative { return observation.monthly }
        return indicator.isCumulative ? observation.cumulative : (observation.cumulative ?? observation.monthly)
    }

    private func key(_ indicator: Indicator, _ unit: OrgUnit, _ month: YearMonth) -> ObservationKey {
        ObservationKey(code: indicator.code, unitID: unit.id, month: month)
    }

    private func source(_ observation: Observation, _ indicator: Indicator, _ unit: OrgUnit) -> String {
        let unitSymbol = indicator.unit.symbol
        var parts: [String] = []
        if let cumulative = observation.cumulative { parts.append("累计 \(cumulative.plainString) \(unitSymbol)") }
        if let monthly = observation.monthly { parts.append("当月 \(monthly.plainString) \(unitSymbol)") }
        if let prior = observation.priorCumulative { parts.append("上年同期 \(prior.plainString) \(unitSymbol)") }
        if let growth = observation.publishedGrowth { parts.append("公布增速 \(growth.plainString)%") }
        let month = observation.month
        return "指标台账 \(indicator.name) \(unit.name) \(month.year)年\(month.month)月："
            + parts.joined(separator: "，") + "（\(observation.status.displayName)）"
    }

    // MARK: Projects

    private func projectFigure(
        _ quantity: ProjectQuantity, filters: [RecordFilter], ledger: ProjectLedger, of subject: OrgUnit
    ) -> FactFigure? {
        let chosen =
            filters.isEmpty
            ? ledger.projects
            : zip(ledger.projects, ledger.records).filter { _, record in filters.allSatisfy { $0.admits(record) } }
                .map(\.0)
        if filters.isEmpty, let summary = ledger.summary {
            return projectFigure(quantity, summary: summary, count: ledger.projects.count, filterText: "全部项目", of: subject, asOf: ledger.asOf)
        }
        let chosenIDs = Set(chosen.compactMap(\.id))
        // With filters, only the problems of the chosen projects count; without, also those of no project.
        let matters =
            filters.isEmpty ? ledger.matters : ledger.matters.filter { $0.projectID.map(chosenIDs.contains) ?? false }
        let summary = ProjectStatistics.summarize(
            chosen, histories: ledger.histories, totals: ledger.totals, matters: matters, asOf: ledger.asOf,
            options: options)
        let filterText = filters.map { "\($0.field)=\($0.value)" }.joined(separator: "，")
        return projectFigure(quantity, summary: summary, count: chosen.count, filterText: filterText, of: subject, asOf: ledger.asOf)
    }

    private func projectFigure(
        _ quantity: ProjectQuantity, summary: ProjectSummary, count: Int, filterText: String, of subject: OrgUnit,
        asOf: YearMonth
    ) -> FactFigure? {
        guard let value = quantity.value(in: summary) else { return nil }
        return FactFigure(
            value: value, unit: quantity.unit,
            provenance: FigureProvenance(
                subject: "",
                sources: ["项目台账 \(subject.name)（含下级）\(filterText)：\(count)个项目，统计截至\(asOf.year)年\(asOf.month)月"],
                computation: "按项目统计口径（docs/projects.md）计算“\(quantity.name)”"))
    }
}

extension Period {
    fileprivate var isSingleMonth: Bool {
        if case .month = self { return true }
        return false
    }
}
