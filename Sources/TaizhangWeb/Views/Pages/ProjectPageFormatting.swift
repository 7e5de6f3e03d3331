import Foundation
import TaizhangCore

/// The 项目 group of the left navigation on the project pages: which entry is current, and links that keep
/// the chosen unit and month. Pages without it show the same links plain (layout-top.mustache).
struct ProjectNavView {
    let ledgerHref: String
    let boardHref: String
    let dispatchHref: String
    let bulletinHref: String
    let mineHref: String
    let isLedger: Bool
    let isBoard: Bool
    let isDispatch: Bool
    let isBulletin: Bool
    let isMine: Bool

    enum Entry { case ledger, board, dispatch, bulletin, mine, none }

    init(_ current: Entry, unitID: Int64?, month: YearMonth?) {
        let selection = PageSelection(unitID: unitID, month: month?.description)
        ledgerHref = selection.link(to: "/projects")
        boardHref = selection.link(to: "/projects/board")
        dispatchHref = selection.link(to: "/dispatch")
        bulletinHref = selection.link(to: "/bulletin")
        mineHref = selection.link(to: "/projects/mine")
        isLedger = current == .ledger
        isBoard = current == .board
        isDispatch = current == .dispatch
        isBulletin = current == .bulletin
        isMine = current == .mine
    }
}

/// How the project pages write amounts (万元, two decimals, grouped), rates and dates.
enum ProjectFormat {
    static let formatter = FigureFormatter.table

    static func amount(_ value: Decimal?) -> String {
        guard let value else { return "—" }
        return formatter.number(value, decimals: 2)
    }

    /// An amount for an input box: plain digits, no grouping, as stored.
    static func input(_ value: Decimal?) -> String { value?.plainString ?? "" }

    static func percent(_ value: Decimal?) -> String {
        guard let value else { return "—" }
        return formatter.percent(value)
    }

    static func date(_ value: CalendarDate?) -> String { value?.description ?? "" }

    static func stageClass(_ stage: ProjectStage) -> String { "stage-\(stage.rawValue)" }

    static func levels(_ levels: Set<ProjectLevel>) -> String {
        levels.sorted().map(\.displayName).joined(separator: "、")
    }

    /// 完成年度计划的N%: year completed over the plan.
    static func completion(_ completed: Decimal, plan: Decimal) -> String {
        percent(Statistics.completionRate(completed: completed, planned: plan))
    }
}

/// One choice of a filter select.
struct ProjectOptionView {
    let value: String
    let label: String
    let isSelected: Bool
}
