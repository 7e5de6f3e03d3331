import Foundation

/// Appends rows to one worksheet of an `XLSXWriter`; rows go straight to a temporary file.
public final class XLSXSheetWriter {
    /// The tab name as written (made valid and unique).
    public let name: String
    let isHidden: Bool
    let partURL: URL
    private let sink: XLSXByteSink
    private unowned let workbook: XLSXWriter
    private let columnStyles: [Int?]
    /// Per column, the style for date cells: the column's own format when it is a date format, else yyyy-mm-dd.
    private let dateStyles: [Int]
    let pendingValidations: [XLSXListValidation]
    private let dimensionOffset: Int
    private static let dimensionSpace = 40
    private var columnLetters: [String] = []
    private var maxColumn = 0
    /// Rows written so far; the next row's number is this plus one.
    public private(set) var rowCount = 0
    private(set) var isClosed = false

    init(
        name: String, partURL: URL, workbook: XLSXWriter, columns: [XLSXColumn], header: [String]?,
        freezeHeader: Bool, validations: [XLSXListValidation], isHidden: Bool, isFirst: Bool
    ) throws {
        self.name = name
        self.partURL = partURL
        self.workbook = workbook
        self.pendingValidations = validations
        self.isHidden = isHidden
        sink = try XLSXByteSink(url: partURL)
        columnStyles = columns.map { column in column.numberFormat.map { workbook.styles.style(forNumberFormat: $0) } }
        dateStyles = zip(columns, columnStyles).map { column, style in
            guard let code = column.numberFormat, let style, XLSXStyleTable.kind(code: code) == .date else {
                return XLSXStyleRegistry.dateStyle
            }
            return style
        }

        try sink.write(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#)
        try sink.write(
            #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
                + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#)
        dimensionOffset = sink.offset
        try sink.write(#"<dimension ref="A1"/>"# + String(repeating: " ", count: Self.dimensionSpace))
        try sink.write("<sheetViews><sheetView workbookViewId=\"0\"\(isFirst ? " tabSelected=\"1\"" : "")>")
        if freezeHeader && header != nil {
            try sink.write(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#)
            try sink.write(#"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>"#)
        }
        try sink.write("</sheetView></sheetViews>")
        try sink.write(#"<sheetFormatPr defaultRowHeight="15"/>"#)
        let described = columns.enumerated().filter { $0.element.width != nil || $0.element.numberFormat != nil }
        if !described.isEmpty {
            try sink.write("<cols>")
            for (index, column) in described {
                var attributes = #"min="\#(index + 1)" max="\#(index + 1)""#
                if let width = column.width {
                    attributes += #" width="\#(width)" customWidth="1""#
                } else {
                    attributes += #" width="10""#
                }
                if let style = columnStyles[index] { attributes += #" style="\#(style)""# }
                try sink.write("<col \(attributes)/>")
            }
            try sink.write("</cols>")
        }
        try sink.write("<sheetData>")
        if let header {
            try appendRow(header.map { .text($0) }, style: XLSXStyleRegistry.headerStyle)
        }
    }

    /// Appends the next row; `.empty` leaves a cell out.
    public func appendRow(_ values: [XLSXWriteValue]) throws {
        try appendRow(values, style: nil)
    }

    /// Appends a row whose text cells all use the bold title style (for instruction sheets).
    func appendRow(_ values: [XLSXWriteValue], style rowStyle: Int?, lineCount: Int = 1) throws {
        precondition(!isClosed, "sheet \(name) is already closed")
        rowCount += 1
        let rowNumber = String(rowCount)
        // Neither Excel nor LibreOffice grows a row for wrapped text when opening a file: set its height.
        let height = lineCount > 1 ? " ht=\"\(lineCount * 15)\" customHeight=\"1\"" : ""
        var out = "<row r=\"\(rowNumber)\"\(height)>"
        for (index, value) in values.enumerated() {
            if case .empty = value { continue }
            let reference = letters(index) + rowNumber
            let style = rowStyle ?? (index < columnStyles.count ? columnStyles[index] : nil)
            let styleAttribute = style.map { " s=\"\($0)\"" } ?? ""
            switch value {
            case .text(let text):
                if text.isEmpty { continue }
                if workbook.stringStorage == .shared {
                    let index = workbook.sharedStringIndex(text)
                    out += "<c r=\"\(reference)\"\(styleAttribute) t=\"s\"><v>\(index)</v></c>"
                } else {
                    let space = Self.needsPreserve(text) ? " xml:space=\"preserve\"" : ""
                    out += "<c r=\"\(reference)\"\(styleAttribute) t=\"inlineStr\"><is><t\(space)>"
                    out += XMLText.escape(text) + "</t></is></c>"
                }
            case .number(let number):
                out += "<c r=\"\(reference)\"\(styleAttribute)><v>\(number.plainString)</v></c>"
            case .bool(let flag):
                out += "<c r=\"\(reference)\"\(styleAttribute) t=\"b\"><v>\(flag ? 1 : 0)</v></c>"
            case .date(let year, let month, let day):
                let serial = XLSXDateSerial.serial(year: year, month: month, day: day)
                let dateStyle = index < dateStyles.count ? dateStyles[index] : XLSXStyleRegistry.dateStyle
                out += "<c r=\"\(reference)\" s=\"\(dateStyle)\"><v>\(serial)</v></c>"
            case .empty:
                continue
            }
            maxColumn = max(maxColumn, index + 1)
        }
        out += "</row>"
        try sink.write(out)
    }

    /// Appends a row of plain text cells.
    public func appendTextRow(_ texts: [String]) throws {
        try appendRow(texts.map { .text($0) })
    }

    /// Appends a row in the bold title style.
    public func appendTitleRow(_ text: String) throws {
        try appendRow([.text(text)], style: XLSXStyleRegistry.titleStyle)
    }

    /// Appends wrapped text in the first column (long explanations on an instruction sheet), with the row as
    /// high as the lines the text needs in a column `columnWidth` characters wide.
    public func appendWrappedTextRow(_ text: String, columnWidth: Int) throws {
        let width = max(columnWidth - 1, 1)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, line in
            total + max(1, (DisplayWidth.of(String(line)) + width - 1) / width)
        }
        try appendRow([.text(text)], style: XLSXStyleRegistry.wrapStyle, lineCount: lines)
    }

    private func letters(_ index: Int) -> String {
        while columnLetters.count <= index { columnLetters.append(ColumnLetters.letters(columnLetters.count)) }
        return columnLetters[index]
    }

    private static func needsPreserve(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return first.properties.isWhitespace || last.properties.isWhitespace
    }

    /// Writes the sheet's tail; `listReference` gives the range holding a long validation list.
    func close(listReference: (XLSXListValidation) -> String) throws {
        guard !isClosed else { return }
        isClosed = true
        try sink.write("</sheetData>")
        if !pendingValidations.isEmpty {
            try sink.write("<dataValidations count=\"\(pendingValidations.count)\">")
            for validation in pendingValidations {
                let range =
                    letters(validation.column) + String(validation.firstRow) + ":"
                    + letters(validation.column) + String(validation.lastRow)
                let style = validation.isStrict ? "stop" : "warning"
                try sink.write(
                    "<dataValidation type=\"list\" errorStyle=\"\(style)\" allowBlank=\"1\" showInputMessage=\"1\" "
                        + "showErrorMessage=\"1\" errorTitle=\"输入值无效\" error=\"请从下拉列表中选择\" sqref=\"\(range)\">")
                try sink.write("<formula1>\(XMLText.escape(listReference(validation), excelEscapes: false))</formula1>")
                try sink.write("</dataValidation>")
            }
            try sink.write("</dataValidations>")
        }
        try sink.write(#"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#)
        try sink.write("</worksheet>")
        let lastCell = rowCount == 0 ? "A1" : "A1:" + letters(max(maxColumn, 1) - 1) + String(rowCount)
        try sink.patch(at: dimensionOffset, with: #"<dimension ref="\#(lastCell)"/>"#)
        try sink.close()
    }
}
