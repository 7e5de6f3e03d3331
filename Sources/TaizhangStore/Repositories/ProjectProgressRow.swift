import Foundation
import SQLKit
import TaizhangCore

/// One `project_progress` row: the month's own figures (scaled integers of 万元) and the derived running totals
/// and next-report link that make the figures through any month a read of two small index ranges.
struct ProjectProgressRow: Sendable, Equatable {
    var projectID: Int64
    /// `yyyymm`.
    var month: Int
    var completed: Int64
    var funds: Int64?
    var progressNote: String?
    var problemNote: String?
    /// January through this month of its year.
    var yearCompleted: Int64 = 0
    var yearFunds: Int64 = 0
    /// Every report through this month.
    var totalCompleted: Int64 = 0
    var totalFunds: Int64 = 0
    /// The project's next reported month, `none` when this is its last report.
    var nextMonth: Int = ProjectProgressRow.none
    /// Whether the next report is not the following month (a gap, or the last report): the rows that stand for
    /// a project in the months it did not report.
    var gapAfter: Bool = true

    static let none = 999_999

    static let columns = [
        "month", "project_id", "completed", "funds", "progress_note", "problem_note", "year_completed", "year_funds",
        "total_completed", "total_funds", "next_month", "gap_after", "updated_at",
    ]
    static let key = ["month", "project_id"]

    var yearMonth: YearMonth { YearMonth(key: month)! }

    func values(timestamp: any SQLExpression) -> [any SQLExpression] {
        [
            SQLValues.integer(month), SQLValues.integer(projectID), SQLValues.integer(completed),
            SQLValues.integerOrNull(funds), SQLValues.bindOrNull(progressNote), SQLValues.bindOrNull(problemNote),
            SQLValues.integer(yearCompleted), SQLValues.integer(yearFunds), SQLValues.integer(totalCompleted),
            SQLValues.integer(totalFunds), SQLValues.integer(nextMonth), SQLLiteral.boolean(gapAfter), timestamp,
        ]
    }

    static func decode(_ row: ProjectRowReader) throws -> ProjectProgressRow {
        ProjectProgressRow(
            projectID: try row.int64("project_id"), month: try row.int("month"), completed: try row.int64("completed"),
            funds: try row.optionalInt64("funds"), progressNote: try row.optionalString("progress_note"),
            problemNote: try row.optionalString("problem_note"), yearCompleted: try row.int64("year_completed"),
            yearFunds: try row.int64("year_funds"), totalCompleted: try row.int64("total_completed"),
            totalFunds: try row.int64("total_funds"), nextMonth: try row.int("next_month"),
            gapAfter: try row.bool("gap_after"))
    }

    var progress: ProjectProgress {
        ProjectProgress(
            projectID: projectID, month: yearMonth, completedInvestment: ProjectRecord.scale.decode(completed),
            fundsInPlace: funds.map(ProjectRecord.scale.decode), progressNote: progressNote, problemNote: problemNote)
    }

    /// The entry as a row without derived values, or the error naming the project's code and the field.
    static func encode(_ entry: ProjectProgress, code: String) throws -> ProjectProgressRow {
        let field = "\(entry.month.year)年\(entry.month.month)月"
        for (note, name) in [(entry.progressNote, "本月进展"), (entry.problemNote, "问题和建议")] {
            if let note, note.count > TextLimits.note {
                throw ProjectStoreError.invalidField(
                    project: code, field: field + name, problem: "过长：最多\(TextLimits.note)个字符，实际\(note.count)个字符")
            }
        }
        return ProjectProgressRow(
            projectID: entry.projectID, month: entry.month.key,
            completed: try ProjectRecord.amount(entry.completedInvestment, project: code, field: field + "完成投资")!,
            funds: try ProjectRecord.amount(entry.fundsInPlace, project: code, field: field + "到位资金"),
            progressNote: entry.progressNote?.nilIfBlank, problemNote: entry.problemNote?.nilIfBlank)
    }

    /// Fills the derived values of one project's rows, oldest first, continuing from `anchor` (the project's
    /// report before the first of `rows`, whose next-report link is updated too).
    static func chain(
        anchor: ProjectProgressRow?, rows: [ProjectProgressRow]
    ) -> (
        anchor: ProjectProgressRow?, rows: [ProjectProgressRow]
    ) {
        var anchor = anchor
        var result = rows
        var previous = anchor
        for index in result.indices {
            var row = result[index]
            let sameYear = previous.map { $0.month / 100 == row.month / 100 } ?? false
            row.yearCompleted = (sameYear ? previous!.yearCompleted : 0) + row.completed
            row.yearFunds = (sameYear ? previous!.yearFunds : 0) + (row.funds ?? 0)
            row.totalCompleted = (previous?.totalCompleted ?? 0) + row.completed
            row.totalFunds = (previous?.totalFunds ?? 0) + (row.funds ?? 0)
            row.nextMonth = index + 1 < result.count ? result[index + 1].month : none
            row.gapAfter = row.nextMonth != row.yearMonth.next.key
            result[index] = row
            previous = row
        }
        if var first = anchor {
            first.nextMonth = result.first?.month ?? none
            first.gapAfter = first.nextMonth != first.yearMonth.next.key
            anchor = first
        }
        return (anchor, result)
    }
}

extension String {
    /// nil for empty or blank text.
    var nilIfBlank: String? { trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : self }
}
