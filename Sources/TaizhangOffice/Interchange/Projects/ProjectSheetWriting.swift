import Foundation
import TaizhangCore

/// One line of a project ledger export: the project and its figures for the month written.
public struct ProjectSheetExportRow: Hashable, Sendable {
    public var project: Project
    /// 今年累计完成投资 through the month (万元).
    public var yearToDateCompleted: Decimal?
    /// 本月完成投资 (万元).
    public var monthCompleted: Decimal?
    /// 本月进展.
    public var progressNote: String?
    /// 问题和建议.
    public var problemNote: String?

    public init(
        project: Project, yearToDateCompleted: Decimal? = nil, monthCompleted: Decimal? = nil,
        progressNote: String? = nil, problemNote: String? = nil
    ) {
        self.project = project
        self.yearToDateCompleted = yearToDateCompleted
        self.monthCompleted = monthCompleted
        self.progressNote = progressNote
        self.problemNote = problemNote
    }
}

extension ProjectSheet {
    /// Name of the ledger sheet in exports.
    public static let dataSheetName = "重点项目推进情况"

    /// The title offices give the sheet, e.g. “河西经开区2026年1—10月重点项目推进情况表”; re-importing reads the
    /// month back from it.
    public static func title(orgUnitName: String, month: YearMonth) -> String {
        let period = month.month == 1 ? "1月" : "1—\(month.month)月"
        return "\(orgUnitName)\(month.year)年\(period)重点项目推进情况表"
    }

    /// Writes the ledger in the office layout: the title, “单位：万元”, the 17-column header, one line per row and a
    /// 合计 line summing 总投资, 今年计划投资, 今年累计完成投资 and 本月完成投资. With `orgUnitNames` an 18th column
    /// 所属单位 follows the 17, so that a city-wide export re-imports into the right zones.
    public static func write(
        rows: [ProjectSheetExportRow], title: String, month: YearMonth, orgUnitNames: [Int64: String]? = nil
    ) throws -> Data {
        var columns = ProjectSheetColumn.officeLayout
        if orgUnitNames != nil { columns.append(.orgUnit) }
        return try ScratchWorkbook.write { writer in
            let sheet = try writer.addSheet(
                name: dataSheetName, columns: layout(columns, rows: rows, orgUnitNames: orgUnitNames),
                freezeHeader: false)
            try sheet.appendTitleRow(title)
            try sheet.appendRow([.text("单位：万元")])
            try sheet.appendRow(columns.map { .text($0.header) }, style: XLSXStyleRegistry.headerStyle)
            var totals: [ProjectSheetColumn: Decimal] = [:]
            for row in rows {
                let values = columns.map { value(of: $0, in: row, month: month, orgUnitNames: orgUnitNames) }
                for (column, value) in zip(columns, values) where column.isAmount {
                    if case .number(let amount) = value { totals[column, default: 0] += amount }
                }
                try sheet.appendRow(values)
            }
            try sheet.appendRow(
                columns.map { column in
                    switch column {
                    case .code: .text("合计")
                    case .name: .text("共\(rows.count)个项目")
                    default: column.isAmount ? .number(totals[column] ?? 0) : .empty
                    }
                })
        }
    }

    private static func value(
        of column: ProjectSheetColumn, in row: ProjectSheetExportRow, month: YearMonth,
        orgUnitNames: [Int64: String]?
    ) -> XLSXWriteValue {
        let project = row.project
        func text(_ value: String?) -> XLSXWriteValue { value.map(XLSXWriteValue.text) ?? .empty }
        func number(_ value: Decimal?) -> XLSXWriteValue { value.map(XLSXWriteValue.number) ?? .empty }
        func date(_ value: CalendarDate?) -> XLSXWriteValue {
            value.map { .date(year: $0.year, month: $0.month, day: $0.day) } ?? .empty
        }
        switch column {
        case .code: return .text(project.code)
        case .name: return .text(project.name)
        case .constructionNature: return text(project.constructionNature?.displayName)
        case .content: return text(project.content)
        case .plannedInvestment: return number(project.plannedInvestment)
        case .annualPlan: return number(project.annualPlans[month.year])
        case .yearToDateCompleted: return number(row.yearToDateCompleted)
        case .monthCompleted: return number(row.monthCompleted)
        case .plannedStart: return date(project.plannedStart)
        case .plannedCompletion: return date(project.plannedCompletion)
        case .liaisonLeaders:
            return project.liaisonLeaders.isEmpty ? .empty : .text(project.liaisonLeaders.joined(separator: "、"))
        case .responsibleUnit: return text(project.responsibleUnit)
        case .serviceUnit: return text(project.serviceUnit)
        case .projectType: return text(project.projectType)
        case .stage: return .text(project.stage.displayName)
        case .progressNote: return text(row.progressNote)
        case .problemNote: return text(row.problemNote)
        case .orgUnit: return text(orgUnitNames?[project.orgUnitID])
        case .levels: return .text(project.levels.sorted().map(\.displayName).joined(separator: "、"))
        case .industryChain: return text(project.industryChain)
        case .investor: return text(project.investor)
        case .contractValue: return number(project.contractValue)
        case .serial: return .empty
        }
    }

    /// Widths for reading on screen and printing; codes and names are text so that Excel keeps “001” as typed.
    private static func layout(
        _ columns: [ProjectSheetColumn], rows: [ProjectSheetExportRow], orgUnitNames: [Int64: String]?
    ) -> [XLSXColumn] {
        columns.map { column in
            switch column {
            case .code:
                XLSXColumn(
                    width: XLSXColumn.fittingWidth(for: [column.header] + rows.map(\.project.code), maximum: 24),
                    numberFormat: "@")
            case .name:
                XLSXColumn(
                    width: XLSXColumn.fittingWidth(for: [column.header] + rows.map(\.project.name), maximum: 40),
                    numberFormat: "@")
            case .content, .progressNote, .problemNote: XLSXColumn(width: 36)
            case .plannedStart, .plannedCompletion: XLSXColumn(width: 14, numberFormat: XLSXStyleRegistry.dateFormat)
            case .orgUnit:
                XLSXColumn(
                    width: XLSXColumn.fittingWidth(
                        for: [column.header] + (orgUnitNames.map { Array($0.values) } ?? [])),
                    numberFormat: "@")
            default:
                column.isAmount
                    ? XLSXColumn(
                        width: max(XLSXColumn.fittingWidth(for: [column.header]), 12), numberFormat: "#,##0.00")
                    : XLSXColumn(width: XLSXColumn.fittingWidth(for: [column.header], minimum: 10))
            }
        }
    }
}

/// Runs an `XLSXWriter` into a scratch file and returns the finished workbook's bytes.
enum ScratchWorkbook {
    static func write(_ body: (XLSXWriter) throws -> Void) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "taizhang-workbook-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try XLSXWriter(url: url)
        try body(writer)
        try writer.finish()
        do {
            return try Data(contentsOf: url)
        } catch {
            throw OfficeFileError.readFailed(fileName: url.lastPathComponent, detail: String(describing: error))
        }
    }
}
