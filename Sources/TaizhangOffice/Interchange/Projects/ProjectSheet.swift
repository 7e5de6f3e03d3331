import Foundation
import TaizhangCore

/// The office's project ledger sheet (重点项目推进情况表): reads the 17-column layout offices use, with their title
/// lines, 序号 and 合计 rows and header variants, into projects and their month's report with every problem
/// located; writes the same layout back (see `write(rows:title:month:orgUnitNames:)`).
public enum ProjectSheet {
    /// Reads an uploaded .xlsx or CSV held in memory (told apart by content). Throws `OfficeFileError` only when
    /// the file cannot be read at all; problems inside it are returned in `problems`.
    /// - Parameters:
    ///   - month: the month reported; nil takes it from the title (“2026年1—10月”).
    ///   - resolveOrgUnit: finds an org unit by the code or name in a 所属单位/所属园区 cell.
    ///   - defaultOrgUnitID: the org unit of lines without one (and of sheets without that column).
    public static func parse(
        data: Data, fileName: String, month: YearMonth?, resolveOrgUnit: (String) -> OrgUnit?,
        defaultOrgUnitID: Int64?
    ) throws -> ProjectSheetParse {
        if SheetLocating.isWorkbook(head: Array(data.prefix(8)), fileName: fileName) {
            let workbook = try XLSXWorkbook(data: data, fileName: fileName)
            return try parse(
                workbook: workbook, month: month, resolveOrgUnit: resolveOrgUnit, defaultOrgUnitID: defaultOrgUnitID)
        }
        let table = try CSVReader.read(data, fileName: fileName)
        return withoutActuallyEscaping(resolveOrgUnit) { resolveOrgUnit in
            let mapper = ProjectSheetRowMapper(
                fileName: fileName, sheetName: nil, mentionsSheet: false, month: month,
                resolveOrgUnit: resolveOrgUnit, defaultOrgUnitID: defaultOrgUnitID)
            for row in table.rows where !row.isBlank {
                var cells: [(column: Int, cell: SheetCell)] = []
                for (column, field) in row.fields.enumerated() where !field.isEmpty {
                    cells.append((column, .text(field)))
                }
                mapper.feed(number: row.number, cells: cells)
            }
            return mapper.finish()
        }
    }

    /// Reads an opened workbook: the first visible sheet whose header names the project columns, or else the
    /// first visible sheet holding data (then reported as having no header).
    public static func parse(
        workbook: XLSXWorkbook, month: YearMonth?, resolveOrgUnit: (String) -> OrgUnit?, defaultOrgUnitID: Int64?
    ) throws -> ProjectSheetParse {
        guard let sheet = try sheetToRead(in: workbook) else {
            var empty = ProjectSheetParse(fileName: workbook.fileName, month: month)
            empty.problems.append(
                ImportProblem(kind: .emptyFile, fileName: workbook.fileName, reason: "没有数据：所有可见工作表都是空的"))
            return empty
        }
        let visibleCount = workbook.sheets.filter(\.isVisible).count
        return try withoutActuallyEscaping(resolveOrgUnit) { resolveOrgUnit in
            let mapper = ProjectSheetRowMapper(
                fileName: workbook.fileName, sheetName: sheet.name, mentionsSheet: visibleCount > 1, month: month,
                resolveOrgUnit: resolveOrgUnit, defaultOrgUnitID: defaultOrgUnitID)
            var cells: [(column: Int, cell: SheetCell)] = []
            try workbook.forEachRow(in: sheet) { row in
                cells.removeAll(keepingCapacity: true)
                for cell in row.cells { cells.append((cell.column, SheetCell(cell))) }
                mapper.feed(number: row.number, cells: cells)
            }
            return mapper.finish()
        }
    }

    /// The sheet an import reads: a cover or summary sheet before the ledger is passed over.
    static func sheetToRead(in workbook: XLSXWorkbook) throws -> XLSXSheet? {
        try SheetLocating.sheetToRead(in: workbook, searchRows: ProjectSheetRowMapper.headerSearchRows) {
            ProjectSheetHeader(cells: $0).looksLikeHeader
        }
    }
}
