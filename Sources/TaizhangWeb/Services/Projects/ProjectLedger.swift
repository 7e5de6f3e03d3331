import Foundation
import TaizhangCore

/// Which projects the ledger, the board and "my projects" list: every given condition must hold.
struct ProjectQuery: Sendable, Hashable {
    /// The unit whose subtree is listed; nil: every unit the user may read.
    var unitID: Int64?
    var stage: ProjectStage?
    var level: ProjectLevel?
    var industryChain: String?
    /// One of the project's liaison leaders (包联领导), exactly.
    var liaisonLeader: String?
    /// Contained in the name, code or investor.
    var text: String?
}

/// One project of the ledger with its figures of the year through the chosen month.
struct ProjectLedgerRow: Sendable {
    let project: Project
    let unitPath: String
    /// nil when the project has not reported through the month.
    let figures: ProjectYearToDate?
    /// 今年计划投资 of the month's year.
    let annualPlan: Decimal

    var yearCompleted: Decimal { figures?.yearCompleted ?? 0 }
    var monthCompleted: Decimal { figures?.monthCompleted ?? 0 }
    var reportedThisMonth: Bool { figures?.reportedThisMonth ?? false }
}

/// The ledger table: its rows and the sums of 总投资, 今年计划投资 and 今年累计完成投资 (万元, exact).
struct ProjectLedger: Sendable {
    let month: YearMonth
    let rows: [ProjectLedgerRow]
    let plannedInvestment: Decimal
    let annualPlan: Decimal
    let yearCompleted: Decimal

    init(month: YearMonth, rows: [ProjectLedgerRow]) {
        self.month = month
        self.rows = rows
        plannedInvestment = rows.reduce(0) { $0 + ($1.project.plannedInvestment ?? 0) }
        annualPlan = rows.reduce(0) { $0 + $1.annualPlan }
        yearCompleted = rows.reduce(0) { $0 + $1.yearCompleted }
    }

    /// The pipeline board's columns: the stages from 储备 to 投产 in order, each with its rows, count and sums;
    /// withdrawn projects are counted apart.
    var board: [ProjectBoardColumn] {
        let stages: [ProjectStage] = [
            .lead, .negotiating, .signed, .preparing, .started, .continuing, .completed, .operating,
        ]
        var byStage: [ProjectStage: [ProjectLedgerRow]] = [:]
        for row in rows { byStage[row.project.stage, default: []].append(row) }
        return stages.map { ProjectBoardColumn(stage: $0, month: month, rows: byStage[$0] ?? []) }
    }

    var withdrawnCount: Int { rows.filter { $0.project.stage == .withdrawn }.count }
}

/// One column of the pipeline board.
struct ProjectBoardColumn: Sendable {
    let stage: ProjectStage
    let ledger: ProjectLedger

    init(stage: ProjectStage, month: YearMonth, rows: [ProjectLedgerRow]) {
        self.stage = stage
        self.ledger = ProjectLedger(month: month, rows: rows)
    }

    /// The sum a column shows: 签约金额 while a project is being promoted or just signed, 计划总投资 after.
    var contractValue: Decimal { ledger.rows.reduce(0) { $0 + ($1.project.contractValue ?? 0) } }
}
