import Foundation

/// A workbook opened for reading: its sheets, shared strings and styles are loaded; cells are streamed sheet by
/// sheet with `forEachRow(in:_:)`, never held as a grid.
public struct XLSXWorkbook: Sendable {
    /// The name used in messages, e.g. "1月指标.xlsx".
    public let fileName: String
    /// Every sheet in workbook order, hidden ones included.
    public let sheets: [XLSXSheet]
    /// Whether dates count from 1904-01-01 (old Mac workbooks) instead of the 1900 system.
    public let usesDate1904: Bool
    public let limits: XLSXReadLimits

    private let source: XLSXSource
    private let sharedStrings: [String]
    private let styles: XLSXStyleTable

    /// Opens a workbook file; throws `OfficeFileError` when it is not a readable .xlsx.
    public init(contentsOf url: URL, fileName: String? = nil, limits: XLSXReadLimits = .standard) throws {
        try self.init(source: .file(url), fileName: fileName ?? url.lastPathComponent, limits: limits)
    }

    /// Opens a workbook held in memory (an upload); throws `OfficeFileError` when it is not a readable .xlsx.
    public init(data: Data, fileName: String, limits: XLSXReadLimits = .standard) throws {
        try self.init(source: .memory(data), fileName: fileName, limits: limits)
    }

    private init(source: XLSXSource, fileName: String, limits: XLSXReadLimits) throws {
        self.source = source
        self.fileName = fileName
        self.limits = limits
        let package = try XLSXPackage(source: source, fileName: fileName, limits: limits)
        let structure = try XLSXWorkbookStructure(package: package)
        sheets = structure.sheets
        usesDate1904 = structure.usesDate1904

        if let stylesPart = structure.stylesPart, let data = try package.data(of: stylesPart),
            let elements = XMLElementList(data: data)
        {
            styles = XLSXStyleTable(elements: elements)
        } else {
            styles = XLSXStyleTable()
        }

        var strings: [String] = []
        if let part = structure.sharedStringsPart {
            let scanner = XLSXSharedStringsScanner(limits: limits)
            var fits = true
            try package.stream(part) { chunk in
                if fits { fits = scanner.feed(chunk) }
            }
            guard fits else {
                throw OfficeFileError.cellTooLong(
                    fileName: fileName, sheet: "sharedStrings", cell: "#\((scanner.tooLongIndex ?? 0) + 1)",
                    limit: limits.maxCellCharacters)
            }
            strings = scanner.strings
        }
        sharedStrings = strings
    }

    /// The sheet with this tab name.
    public func sheet(named name: String) -> XLSXSheet? { sheets.first { $0.name == name } }

    /// The first visible worksheet holding at least one non-empty cell (WPS often adds a hidden, empty first
    /// sheet); nil when no visible sheet holds data.
    public func firstDataSheet() throws -> XLSXSheet? {
        for sheet in sheets where sheet.isVisible && sheet.partPath != nil {
            if try hasData(sheet) { return sheet }
        }
        return nil
    }

    /// Whether the sheet holds at least one non-empty cell; stops inflating at the first one.
    public func hasData(_ sheet: XLSXSheet) throws -> Bool {
        var found = false
        do {
            try forEachRow(in: sheet) { _ in
                found = true
                throw XLSXScanStop()
            }
        } catch is XLSXScanStop {}
        return found
    }

    /// Calls `body` with every row that has non-empty cells, in file order; throws `OfficeFileError` for damaged
    /// parts or an over-long cell, and rethrows what `body` throws.
    public func forEachRow(in sheet: XLSXSheet, _ body: (XLSXRow) throws -> Void) throws {
        guard let part = sheet.partPath else { return }
        let package = try XLSXPackage(source: source, fileName: fileName, limits: limits)
        try withoutActuallyEscaping(body) { body in
            let scanner = XLSXWorksheetScanner(
                sharedStrings: sharedStrings, styles: styles, uses1904: usesDate1904, limits: limits, emit: body)
            do {
                let exists = try package.stream(part) { chunk in
                    guard try scanner.feed(chunk) else {
                        throw OfficeFileError.cellTooLong(
                            fileName: fileName, sheet: sheet.name, cell: scanner.tooLongCell ?? "?",
                            limit: limits.maxCellCharacters)
                    }
                    // Past </sheetData> nothing is left to read: stop inflating.
                    if scanner.isFinished { throw XLSXScanStop() }
                }
                guard exists else {
                    throw OfficeFileError.damaged(fileName: fileName, detail: "missing part \(part)")
                }
            } catch let stop as XLSXScanStop {
                guard scanner.isFinished else { throw stop }
            }
            try scanner.finish()
        }
    }
}
