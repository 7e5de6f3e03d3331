import Foundation
import NIOPosix
import TaizhangCore
import TaizhangOffice
import TaizhangStore

/// An upload of the office's project ledger sheet (重点项目推进情况表) and who sends it.
struct ProjectSheetUpload: Sendable {
    var data: Data
    var fileName: String
    /// The month the sheet reports; nil takes it from the sheet's title.
    var month: YearMonth?
    /// The org unit of lines without a 所属单位 (and of sheets without that column).
    var defaultOrgUnitID: Int64?
    /// The units the user may edit projects of (nil: all); a line of any other unit refuses the whole file.
    var permittedUnitIDs: Set<Int64>?
    var actor: AuditActor
}

/// What importing a project ledger sheet did, or, when `isImported` is false, every reason nothing was stored.
public struct ProjectSheetImportResult: Encodable, Sendable {
    public let fileName: String
    /// The worksheet read, for workbooks.
    public let sheetName: String?
    /// The month imported (“2026-10”); nil when it could not be told.
    public let month: String?
    /// Project lines read below the header.
    public let rowCount: Int
    /// Projects new to the ledger, projects changed, projects the file left as they were.
    public let created: Int
    public let updated: Int
    public let unchanged: Int
    /// Month reports written (inserted or replaced: re-importing a month replaces its reports).
    public let progressEntries: Int
    public let isImported: Bool
    public let problems: [APIProblem]

    static func rejected(
        fileName: String, sheetName: String?, month: YearMonth?, rowCount: Int, problems: [APIProblem]
    ) -> ProjectSheetImportResult {
        ProjectSheetImportResult(
            fileName: fileName, sheetName: sheetName, month: month?.description, rowCount: rowCount, created: 0,
            updated: 0, unchanged: 0, progressEntries: 0, isImported: false, problems: problems)
    }
}

/// Imports the office's project ledger sheet: TaizhangOffice reads it, then every line is checked against the
/// ledger (the user's scope, the stage a project may move to, 今年累计 against the months already reported, the
/// dispatch lock) and either the whole file goes to the store in one `importLedger` call or nothing is stored
/// and every problem is returned. Projects are matched by 项目编号, so importing a month again updates it.
struct ProjectSheetImportService: Sendable {
    let database: TaizhangDatabase
    let orgUnits: OrgUnitService

    init(database: TaizhangDatabase) {
        self.database = database
        orgUnits = OrgUnitService(database: database)
    }

    func importSheet(_ upload: ProjectSheetUpload) async throws -> ProjectSheetImportResult {
        guard !upload.data.isEmpty else { throw ServiceError.emptyUpload }
        guard ImportService.isSupported(fileName: upload.fileName) || upload.data.starts(with: [0x50, 0x4B]) else {
            throw ServiceError.unsupportedFile(upload.fileName)
        }
        let tree = try await orgUnits.tree()
        let parse: ProjectSheetParse
        do {
            parse = try await Self.parse(upload, tree: tree)
        } catch let error as any UserFacingError {
            // Not a workbook, damaged, or too large inside.
            return .rejected(
                fileName: upload.fileName, sheetName: nil, month: upload.month, rowCount: 0,
                problems: [APIProblem(message: error.userMessage, file: upload.fileName, code: "unreadable_file")])
        }

        var problems = parse.problems.map(ImportService.problem)
        if let asked = upload.month, let titled = parse.titleMonth, asked != titled {
            problems.append(
                APIProblem(
                    message: "文件标题所写月份为\(titled.chineseName)，与所选月份\(asked.chineseName)不一致；请选择文件对应的月份后重新导入，整个文件未导入。",
                    file: parse.fileName, code: "month_mismatch"))
        }
        guard let month = parse.month else {
            return .rejected(
                fileName: parse.fileName, sheetName: parse.sheetName, month: nil, rowCount: parse.rowCount,
                problems: problems)
        }

        let ledger = try await ledgerState(
            of: parse.rows, month: month, needsPrior: parse.presentColumns.contains(.yearToDateCompleted))
        var plan = ProjectSheetImportPlan(
            fileName: parse.fileName, month: month, presentColumns: parse.presentColumns, tree: tree,
            permittedUnitIDs: upload.permittedUnitIDs, ledger: ledger)
        for row in parse.rows { plan.add(row) }
        plan.checkLocks(lockedUnitIDs: try await lockedUnitIDs(plan.reportingUnitIDs, month: month, tree: tree))
        problems += plan.problems

        guard problems.isEmpty else {
            return .rejected(
                fileName: parse.fileName, sheetName: parse.sheetName, month: month, rowCount: parse.rowCount,
                problems: problems)
        }
        do {
            let stored = try await database.projects.importLedger(
                plan.projects, progress: plan.progress, by: upload.actor)
            return ProjectSheetImportResult(
                fileName: parse.fileName, sheetName: parse.sheetName, month: month.description,
                rowCount: parse.rowCount, created: stored.created, updated: stored.updated, unchanged: stored.unchanged,
                progressEntries: stored.progressEntries, isImported: true, problems: [])
        } catch let error as ProjectStoreError {
            // A month approved or a code taken since the checks ran, or a value the store cannot keep exactly.
            let code = if case .dispatchLocked = error { "period_locked" } else { "store_refused" }
            return .rejected(
                fileName: parse.fileName, sheetName: parse.sheetName, month: month, rowCount: parse.rowCount,
                problems: [
                    APIProblem(message: error.userMessage + "整个文件未导入。", file: parse.fileName, code: code)
                ])
        }
    }

    /// Reads the file on the thread pool (a large workbook takes seconds of CPU).
    private static func parse(_ upload: ProjectSheetUpload, tree: OrgTree) async throws -> ProjectSheetParse {
        try await NIOThreadPool.singleton.runIfActive {
            try ProjectSheet.parse(
                data: upload.data, fileName: upload.fileName, month: upload.month,
                resolveOrgUnit: { text in resolveOrgUnit(text, tree: tree, within: upload.defaultOrgUnitID) },
                defaultOrgUnitID: upload.defaultOrgUnitID)
        }
    }

    /// The unit a 所属单位 cell names by code or name. Parks of different zones often share a name (装备制造产业园),
    /// and a zone's own sheet writes it without the zone: a name found more than once is taken from the subtree of
    /// the unit the import was made for, when it is unique there.
    static func resolveOrgUnit(_ text: String, tree: OrgTree, within unitID: Int64?) -> OrgUnit? {
        if let unit = tree.lookup(text) { return unit.isArchived ? nil : unit }
        guard let unitID, let scope = tree.unit(id: unitID) else { return nil }
        let name = text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
        let matches = ([scope] + tree.descendants(of: unitID)).filter { $0.name == name && !$0.isArchived }
        return matches.count == 1 ? matches[0] : nil
    }

    /// What the store holds for the sheet's projects: the projects by code, their reports of `month`, and (when
    /// the sheet states 今年累计) what they reported this year before `month`.
    private func ledgerState(
        of rows: [ProjectSheetRow], month: YearMonth, needsPrior: Bool
    ) async throws -> ProjectSheetLedgerState {
        var state = ProjectSheetLedgerState()
        for code in Set(rows.map(\.project.code)) where !code.isEmpty {
            if let project = try await database.projects.find(code: code) { state.projects[code] = project }
        }
        let ids = state.projects.values.compactMap(\.id)
        guard !ids.isEmpty else { return state }
        for entry in try await database.projects.progress(month: month, projectIDs: ids) {
            state.monthReports[entry.projectID] = entry
        }
        // Summing the months rather than reading `yearToDate(through:)` also tells a project that reported zero
        // from one that never reported, which the 累计 check treats differently.
        if needsPrior {
            for earlier in 1..<month.month {
                let previous = YearMonth(year: month.year, month: earlier)!
                for entry in try await database.projects.progress(month: previous, projectIDs: ids) {
                    state.priorYearToDate[entry.projectID, default: 0] += entry.completedInvestment
                }
            }
        }
        return state
    }

    /// The units whose dispatch of `month` is approved, among `unitIDs` and every unit above them: an approved
    /// zone locks its parks too, as `PeriodWorkflowRepository.requireUnlocked` decides.
    private func lockedUnitIDs(_ unitIDs: Set<Int64>, month: YearMonth, tree: OrgTree) async throws -> Set<Int64> {
        let chain = Set(unitIDs.flatMap { id in tree.path(to: id).map(\.id) + [id] })
        guard !chain.isEmpty else { return [] }
        let states = try await database.dispatchWorkflow.states(orgUnitIDs: chain.sorted(), month: month)
        return Set(states.filter { $0.value.isLocked }.keys)
    }
}

/// The stored side of an import: projects by code, their reports of the month, and their 今年累计 before it
/// (only projects that reported in an earlier month of the year have an entry).
struct ProjectSheetLedgerState: Sendable {
    var projects: [String: Project] = [:]
    var monthReports: [Int64: ProjectProgress] = [:]
    var priorYearToDate: [Int64: Decimal] = [:]
}

/// Checks the lines of one sheet against the ledger, collecting every problem, and turns the lines into what
/// `ProjectRepository.importLedger` takes: a stored project changes only in the columns the sheet has, and a
/// month report keeps what the sheet does not state (到位资金, and notes or amounts of absent columns).
struct ProjectSheetImportPlan {
    let fileName: String
    let month: YearMonth
    let presentColumns: Set<ProjectSheetColumn>
    let tree: OrgTree
    let permittedUnitIDs: Set<Int64>?
    let ledger: ProjectSheetLedgerState

    private(set) var projects: [Project] = []
    private(set) var progress: [ProjectProgressImport] = []
    private(set) var problems: [APIProblem] = []
    /// Lines that write a month report, with the org unit their project will be in (for the dispatch lock).
    private var reportingRows: [(row: Int, unitID: Int64)] = []

    init(
        fileName: String, month: YearMonth, presentColumns: Set<ProjectSheetColumn>, tree: OrgTree,
        permittedUnitIDs: Set<Int64>?, ledger: ProjectSheetLedgerState
    ) {
        self.fileName = fileName
        self.month = month
        self.presentColumns = presentColumns
        self.tree = tree
        self.permittedUnitIDs = permittedUnitIDs
        self.ledger = ledger
    }

    var reportingUnitIDs: Set<Int64> { Set(reportingRows.map(\.unitID)) }

    mutating func add(_ row: ProjectSheetRow) {
        let sheet = row.project
        // Without a 项目编号 column the parser has already refused the file.
        guard !sheet.code.isEmpty else { return }
        let stored = ledger.projects[sheet.code]
        // A sheet without 所属单位 says nothing about where a known project is; new ones go to the chosen unit.
        let unitID =
            stored.map { presentColumns.contains(.orgUnit) ? sheet.orgUnitID : $0.orgUnitID } ?? sheet.orgUnitID
        let problemsBefore = problems.count
        checkScope(row, unitID: unitID, stored: stored)
        if let stored { checkStage(row, stored: stored) }
        let report = monthReport(row, stored: stored)
        checkYearToDate(row, stored: stored, monthCompleted: report.monthCompleted)
        if report.entry != nil { reportingRows.append((row.number, unitID)) }
        guard problems.count == problemsBefore else { return }
        projects.append(merged(sheet, into: stored, unitID: unitID))
        if let entry = report.entry { progress.append(entry) }
    }

    /// One problem per locked unit, naming the lines of its projects that report the month.
    mutating func checkLocks(lockedUnitIDs: Set<Int64>) {
        guard !lockedUnitIDs.isEmpty else { return }
        var rowsByLock: [Int64: [Int]] = [:]
        for (row, unitID) in reportingRows {
            // The unit itself, then the units above it: the nearest approved one is the one to reopen.
            if let lock = tree.path(to: unitID).reversed().first(where: { lockedUnitIDs.contains($0.id) }) {
                rowsByLock[lock.id, default: []].append(row)
            }
        }
        for (unitID, rows) in rowsByLock.sorted(by: { $0.value[0] < $1.value[0] }) {
            let locked = ProjectStoreError.dispatchLocked(zone: unitName(unitID), month: month).userMessage
            let shown = rows.prefix(10).map(String.init).joined(separator: "、")
            let more = rows.count > 10 ? "等\(rows.count)行" : "行"
            problems.append(
                APIProblem(
                    message: "\(locked)文件第\(shown)\(more)的项目属于该单位，整个文件未导入。", file: fileName, row: rows[0],
                    code: "period_locked"))
        }
    }

    // MARK: - Checks

    private mutating func checkScope(_ row: ProjectSheetRow, unitID: Int64, stored: Project?) {
        guard let permitted = permittedUnitIDs else { return }
        let project = row.project
        if let stored, !permitted.contains(stored.orgUnitID) {
            report(
                row, .code,
                "项目编号“\(project.code)”已登记在“\(unitName(stored.orgUnitID))”名下，不在您的管辖范围内，不能由本文件修改",
                code: "out_of_scope")
        } else if !permitted.contains(unitID) {
            report(
                row, presentColumns.contains(.orgUnit) ? .orgUnit : nil,
                "项目“\(project.name)”的所属单位“\(unitName(unitID))”不在您的管辖范围内", code: "out_of_scope")
        }
    }

    /// The sheet may restate the stage or record a move the lifecycle allows; anything else is a typing slip or
    /// a change that needs the project page (with its dates and reasons).
    private mutating func checkStage(_ row: ProjectSheetRow, stored: Project) {
        guard presentColumns.contains(.stage) else { return }
        let from = stored.stage
        let to = row.project.stage
        guard from != to, !ProjectLifecycle.canAdvance(from: from, to: to) else { return }
        let allowed = ProjectLifecycle.allowedTargets(from: from)
        let hint =
            allowed.isEmpty
            ? "“\(from.displayName)”是最终阶段，不能再改变"
            : "“\(from.displayName)”之后只能改为" + allowed.map { "“\($0.displayName)”" }.joined(separator: "、")
        report(
            row, .stage, "项目“\(row.project.name)”的建设阶段不能从“\(from.displayName)”改为“\(to.displayName)”：\(hint)",
            code: "stage_not_allowed")
    }

    /// 今年累计 must be what the ledger will hold after the import: the months reported before this one plus this
    /// month. A project with no report earlier in the year (new to the ledger, or tracked from this month) has no
    /// earlier months to add up, so its 累计 is taken as stated; in January there are no earlier months at all.
    private mutating func checkYearToDate(_ row: ProjectSheetRow, stored: Project?, monthCompleted: Decimal) {
        guard let stated = row.yearToDateCompleted else { return }
        let prior: Decimal
        if month.month == 1 {
            prior = 0
        } else if let id = stored?.id, let reported = ledger.priorYearToDate[id] {
            prior = reported
        } else {
            return
        }
        let expected = prior + monthCompleted
        guard stated != expected else { return }
        let name = row.project.name
        let message =
            month.month == 1
            ? "项目“\(name)”1月的今年累计完成投资应等于本月完成投资\(monthCompleted.plainString)万元，表中为\(stated.plainString)万元"
            : "项目“\(name)”的今年累计完成投资与已报数不符：\(Self.earlierMonths(month))已报累计\(prior.plainString)万元"
                + "＋本月完成投资\(monthCompleted.plainString)万元＝\(expected.plainString)万元，表中为\(stated.plainString)万元"
        report(row, .yearToDateCompleted, message, code: "cumulative_mismatch")
    }

    /// “1—9月”, or “1月” when only January came before.
    private static func earlierMonths(_ month: YearMonth) -> String {
        month.month == 2 ? "1月" : "1—\(month.month - 1)月"
    }

    // MARK: - What is stored

    /// The month's report the line makes, and 本月完成投资 as the ledger will hold it after the import (the
    /// stored report's when the line reports nothing).
    private func monthReport(
        _ row: ProjectSheetRow, stored: Project?
    ) -> (entry: ProjectProgressImport?, monthCompleted: Decimal) {
        let before = stored?.id.flatMap { ledger.monthReports[$0] }
        guard !row.progress.isEmpty else { return (nil, before?.completedInvestment ?? 0) }
        let completed =
            presentColumns.contains(.monthCompleted)
            ? row.progress.completedInvestment ?? 0 : before?.completedInvestment ?? 0
        let entry = ProjectProgressImport(
            projectCode: row.project.code, month: month, completedInvestment: completed,
            fundsInPlace: before?.fundsInPlace,
            progressNote: presentColumns.contains(.progressNote) ? row.progress.progressNote : before?.progressNote,
            problemNote: presentColumns.contains(.problemNote) ? row.progress.problemNote : before?.problemNote)
        return (entry, completed)
    }

    /// A new project as the sheet gives it; a stored one with the sheet's value in each column the sheet has.
    /// A blank cell keeps the stored value: `importLedger` merges that way, so the result says what it stores.
    private func merged(_ sheet: Project, into stored: Project?, unitID: Int64) -> Project {
        guard var project = stored else { return sheet }
        func take<T>(_ column: ProjectSheetColumn, _ path: WritableKeyPath<Project, T?>) {
            if presentColumns.contains(column), let value = sheet[keyPath: path] { project[keyPath: path] = value }
        }
        project.name = sheet.name
        project.orgUnitID = unitID
        if presentColumns.contains(.stage) { project.stage = sheet.stage }
        take(.constructionNature, \.constructionNature)
        take(.content, \.content)
        take(.plannedInvestment, \.plannedInvestment)
        take(.plannedStart, \.plannedStart)
        take(.plannedCompletion, \.plannedCompletion)
        take(.responsibleUnit, \.responsibleUnit)
        take(.serviceUnit, \.serviceUnit)
        take(.projectType, \.projectType)
        take(.industryChain, \.industryChain)
        take(.investor, \.investor)
        take(.contractValue, \.contractValue)
        if presentColumns.contains(.annualPlan), let plan = sheet.annualPlans[month.year] {
            project.annualPlans[month.year] = plan
        }
        if presentColumns.contains(.liaisonLeaders), !sheet.liaisonLeaders.isEmpty {
            project.liaisonLeaders = sheet.liaisonLeaders
        }
        if presentColumns.contains(.levels), !sheet.levels.isEmpty { project.levels = sheet.levels }
        return project
    }

    // MARK: - Helpers

    private mutating func report(_ row: ProjectSheetRow, _ column: ProjectSheetColumn?, _ message: String, code: String)
    {
        problems.append(
            APIProblem(
                message: message, file: fileName, row: row.number, column: column?.header, field: column?.header,
                code: code))
    }

    private func unitName(_ id: Int64) -> String { tree.unit(id: id)?.name ?? "编号\(id)" }
}
