import Foundation
import TaizhangCore

/// The observation import/export sheet (指标值导入模板): reads .xlsx or CSV into observations with every problem
/// located and explained, and writes the template and exports in the same column layout.
///
/// Resolution of org units and indicators is left to the caller's closures, which may accept codes, names and
/// aliases alike.
public enum ObservationSheet {
    /// The template's columns, in order.
    public static let columns: [ObservationColumn] = ObservationColumn.allCases

    /// Reads an .xlsx or CSV file (told apart by content, not by name). Throws `OfficeFileError` when the file
    /// cannot be read at all; problems inside it are returned in `problems`.
    /// - Parameters:
    ///   - resolveOrgUnit: finds an org unit by code or name.
    ///   - resolveIndicator: finds an indicator by code, name or alias.
    ///   - suggestIndicator: near names for an unknown indicator ("您是不是要找：…").
    ///   - defaultMonth: the month for rows without one (or for sheets without a 月份 column).
    public static func parse(
        fileAt url: URL, fileName: String? = nil, resolveOrgUnit: (String) -> OrgUnit?,
        resolveIndicator: (String) -> Indicator?, suggestIndicator: ((String) -> [String])? = nil,
        defaultMonth: YearMonth? = nil
    ) throws -> ObservationSheetParse {
        let name = fileName ?? url.lastPathComponent
        let head = try XLSXSource.file(url).prefix(8, fileName: name)
        if SheetLocating.isWorkbook(head: head, fileName: name) {
            let workbook = try XLSXWorkbook(contentsOf: url, fileName: name)
            return try parse(
                workbook: workbook, resolveOrgUnit: resolveOrgUnit, resolveIndicator: resolveIndicator,
                suggestIndicator: suggestIndicator, defaultMonth: defaultMonth)
        }
        return try parse(
            csv: CSVReader.read(contentsOf: url, fileName: name), fileName: name, resolveOrgUnit: resolveOrgUnit,
            resolveIndicator: resolveIndicator, suggestIndicator: suggestIndicator, defaultMonth: defaultMonth)
    }

    /// Reads an uploaded .xlsx or CSV held in memory; see `parse(fileAt:…)`. With `batches`, good observations
    /// are delivered while reading and only the undelivered rest is left in the result.
    public static func parse(
        data: Data, fileName: String, resolveOrgUnit: (String) -> OrgUnit?,
        resolveIndicator: (String) -> Indicator?, suggestIndicator: ((String) -> [String])? = nil,
        defaultMonth: YearMonth? = nil, batches: ObservationBatches? = nil
    ) throws -> ObservationSheetParse {
        if SheetLocating.isWorkbook(head: Array(data.prefix(8)), fileName: fileName) {
            let workbook = try XLSXWorkbook(data: data, fileName: fileName)
            return try parse(
                workbook: workbook, resolveOrgUnit: resolveOrgUnit, resolveIndicator: resolveIndicator,
                suggestIndicator: suggestIndicator, defaultMonth: defaultMonth, batches: batches)
        }
        return try parse(
            csv: CSVReader.read(data, fileName: fileName), fileName: fileName, resolveOrgUnit: resolveOrgUnit,
            resolveIndicator: resolveIndicator, suggestIndicator: suggestIndicator, defaultMonth: defaultMonth,
            batches: batches)
    }

    /// Reads an opened workbook: the first visible sheet whose header names the template's columns, or else the
    /// first visible sheet holding data (then reported as having no header).
    public static func parse(
        workbook: XLSXWorkbook, resolveOrgUnit: (String) -> OrgUnit?, resolveIndicator: (String) -> Indicator?,
        suggestIndicator: ((String) -> [String])? = nil, defaultMonth: YearMonth? = nil,
        batches: ObservationBatches? = nil
    ) throws -> ObservationSheetParse {
        guard let sheet = try sheetToRead(in: workbook) else {
            var empty = ObservationSheetParse(fileName: workbook.fileName)
            empty.problems.append(
                ImportProblem(kind: .emptyFile, fileName: workbook.fileName, reason: "没有数据：所有可见工作表都是空的"))
            return empty
        }
        let visibleCount = workbook.sheets.filter(\.isVisible).count
        return try withoutActuallyEscaping(resolveOrgUnit) { resolveOrgUnit in
            try withoutActuallyEscaping(resolveIndicator) { resolveIndicator in
                let mapper = ObservationRowMapper(
                    fileName: workbook.fileName, sheetName: sheet.name, mentionsSheet: visibleCount > 1,
                    encoding: nil, resolveOrgUnit: resolveOrgUnit, resolveIndicator: resolveIndicator,
                    suggestIndicator: suggestIndicator, defaultMonth: defaultMonth, batches: batches)
                var cells: [(column: Int, cell: SheetCell)] = []
                try workbook.forEachRow(in: sheet) { row in
                    cells.removeAll(keepingCapacity: true)
                    for cell in row.cells { cells.append((cell.column, SheetCell(cell))) }
                    mapper.feed(number: row.number, cells: cells)
                }
                return mapper.finish()
            }
        }
    }

    /// The sheet an import reads: the first visible one with the template's header (see `SheetLocating`).
    static func sheetToRead(in workbook: XLSXWorkbook) throws -> XLSXSheet? {
        try SheetLocating.sheetToRead(in: workbook, searchRows: ObservationRowMapper.headerSearchRows) {
            ObservationHeader(cells: $0).looksLikeHeader
        }
    }

    /// Maps the records of a CSV file.
    public static func parse(
        csv: CSVTable, fileName: String, resolveOrgUnit: (String) -> OrgUnit?,
        resolveIndicator: (String) -> Indicator?, suggestIndicator: ((String) -> [String])? = nil,
        defaultMonth: YearMonth? = nil, batches: ObservationBatches? = nil
    ) throws -> ObservationSheetParse {
        withoutActuallyEscaping(resolveOrgUnit) { resolveOrgUnit in
            withoutActuallyEscaping(resolveIndicator) { resolveIndicator in
                let mapper = ObservationRowMapper(
                    fileName: fileName, sheetName: nil, mentionsSheet: false, encoding: csv.encoding,
                    resolveOrgUnit: resolveOrgUnit, resolveIndicator: resolveIndicator,
                    suggestIndicator: suggestIndicator, defaultMonth: defaultMonth, batches: batches)
                for row in csv.rows where !row.isBlank {
                    var cells: [(column: Int, cell: SheetCell)] = []
                    for (column, field) in row.fields.enumerated() where !field.isEmpty {
                        cells.append((column, .text(field)))
                    }
                    mapper.feed(number: row.number, cells: cells)
                }
                return mapper.finish()
            }
        }
    }
}
