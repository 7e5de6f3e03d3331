import Foundation

/// What every import sheet (observations, the project ledger) does the same way before reading rows: tell a
/// workbook from a CSV file, and find the sheet that holds the table.
enum SheetLocating {
    /// A zip (or an OLE container, which the workbook reader explains) or a spreadsheet file name.
    static func isWorkbook(head: [UInt8], fileName: String) -> Bool {
        if head.starts(with: [0x50, 0x4B]) || head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return true }
        let lower = fileName.lowercased()
        return lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") || lower.hasSuffix(".xls")
    }

    /// The first visible sheet with a row that `looksLikeHeader` within its first `searchRows` rows, or else the
    /// first visible sheet holding data; a cover or instructions sheet before the table is passed over. Scanning
    /// stops at each sheet's header, so this costs little.
    static func sheetToRead(
        in workbook: XLSXWorkbook, searchRows: Int, looksLikeHeader: ([(Int, String)]) -> Bool
    ) throws -> XLSXSheet? {
        var firstWithData: XLSXSheet?
        for sheet in workbook.sheets where sheet.isVisible {
            var rowsSeen = 0
            var hasHeader = false
            do {
                try workbook.forEachRow(in: sheet) { row in
                    rowsSeen += 1
                    if looksLikeHeader(row.cells.map { ($0.column, SheetCell($0).trimmedText) }) {
                        hasHeader = true
                        throw XLSXScanStop()
                    }
                    if rowsSeen > searchRows { throw XLSXScanStop() }
                }
            } catch is XLSXScanStop {}
            if hasHeader { return sheet }
            if rowsSeen > 0 && firstWithData == nil { firstWithData = sheet }
        }
        return firstWithData
    }
}
