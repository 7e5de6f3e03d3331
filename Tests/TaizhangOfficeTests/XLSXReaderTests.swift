import Foundation
import Testing

@testable import TaizhangOffice

@Suite struct XLSXReaderTests {
    @Test func readsOpenpyxlWorkbookWithInlineStringsAndExactNumbers() throws {
        let workbook = try XLSXWorkbook(contentsOf: TestSupport.fixture("template_normal.xlsx"))
        #expect(workbook.sheets.map(\.name) == ["指标数据"])
        let sheet = try #require(try workbook.firstDataSheet())
        let rows = try TestSupport.rows(workbook, sheet)
        #expect(rows.count == 6)
        #expect(rows[1]?[0] == .text("组织编码"))
        #expect(rows[1]?[9] == .text("公布增速(%)"))
        #expect(rows[2]?[1] == .text("海星经济技术开发区"))
        #expect(rows[2]?[6] == .number(literal: "45.67"))
        #expect(rows[3]?[7] == .number(literal: "88"))
        // Empty cells are left out, not returned as blanks.
        #expect(rows[4]?[6] == nil)
        #expect(rows[6]?.count == 6)
    }

    @Test func readsLibreOfficeWorkbookWithSharedStrings() throws {
        let workbook = try XLSXWorkbook(contentsOf: TestSupport.fixture("libreoffice_template.xlsx"))
        let sheet = try #require(try workbook.firstDataSheet())
        let rows = try TestSupport.rows(workbook, sheet)
        #expect(rows[1]?[3] == .text("指标名称"))
        #expect(rows[2]?[3] == .text("地区生产总值"))
        #expect(rows[2]?[7] == .number(literal: "123.45"))
        #expect(rows[2]?[10] == .text("一季度, \"初步\"\n数据"))
    }

    @Test func toleratesWPSQuirks() throws {
        let workbook = try XLSXWorkbook(contentsOf: TestSupport.fixture("wps_quirks.xlsx"))
        #expect(workbook.sheets.map(\.name) == ["WPS表"])
        let sheet = try #require(try workbook.firstDataSheet())
        var numbers: [Int] = []
        var rows: [Int: [Int: XLSXCellValue]] = [:]
        try workbook.forEachRow(in: sheet) { row in
            numbers.append(row.number)
            rows[row.number] = Dictionary(uniqueKeysWithValues: row.cells.map { ($0.column, $0.value) })
        }
        #expect(numbers == [1, 3, 4])
        #expect(rows[3]?[0] == .text(" 中&文中\r行 "))
        #expect(rows[3]?[1] == .number(literal: "1.5E-3"))
        #expect(rows[3]?[1]?.decimalValue == Decimal(string: "0.0015"))
        #expect(rows[3]?[2] == .error("#DIV/0!"))
        #expect(rows[4]?[0] == .bool(true))
        #expect(rows[4]?[1] == .text("名称"))
        // The self-closing <c/> still takes column C, so the rich text lands in D without its phonetic guide.
        #expect(rows[4]?[3] == .text("富文本"))
    }

    @Test func picksFirstVisibleSheetWithData() throws {
        let workbook = try XLSXWorkbook(contentsOf: TestSupport.fixture("hidden_first_sheet.xlsx"))
        #expect(workbook.sheets.map(\.name) == ["隐藏", "空白", "数据"])
        #expect(workbook.sheets.map(\.visibility) == [.hidden, .visible, .visible])
        #expect(try workbook.firstDataSheet()?.name == "数据")
        #expect(try workbook.hasData(workbook.sheets[1]) == false)
    }

    @Test func recognisesDatesByNumberFormat() throws {
        let workbook = try XLSXWorkbook(contentsOf: TestSupport.fixture("dates.xlsx"))
        let rows = try TestSupport.rows(workbook, workbook.sheets[0])
        #expect(rows[2]?[1] == .date(year: 2024, month: 3, day: 15, hour: 0, minute: 0, second: 0))
        #expect(rows[3]?[1] == .date(year: 2024, month: 1, day: 31, hour: 0, minute: 0, second: 0))
        #expect(rows[4]?[1] == .date(year: 2023, month: 12, day: 1, hour: 0, minute: 0, second: 0))
        // Serial 60 is Lotus's fictitious 1900-02-29; 61 is 1900-03-01.
        #expect(rows[5]?[1] == .date(year: 1900, month: 2, day: 29, hour: 0, minute: 0, second: 0))
        #expect(rows[6]?[1] == .date(year: 1900, month: 3, day: 1, hour: 0, minute: 0, second: 0))
        #expect(rows[7]?[1] == .date(year: 2024, month: 3, day: 15, hour: 8, minute: 30, second: 15))
        #expect(rows[8]?[1] == .number(literal: "0.065"))
        // A 'd' inside quotes does not make a date format.
        #expect(rows[9]?[1] == .number(literal: "5"))
        #expect(rows[10]?[1] == .bool(true))
    }

    @Test func marksPercentFormattedNumbers() throws {
        let workbook = try XLSXWorkbook(contentsOf: TestSupport.fixture("dates.xlsx"))
        var percent: XLSXCell?
        try workbook.forEachRow(in: workbook.sheets[0]) { row in
            if row.number == 8 { percent = row.cell(at: 1) }
        }
        #expect(percent?.isPercentFormatted == true)
    }

    @Test func readsThe1904DateSystem() throws {
        let workbook = try XLSXWorkbook(contentsOf: TestSupport.fixture("dates_1904.xlsx"))
        #expect(workbook.usesDate1904)
        let rows = try TestSupport.rows(workbook, workbook.sheets[0])
        #expect(rows[2]?[1] == .date(year: 2024, month: 3, day: 15, hour: 0, minute: 0, second: 0))
    }

    @Test func joinsRichTextRunsAndDecodesEntities() throws {
        let workbook = try XLSXWorkbook(contentsOf: TestSupport.fixture("rich_text.xlsx"))
        let rows = try TestSupport.rows(workbook, workbook.sheets[0])
        #expect(rows[2]?[3] == .text("地区生产总值"))
        #expect(rows[2]?[10] == .text("A & B <c> \"q\" 中文"))
    }

    @Test func explainsFilesThatAreNotWorkbooks() throws {
        #expect(throws: OfficeFileError.legacyXLS(fileName: "legacy.xls")) {
            try XLSXWorkbook(contentsOf: TestSupport.fixture("legacy.xls"))
        }
        #expect(throws: OfficeFileError.encrypted(fileName: "encrypted.xlsx")) {
            try XLSXWorkbook(contentsOf: TestSupport.fixture("encrypted.xlsx"))
        }
        #expect(throws: OfficeFileError.wordDocument(fileName: "renamed_docx.xlsx")) {
            try XLSXWorkbook(contentsOf: TestSupport.fixture("renamed_docx.xlsx"))
        }
        #expect(throws: OfficeFileError.notAnXLSX(fileName: "a.xlsx")) {
            try XLSXWorkbook(data: Data("组织编码,指标编码\n".utf8), fileName: "a.xlsx")
        }
        let message = OfficeFileError.legacyXLS(fileName: "1月.xls").userMessage
        #expect(message.contains("1月.xls") && message.contains(".xlsx"))
    }

    @Test func capsTheInflatedSize() throws {
        let limits = XLSXReadLimits(maxInflatedBytes: 2_000)
        #expect(throws: OfficeFileError.tooLarge(fileName: "template_normal.xlsx", limitBytes: 2_000)) {
            let workbook = try XLSXWorkbook(contentsOf: TestSupport.fixture("template_normal.xlsx"), limits: limits)
            try workbook.forEachRow(in: workbook.sheets[0]) { _ in }
        }
    }

    @Test func refusesOverlongCells() throws {
        let url = TestSupport.temporaryFile("long.xlsx")
        for storage in [XLSXStringStorage.shared, .inline] {
            let writer = try XLSXWriter(url: url, stringStorage: storage)
            let sheet = try writer.addSheet(name: "长文本")
            try sheet.appendRow([.text("短"), .text(String(repeating: "字", count: 40_000))])
            try writer.finish()
            #expect(throws: OfficeFileError.self) {
                let workbook = try XLSXWorkbook(contentsOf: url)
                try workbook.forEachRow(in: workbook.sheets[0]) { _ in }
            }
        }
        do {
            let workbook = try XLSXWorkbook(contentsOf: url)
            try workbook.forEachRow(in: workbook.sheets[0]) { _ in }
        } catch let error as OfficeFileError {
            #expect(error.userMessage.contains("B1"))
            #expect(error.userMessage.contains("32767"))
        }
    }

    @Test func readsFromMemoryAsFromDisk() throws {
        let url = TestSupport.fixture("template_normal.xlsx")
        let fromDisk = try XLSXWorkbook(contentsOf: url)
        let fromMemory = try XLSXWorkbook(data: Data(contentsOf: url), fileName: "上传.xlsx")
        #expect(
            try TestSupport.rows(fromDisk, fromDisk.sheets[0]) == TestSupport.rows(fromMemory, fromMemory.sheets[0]))
        #expect(fromMemory.fileName == "上传.xlsx")
    }

    @Test func bodyErrorsPassThroughUnchanged() throws {
        struct Stop: Error, Equatable {}
        let workbook = try XLSXWorkbook(contentsOf: TestSupport.fixture("template_normal.xlsx"))
        #expect(throws: Stop()) {
            try workbook.forEachRow(in: workbook.sheets[0]) { _ in throw Stop() }
        }
    }

    @Test func readsAFarAwayCellSparsely() throws {
        let workbook = try XLSXWorkbook(contentsOf: TestSupport.fixture("sparse_far_cell.xlsx"))
        var rows: [XLSXRow] = []
        try workbook.forEachRow(in: workbook.sheets[0]) { rows.append($0) }
        #expect(rows.map(\.number) == [1, 1_048_576])
        #expect(rows[0].cells == [XLSXCell(column: 0, value: .number(literal: "42"))])
        // The styled empty cell is left out; the last column is XFD (16383).
        #expect(rows[1].cells == [XLSXCell(column: 16_383, value: .text("end"))])
    }

    @Test func convertsSerialNumbersWithoutFloatingPoint() {
        #expect(XLSXDateSerial.components(literal: "45366.5", uses1904: false)?.hour == 12)
        #expect(
            XLSXDateSerial.components(literal: "1", uses1904: false).map { [$0.year, $0.month, $0.day] } == [
                1900, 1, 1,
            ])
        #expect(
            XLSXDateSerial.components(literal: "59", uses1904: false).map { [$0.year, $0.month, $0.day] } == [
                1900, 2, 28,
            ])
        #expect(XLSXDateSerial.serial(year: 2024, month: 3, day: 15) == 45366)
        #expect(XLSXDateSerial.serial(year: 1900, month: 2, day: 29) == 60)
        #expect(XLSXDateSerial.serial(year: 1900, month: 1, day: 1) == 1)
    }
}
