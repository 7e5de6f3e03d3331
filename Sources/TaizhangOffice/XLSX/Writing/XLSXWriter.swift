import Foundation
import ZIPFoundation

/// Writes an .xlsx workbook by streaming: each sheet's rows go to a temporary file as they are appended, and
/// `finish()` packs the parts into the zip. Several sheets, shared or inline strings, styles, validations.
public final class XLSXWriter {
    /// Where the finished workbook is written.
    public let url: URL
    public let stringStorage: XLSXStringStorage
    let styles = XLSXStyleRegistry()
    private let scratch: URL
    private var sheets: [XLSXSheetWriter] = []
    private var sharedStrings: [String] = []
    private var sharedStringIndexes: [String: Int] = [:]
    private var sharedStringReferences = 0
    private var isFinished = false

    /// Prepares a workbook to be written to `url` (replaced if it exists) when `finish()` is called.
    public init(url: URL, stringStorage: XLSXStringStorage = .shared) throws {
        self.url = url
        self.stringStorage = stringStorage
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("taizhang-xlsx-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw OfficeFileError.writeFailed(path: scratch.path, detail: String(describing: error))
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Starts a new worksheet. `header` becomes row 1 in bold on a fill, frozen when `freezeHeader`; columns
    /// give widths and number formats; validations add drop-down lists.
    public func addSheet(
        name: String, columns: [XLSXColumn] = [], header: [String]? = nil, freezeHeader: Bool = true,
        validations: [XLSXListValidation] = [], isHidden: Bool = false
    ) throws -> XLSXSheetWriter {
        precondition(!isFinished, "workbook already finished")
        let sheet = try XLSXSheetWriter(
            name: uniqueSheetName(name), partURL: scratch.appendingPathComponent("sheet\(sheets.count + 1).xml"),
            workbook: self, columns: columns, header: header, freezeHeader: freezeHeader, validations: validations,
            isHidden: isHidden, isFirst: sheets.isEmpty)
        sheets.append(sheet)
        return sheet
    }

    /// Adds a sheet of instructions (填写说明): a bold title, then one wrapped paragraph per line.
    public func addInstructionsSheet(name: String = "填写说明", title: String, lines: [String]) throws {
        // Wide enough to read, narrow enough to print on A4 portrait; longer lines wrap.
        let widest = min(max(lines.map(DisplayWidth.of).max() ?? 40, 40), 72)
        let sheet = try addSheet(name: name, columns: [XLSXColumn(width: widest)], freezeHeader: false)
        try sheet.appendTitleRow(title)
        for line in lines { try sheet.appendWrappedTextRow(line, columnWidth: widest) }
    }

    func sharedStringIndex(_ text: String) -> Int {
        sharedStringReferences += 1
        if let index = sharedStringIndexes[text] { return index }
        let index = sharedStrings.count
        sharedStrings.append(text)
        sharedStringIndexes[text] = index
        return index
    }

    /// Closes every sheet and writes the package to `url`.
    public func finish() throws {
        precondition(!isFinished, "workbook already finished")
        if sheets.isEmpty { _ = try addSheet(name: "Sheet1") }
        isFinished = true
        defer { try? FileManager.default.removeItem(at: scratch) }

        // Long drop-down lists live on a hidden sheet, one list per column.
        var lists: [[String]] = []
        var listColumns: [[String]: Int] = [:]
        let listSheetName = "选项列表"
        for sheet in sheets {
            for validation in sheet.pendingValidations where Self.inlineListFormula(validation.values) == nil {
                if listColumns[validation.values] == nil {
                    listColumns[validation.values] = lists.count
                    lists.append(validation.values)
                }
            }
        }
        let userSheets = sheets
        var listSheet: XLSXSheetWriter?
        if !lists.isEmpty {
            let sheet = try addSheetForLists(name: listSheetName)
            let longest = lists.map(\.count).max() ?? 0
            for row in 0..<longest {
                try sheet.appendRow(lists.map { row < $0.count ? .text($0[row]) : .empty })
            }
            listSheet = sheet
        }
        for sheet in userSheets {
            try sheet.close { validation in
                if let inline = Self.inlineListFormula(validation.values) { return inline }
                let column = ColumnLetters.letters(listColumns[validation.values] ?? 0)
                let quotedName =
                    "'" + (listSheet?.name ?? listSheetName).replacingOccurrences(of: "'", with: "''") + "'"
                return "\(quotedName)!$\(column)$1:$\(column)$\(max(validation.values.count, 1))"
            }
        }
        try listSheet?.close { _ in "" }
        try writePackage()
    }

    private func addSheetForLists(name: String) throws -> XLSXSheetWriter {
        let sheet = try XLSXSheetWriter(
            name: uniqueSheetName(name), partURL: scratch.appendingPathComponent("sheet\(sheets.count + 1).xml"),
            workbook: self, columns: [], header: nil, freezeHeader: false, validations: [], isHidden: true,
            isFirst: false)
        sheets.append(sheet)
        return sheet
    }

    /// A list formula with the values inline ("a,b,c"), possible when short and free of commas and quotes.
    static func inlineListFormula(_ values: [String]) -> String? {
        guard !values.contains(where: { $0.contains(",") || $0.contains("\"") }) else { return nil }
        let joined = values.joined(separator: ",")
        guard joined.utf16.count <= 255 else { return nil }
        return "\"" + joined + "\""
    }

    private func uniqueSheetName(_ proposed: String) -> String {
        var base = String(proposed.map { ":\\/?*[]".contains($0) ? "_" : $0 })
        base = base.trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        if base.isEmpty { base = "Sheet\(sheets.count + 1)" }
        if base.utf16.count > 31 { base = String(base.prefix(31)) }
        var candidate = base
        var counter = 2
        while sheets.contains(where: { $0.name.lowercased() == candidate.lowercased() }) {
            let suffix = "(\(counter))"
            candidate = String(base.prefix(31 - suffix.count)) + suffix
            counter += 1
        }
        return candidate
    }

    private func writePackage() throws {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: url.path) {
            do { try fileManager.removeItem(at: url) } catch {
                throw OfficeFileError.writeFailed(path: url.path, detail: String(describing: error))
            }
        }
        do {
            let archive = try Archive(url: url, accessMode: .create)
            let hasShared = stringStorage == .shared && !sharedStrings.isEmpty
            try add(
                archive, "[Content_Types].xml",
                XLSXPackageParts.contentTypes(sheetCount: sheets.count, hasSharedStrings: hasShared))
            try add(archive, "_rels/.rels", XLSXPackageParts.rootRelationships)
            try add(archive, "docProps/app.xml", XLSXPackageParts.appProperties)
            try add(archive, "docProps/core.xml", XLSXPackageParts.coreProperties(date: Date()))
            try add(
                archive, "xl/workbook.xml", XLSXPackageParts.workbook(sheets: sheets.map { ($0.name, $0.isHidden) }))
            try add(
                archive, "xl/_rels/workbook.xml.rels",
                XLSXPackageParts.workbookRelationships(sheetCount: sheets.count, hasSharedStrings: hasShared))
            try add(archive, "xl/styles.xml", styles.xml())
            if hasShared { try addSharedStrings(archive) }
            for (index, sheet) in sheets.enumerated() {
                try archive.addEntry(
                    with: "xl/worksheets/sheet\(index + 1).xml", fileURL: sheet.partURL, compressionMethod: .deflate,
                    bufferSize: 1 << 18)
            }
        } catch let error as OfficeFileError {
            throw error
        } catch {
            throw OfficeFileError.writeFailed(path: url.path, detail: String(describing: error))
        }
    }

    private func add(_ archive: Archive, _ path: String, _ text: String) throws {
        let data = Data(text.utf8)
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
        ) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    private func addSharedStrings(_ archive: Archive) throws {
        let part = scratch.appendingPathComponent("sharedStrings.xml")
        let sink = try XLSXByteSink(url: part)
        try sink.write(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#)
        try sink.write(
            #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(sharedStringReferences)" uniqueCount="\#(sharedStrings.count)">"#
        )
        for text in sharedStrings {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let space = trimmed.count != text.count ? #" xml:space="preserve""# : ""
            try sink.write("<si><t\(space)>\(XMLText.escape(text))</t></si>")
        }
        try sink.write("</sst>")
        try sink.close()
        try archive.addEntry(
            with: "xl/sharedStrings.xml", fileURL: part, compressionMethod: .deflate, bufferSize: 1 << 18)
    }
}
