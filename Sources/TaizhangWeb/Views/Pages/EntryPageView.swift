import Foundation
import TaizhangCore

/// The monthly entry page: one row per catalogue indicator with inputs, last month's and last year's figures,
/// and the problems found by "检查" next to their fields.
struct EntryPageView {
    let layout: LayoutView
    let unitID: Int64
    let month: String
    let monthName: String
    let cumulativeHeader: String
    let rows: [EntryRowView]
    let summary: String?
    let summaryClass: String
    let hasSummary: Bool
    /// The month's review status and the 报送 button; set by the controller after building the rows.
    var workflow: WorkflowPanelView? = nil
    /// The fingerprint of the stored month this form was built from (optimistic concurrency).
    var loaded: String = ""
}

/// One indicator's inputs; `values` are what the user typed (kept across a check) or the stored figures.
struct EntryRowView {
    let code: String
    let name: String
    let unit: String
    let isFlow: Bool
    let showsPublishedGrowth: Bool
    let monthly: String
    let cumulative: String
    let prior: String
    let priorPlaceholder: String
    let growth: String
    let note: String
    let reason: String
    let showsReason: Bool
    let contextLines: [String]
    let monthlyProblems: [ProblemView]
    let cumulativeProblems: [ProblemView]
    let priorProblems: [ProblemView]
    let growthProblems: [ProblemView]
    let rowProblems: [ProblemView]
    let rowClass: String
}

/// A problem shown next to a field.
struct ProblemView {
    let message: String
    let severity: String
    let icon: String

    /// `prefix` (the indicator's name and a colon) is dropped: the problem already stands in that row.
    init(_ problem: APIProblem, droppingPrefix prefix: String? = nil) {
        if let prefix, problem.message.hasPrefix(prefix) {
            message = String(problem.message.dropFirst(prefix.count))
        } else {
            message = problem.message
        }
        severity = problem.severity
        icon = problem.severity == "error" ? "✖" : "⚠"
    }
}

/// What the user typed for one indicator, as raw texts.
struct EntryTypedRow {
    var monthly = ""
    var cumulative = ""
    var prior = ""
    var growth = ""
    var note = ""
    var reason = ""
}

extension EntryPageView {
    /// Form field names: `monthly.gdp`, `cumulative.gdp`, `prior.gdp`, `growth.gdp`, `note.gdp`, `reason.gdp`.
    static func fieldName(_ field: String, _ code: String) -> String { "\(field).\(code)" }

    init(
        layout: LayoutView, form: EntryForm, typed: [String: EntryTypedRow]?, problems: [APIProblem],
        summary: String?, summaryClass: String, formatter: FigureFormatter = .table
    ) {
        self.layout = layout
        self.unitID = form.orgUnit.id
        self.month = form.month
        self.monthName = form.periodName
        let monthNumber = YearMonth.parse(form.month)?.month ?? 1
        self.cumulativeHeader = monthNumber == 1 ? "1月累计／月末值" : "1—\(monthNumber)月累计／月末值"
        self.summary = summary
        self.hasSummary = summary != nil
        self.summaryClass = summaryClass
        self.rows = form.rows.map { row in
            let indicator = row.indicator
            let mine = problems.filter { $0.indicatorCode == indicator.code }
            let prefix = indicator.name + "："
            func view(_ problem: APIProblem) -> ProblemView { ProblemView(problem, droppingPrefix: prefix) }
            func on(_ field: String) -> [ProblemView] { mine.filter { $0.field == field }.map(view) }
            let entered =
                typed?[indicator.code]
                ?? EntryTypedRow(
                    monthly: row.monthly?.plainString ?? "", cumulative: row.cumulative?.plainString ?? "",
                    prior: row.priorCumulative?.plainString ?? "", growth: row.publishedGrowth?.plainString ?? "",
                    note: row.note ?? "", reason: row.overrideReason ?? "")
            let format = { (value: Decimal) in formatter.number(value, decimals: indicator.decimals) }
            var context: [String] = []
            if indicator.isCumulative {
                if let value = row.previousMonthCumulative { context.append("上月累计 " + format(value)) }
                if let value = row.lastYearMonthly { context.append("上年同月 " + format(value)) }
            } else if let value = row.previousMonthCumulative {
                context.append("上月末 " + format(value))
            }
            if let value = row.lastYearCumulative { context.append("上年同期 " + format(value)) }
            let hasWarning = mine.contains { $0.severity == "warning" }
            let hasError = mine.contains { $0.severity == "error" }
            return EntryRowView(
                code: indicator.code, name: indicator.name, unit: indicator.unit, isFlow: indicator.isCumulative,
                showsPublishedGrowth: indicator.growthBasis == GrowthBasis.real.rawValue,
                monthly: entered.monthly, cumulative: entered.cumulative, prior: entered.prior,
                priorPlaceholder: row.lastYearCumulative.map { $0.plainString } ?? "",
                growth: entered.growth, note: entered.note, reason: entered.reason,
                showsReason: hasWarning || !entered.reason.isEmpty, contextLines: context,
                monthlyProblems: on("monthly"), cumulativeProblems: on("cumulative"),
                priorProblems: on("priorCumulative"),
                growthProblems: on("publishedGrowth"),
                rowProblems: mine.filter {
                    !["monthly", "cumulative", "priorCumulative", "publishedGrowth"].contains($0.field ?? "")
                }
                .map(view),
                rowClass: hasError ? "has-error" : (hasWarning ? "has-warning" : ""))
        }
    }
}
