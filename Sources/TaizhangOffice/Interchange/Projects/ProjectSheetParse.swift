import Foundation
import TaizhangCore

/// What reading a project ledger sheet produced: one row per project line and every problem found. An import is
/// atomic: apply the rows only when `problems` is empty.
public struct ProjectSheetParse: Sendable {
    /// The file name used in messages.
    public var fileName: String
    /// The worksheet that was read; nil for CSV.
    public var sheetName: String?
    /// Project lines read below the header (blank, 合计/小计, heading and note lines not counted).
    public var rowCount: Int
    /// The lines without problems, in file order.
    public var rows: [ProjectSheetRow]
    public var problems: [ImportProblem]
    /// The month the sheet reports: the one asked for, else the one its title names; nil when neither.
    public var month: YearMonth?
    /// The month the title (or the headers, such as “1—10月累计完成投资”) names, when it does; lets the caller
    /// warn when it differs from the month asked for.
    public var titleMonth: YearMonth?
    /// The columns the header names: a column left out of the sheet says nothing about that field, whereas a
    /// blank cell in a present column means “none”.
    public var presentColumns: Set<ProjectSheetColumn>

    public init(
        fileName: String, sheetName: String? = nil, rowCount: Int = 0, rows: [ProjectSheetRow] = [],
        problems: [ImportProblem] = [], month: YearMonth? = nil, titleMonth: YearMonth? = nil,
        presentColumns: Set<ProjectSheetColumn> = []
    ) {
        self.fileName = fileName
        self.sheetName = sheetName
        self.rowCount = rowCount
        self.rows = rows
        self.problems = problems
        self.month = month
        self.titleMonth = titleMonth
        self.presentColumns = presentColumns
    }

    /// Whether the file can be imported as a whole.
    public var isAcceptable: Bool { problems.isEmpty }
}

/// One project line of the sheet: the project as the sheet describes it and its report for the month.
public struct ProjectSheetRow: Hashable, Sendable {
    /// The 1-based row number in the sheet.
    public var number: Int
    /// The project; `id` is nil (the caller matches by `code`), `annualPlans` holds 今年计划投资 under the
    /// sheet's year, and `stage` is `.signed` where the sheet has no 建设阶段 column.
    public var project: Project
    /// 本月完成投资, 本月进展, 问题和建议.
    public var progress: ProjectSheetProgress
    /// 今年累计完成投资 as the sheet states it (万元), for checking against the months already stored plus this one.
    public var yearToDateCompleted: Decimal?

    public init(
        number: Int, project: Project, progress: ProjectSheetProgress, yearToDateCompleted: Decimal? = nil
    ) {
        self.number = number
        self.project = project
        self.progress = progress
        self.yearToDateCompleted = yearToDateCompleted
    }
}

/// A project's report for the month as a sheet line states it; blank cells are nil.
public struct ProjectSheetProgress: Hashable, Sendable {
    /// 本月完成投资 (万元).
    public var completedInvestment: Decimal?
    /// 本月进展 (形象进度).
    public var progressNote: String?
    /// 问题和建议.
    public var problemNote: String?

    public init(completedInvestment: Decimal? = nil, progressNote: String? = nil, problemNote: String? = nil) {
        self.completedInvestment = completedInvestment
        self.progressNote = progressNote
        self.problemNote = problemNote
    }

    /// Whether the line reports nothing for the month.
    public var isEmpty: Bool { completedInvestment == nil && progressNote == nil && problemNote == nil }

    /// The month's progress entry for a stored project; nil when the line reports nothing. A line with notes but
    /// a blank amount reports no investment completed (0).
    public func progress(projectID: Int64, month: YearMonth) -> ProjectProgress? {
        guard !isEmpty else { return nil }
        return ProjectProgress(
            projectID: projectID, month: month, completedInvestment: completedInvestment ?? 0,
            progressNote: progressNote, problemNote: problemNote)
    }
}
