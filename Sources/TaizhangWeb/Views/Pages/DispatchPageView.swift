import Foundation
import TaizhangCore
import TaizhangStore

/// GET /dispatch: the month's dispatch screen — one row per active project with the month's inputs, 累计
/// derived, “未报” for projects without an entry — with the zones' workflow and who has not reported.
struct DispatchPageView {
    let layout: LayoutView
    let projectNav: ProjectNavView
    let unitID: Int64
    let month: String
    let monthName: String
    let cumulativeHeader: String
    /// The fingerprint of the entries this screen was built from (optimistic concurrency).
    let loaded: String
    let rows: [DispatchRowView]
    let hasRows: Bool
    /// Set when a city's screen would hold too many rows to fill in: the zones are listed, the rows are not.
    let tooManyText: String?
    let zones: [DispatchZoneView]
    let showsZoneColumn: Bool
    let unreportedText: String
    let canSave: Bool
    let summary: String?
    let summaryClass: String
    let problems: [String]
    let hasProblems: Bool
}

/// One project's row on the dispatch screen.
struct DispatchRowView {
    let number: Int
    let projectID: Int64
    let href: String
    let code: String
    let name: String
    let unitPath: String
    let stageName: String
    let stageClass: String
    let planText: String
    /// 今年累计 before this month, as plain digits for the script that adds the typed month to it.
    let yearBefore: String
    let cumulativeText: String
    let investment: String
    let funds: String
    let progressNote: String
    let problemNote: String
    let reported: Bool
    let isEditable: Bool
    let rowClass: String
    let problems: [String]
}

/// A zone's dispatch of the month: status, counts, who has not reported, and the steps the user may take.
struct DispatchZoneView {
    let zoneID: Int64
    let name: String
    let statusName: String
    let statusClass: String
    let version: Int
    let projectCount: Int
    let reportedCount: Int
    let unreportedNames: String?
    let updatedBy: String?
    let reason: String?
    let href: String
    let canSubmit: Bool
    let canApprove: Bool
    let canReturn: Bool
    let canReopen: Bool
}

extension DispatchPageView {
    /// More rows than one screen is filled in on; a city's offices work zone by zone beyond it.
    static let rowLimit = 800

    init(
        layout: LayoutView, nav: ProjectNavView, sheet: DispatchSheet, canReport: (Int64) -> Bool,
        zoneActions: (Int64) -> (submit: Bool, approve: Bool), typed: [Int64: DispatchInput]?, problems: [APIProblem],
        summary: String?, summaryClass: String, loaded: String? = nil
    ) {
        self.layout = layout
        projectNav = nav
        unitID = sheet.unit.id
        month = sheet.month.description
        monthName = sheet.month.chineseName
        cumulativeHeader = sheet.month.month == 1 ? "1月累计" : "1—\(sheet.month.month)月累计"
        self.loaded = loaded ?? sheet.fingerprint
        var views: [DispatchRowView] = []
        let tooMany = sheet.rows.count > Self.rowLimit && sheet.zones.count > 1
        for (index, row) in sheet.rows.enumerated() where !tooMany {
            let id = row.project.id ?? 0
            let entry = row.entry
            let input =
                typed?[id]
                ?? DispatchInput(
                    projectID: id, investment: entry?.completedInvestment.plainString ?? "",
                    funds: entry?.fundsInPlace?.plainString ?? "", progressNote: entry?.progressNote ?? "",
                    problemNote: entry?.problemNote ?? "")
            let mine = problems.filter { $0.row == index + 1 }.map(\.message)
            let typedValue = FormFields.parseFigure(input.investment.trimmingCharacters(in: .whitespaces))
            views.append(
                DispatchRowView(
                    number: index + 1, projectID: id, href: "/projects/\(id)", code: row.project.code,
                    name: row.project.name, unitPath: row.unitPath, stageName: row.project.stage.displayName,
                    stageClass: ProjectFormat.stageClass(row.project.stage), planText: ProjectFormat.amount(row.annualPlan),
                    yearBefore: row.yearBefore.plainString,
                    cumulativeText: ProjectFormat.amount(row.yearBefore + (typedValue ?? 0)),
                    investment: input.investment, funds: input.funds, progressNote: input.progressNote,
                    problemNote: input.problemNote, reported: entry != nil,
                    isEditable: !row.isLocked && canReport(row.project.orgUnitID),
                    rowClass: !mine.isEmpty ? "has-error" : (entry == nil ? "unreported" : ""), problems: mine))
        }
        rows = views
        hasRows = !views.isEmpty
        tooManyText =
            tooMany ? "范围内参加调度的项目有\(sheet.rows.count)个，请点击上表中的开发区逐区填报。" : nil
        zones = sheet.zones.map { zone in
            let state = zone.state
            let actions = zoneActions(zone.unit.id)
            let names = zone.unreported.prefix(8).map(\.name).joined(separator: "、")
            return DispatchZoneView(
                zoneID: zone.unit.id, name: zone.unit.name,
                statusName: WorkflowVocabulary.periodFigures.name(of: state.status) + (state.isLocked ? "（锁定）" : ""),
                statusClass: state.status.rawValue, version: state.version, projectCount: zone.projectCount,
                reportedCount: zone.reportedCount,
                unreportedNames: zone.unreported.isEmpty
                    ? nil : names + (zone.unreported.count > 8 ? "等\(zone.unreported.count)个" : ""),
                updatedBy: state.updatedBy, reason: state.reason,
                href: "/dispatch?unit=\(zone.unit.id)&month=\(sheet.month.description)",
                canSubmit: actions.submit && state.status == .draft,
                canApprove: actions.approve && state.status == .submitted,
                canReturn: actions.approve && state.status == .submitted,
                canReopen: actions.approve && state.status == .approved)
        }
        showsZoneColumn = sheet.zones.count > 1
        let unreported = sheet.unreportedCount
        let zonesNotSubmitted = sheet.zones.filter { $0.state.status == .draft }.count
        unreportedText =
            "共\(sheet.rows.count)个项目参加本月调度，已报\(sheet.rows.count - unreported)个，未报\(unreported)个"
            + (sheet.zones.count > 1 ? "；\(sheet.zones.count)个开发区中\(zonesNotSubmitted)个尚未报送。" : "。")
        canSave = views.contains { $0.isEditable }
        self.summary = summary
        self.summaryClass = summaryClass
        self.problems = problems.filter { $0.row == nil }.map(\.message)
        hasProblems = !self.problems.isEmpty
    }
}
