import Foundation
import TaizhangCore
import TaizhangStore

/// The monthly dispatch (月调度): the month's active projects of a unit with their entries, who has not
/// reported, saving a whole screen in one go, and the zone's workflow (报送 → 审核, 退回, 重新打开) through
/// `TaizhangDatabase.dispatchWorkflow`. An approved month locks its zone's entries (the store refuses).
struct DispatchService: Sendable {
    let database: TaizhangDatabase

    var workflow: PeriodWorkflowRepository { database.dispatchWorkflow }

    /// Whether `project` reports in the dispatch of `month`: signed by the month's end and neither finished nor
    /// withdrawn before it began (a project that reported that month stays on it whatever happened since).
    static func isActive(_ project: Project, in month: YearMonth) -> Bool {
        let first = CalendarDate.firstDay(of: month)
        let last = CalendarDate.lastDay(of: month)
        switch project.stage {
        case .lead, .negotiating: return false
        case .signed, .preparing, .started, .continuing: break
        case .completed, .operating:
            guard let completion = project.actualCompletion, completion >= first else { return false }
        case .withdrawn:
            guard let withdrawn = project.withdrawnOn, withdrawn >= first else { return false }
        }
        if let signed = project.signedOn, signed > last { return false }
        return true
    }

    /// The dispatch screen of `unit` (a zone or park: its zone's projects below it; a city or district: every
    /// zone in it) for `month`.
    func sheet(unit: OrgUnit, month: YearMonth, tree: OrgTree) async throws -> DispatchSheet {
        let subtree = tree.subtreeIDs(of: unit.id)
        let candidates = try await database.projects.list(
            ProjectFilter(
                orgUnitIDs: subtree,
                stages: [.signed, .preparing, .started, .continuing, .completed, .operating, .withdrawn]))
        let ids = candidates.compactMap(\.id)
        let entries = try await database.projects.progress(month: month, projectIDs: ids.count <= 2_000 ? ids : nil)
        let entryByProject = Dictionary(entries.map { ($0.projectID, $0) }, uniquingKeysWith: { $1 })
        let projects = candidates.filter { project in
            project.id.map { entryByProject[$0] != nil } == true || Self.isActive(project, in: month)
        }
        let projectIDs = projects.compactMap(\.id)
        let totals = try await database.projects.yearToDate(
            through: month, projectIDs: projectIDs.count <= 2_000 ? projectIDs : nil)

        // The zones in view: the one above a park, or every zone below a city; plus the unit of any project
        // filed above every zone.
        var dispatchUnitIDs: [Int64] = []
        let own = ProjectRepository.dispatchUnit(of: unit.id, in: tree)
        if own != unit.id || unit.kind == .zone {
            dispatchUnitIDs = [own]
        } else {
            dispatchUnitIDs = tree.zones(in: unit.id).map(\.id)
        }
        for project in projects {
            let id = ProjectRepository.dispatchUnit(of: project.orgUnitID, in: tree)
            if !dispatchUnitIDs.contains(id) { dispatchUnitIDs.append(id) }
        }
        let states = try await workflow.states(orgUnitIDs: dispatchUnitIDs, month: month)
        let zones = ProjectZones(tree: tree)
        let rows = projects.map { project in
            let id = project.id ?? 0
            let dispatchUnit = ProjectRepository.dispatchUnit(of: project.orgUnitID, in: tree)
            let figures = totals[id]
            return DispatchRow(
                project: project, unitPath: zones.shortPath(of: project.orgUnitID), dispatchUnitID: dispatchUnit,
                entry: entryByProject[id],
                yearBefore: (figures?.yearCompleted ?? 0) - (figures?.monthCompleted ?? 0),
                annualPlan: project.annualPlan(for: month.year), isLocked: states[dispatchUnit]?.isLocked ?? false)
        }
        let zoneRows: [DispatchZone] = dispatchUnitIDs.compactMap { id in
            guard let zoneUnit = tree.unit(id: id), let state = states[id] else { return nil }
            let mine = rows.filter { $0.dispatchUnitID == id }
            return DispatchZone(
                unit: zoneUnit, state: state, projectCount: mine.count,
                unreported: mine.filter { $0.entry == nil }.map(\.project))
        }
        return DispatchSheet(
            unit: unit, month: month, rows: rows, zones: zoneRows,
            fingerprint: DispatchFingerprint.of(rows.compactMap(\.entry)))
    }

    /// Saves the screen's rows in one transaction: only rows that changed are written; any problem (a figure
    /// that is not a number, a cleared entry, a project not in the dispatch) saves nothing. `loadedFingerprint`
    /// (what the screen was built from) refuses to overwrite a save made in between (`ConcurrentEdit`, 409);
    /// an approved zone month is refused by the store (`ProjectStoreError.dispatchLocked`, 409).
    func save(
        unit: OrgUnit, month: YearMonth, inputs: [DispatchInput], tree: OrgTree, actor: AuditActor,
        loadedFingerprint: String?
    ) async throws -> DispatchSaveResult {
        let sheet = try await sheet(unit: unit, month: month, tree: tree)
        let (changed, problems) = Self.read(inputs, sheet: sheet)
        guard problems.isEmpty else { return DispatchSaveResult(problems: problems, savedCount: 0) }
        guard !changed.isEmpty else { return DispatchSaveResult(problems: [], savedCount: 0) }
        let database = self.database
        try await database.withTransaction { _ in
            if let loadedFingerprint {
                let ids = sheet.rows.compactMap(\.project.id)
                let stored = try await database.projects.progress(month: month, projectIDs: ids)
                guard DispatchFingerprint.of(stored) == loadedFingerprint else {
                    throw ConcurrentEdit(unitName: unit.name, month: month)
                }
            }
            try await database.projects.saveProgress(changed, by: actor)
        }
        return DispatchSaveResult(problems: [], savedCount: changed.count)
    }

    /// The entries the inputs change, or the problems that keep them from being saved, each naming the row
    /// (its place on the screen), the project and the field.
    static func read(_ inputs: [DispatchInput], sheet: DispatchSheet) -> (changed: [ProjectProgress], problems: [APIProblem]) {
        var changed: [ProjectProgress] = []
        var problems: [APIProblem] = []
        let rowIndex = Dictionary(
            sheet.rows.enumerated().compactMap { index, row in row.project.id.map { ($0, index) } },
            uniquingKeysWith: { first, _ in first })
        for input in inputs {
            guard let index = rowIndex[input.projectID] else {
                problems.append(
                    APIProblem(
                        message: ProjectServiceError.projectNotInDispatch(
                            code: String(input.projectID), unit: sheet.unit.name
                        ).userMessage, field: "projectID", code: "not_in_dispatch"))
                continue
            }
            let row = sheet.rows[index]
            let prefix = "第\(index + 1)行“\(row.project.name)”："
            func problem(_ field: String, _ text: String) {
                problems.append(
                    APIProblem(message: prefix + text, row: index + 1, field: "\(field).\(input.projectID)"))
            }
            if input.isBlank {
                if row.entry != nil { problem("investment", "已填报的调度数据不能清空；本月无投资请填0。") }
                continue
            }
            let investmentText = input.investment.trimmingCharacters(in: .whitespaces)
            guard !investmentText.isEmpty else {
                problem("investment", "请填写本月完成投资（万元），无投资请填0。")
                continue
            }
            guard let investment = FormFields.parseFigure(investmentText) else {
                problem("investment", "本月完成投资“\(investmentText)”不是有效的数值。")
                continue
            }
            guard investment >= 0 else {
                problem("investment", "本月完成投资不能为负数（现为\(investmentText)）。")
                continue
            }
            var funds: Decimal?
            let fundsText = input.funds.trimmingCharacters(in: .whitespaces)
            if !fundsText.isEmpty {
                guard let value = FormFields.parseFigure(fundsText), value >= 0 else {
                    problem("funds", "本月到位资金“\(fundsText)”不是有效的非负数值。")
                    continue
                }
                funds = value
            }
            func note(_ text: String) -> String? {
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                return trimmed.isEmpty ? nil : trimmed
            }
            let entry = ProjectProgress(
                projectID: input.projectID, month: sheet.month, completedInvestment: investment, fundsInPlace: funds,
                progressNote: note(input.progressNote), problemNote: note(input.problemNote))
            if entry != row.entry { changed.append(entry) }
        }
        return (changed, problems)
    }

    /// Applies a workflow step to a zone's dispatch of `month` at the version the user's screen showed. 报送 is
    /// refused while any of the zone's projects has not reported.
    func apply(
        _ kind: WorkflowEventKind, zone: OrgUnit, month: YearMonth, expectedVersion: Int, reason: String?,
        user: User, tree: OrgTree
    ) async throws -> PeriodWorkflowState {
        if kind == .submit {
            let sheet = try await sheet(unit: zone, month: month, tree: tree)
            let missing = sheet.rows.filter { $0.entry == nil }.map(\.project.name)
            if !missing.isEmpty {
                throw ProjectServiceError.dispatchIncomplete(
                    zone: zone.name, month: month, count: missing.count, names: Array(missing.prefix(5)))
            }
        }
        let event = WorkflowEvent(kind: kind, reason: reason?.trimmingCharacters(in: .whitespacesAndNewlines))
        return try await workflow.apply(
            event, orgUnitID: zone.id, month: month, expectedVersion: expectedVersion, by: AuditActor(user))
    }
}
