import Foundation
import Testing

@testable import TaizhangOffice

@Suite struct XLSXWriterTests {
    /// Writes a workbook exercising every cell kind and layout feature.
    static func writeSample(to url: URL, storage: XLSXStringStorage) throws {
        let writer = try XLSXWriter(url: url, stringStorage: storage)
        let sheet = try writer.addSheet(
            name: "数据",
            columns: [XLSXColumn(width: 12, numberFormat: "@"), XLSXColumn(numberFormat: "0.00"), XLSXColumn()],
            header: ["名称", "数值", "其他"],
            validations: [XLSXListValidation(column: 0, firstRow: 2, lastRow: 100, values: ["甲", "乙"])])
        try sheet.appendRow([.text("地区生产总值"), .number(Decimal(string: "1234.5678")!), .bool(true)])
        try sheet.appendRow([
            .text(" 前后空格 "), .number(Decimal(string: "-0.0001")!), .date(year: 2024, month: 3, day: 15),
        ])
        try sheet.appendRow([
            .text("A & B <c> \"q\" _x000D_ 换\n行"), .empty, .number(Decimal(string: "12345678901234.5")!),
        ])
        try sheet.appendRow([.text("地区生产总值"), .number(0), .text("重复的共享字符串")])
        let second = try writer.addSheet(name: "第二页[1]", header: ["列"], freezeHeader: false)
        try second.appendRow(["值"])
        try writer.addInstructionsSheet(title: "说明", lines: ["第一条", "第二条"])
        try writer.finish()
    }

    @Test(arguments: [XLSXStringStorage.shared, .inline])
    func roundTripsThroughOwnReader(storage: XLSXStringStorage) throws {
        let url = TestSupport.temporaryFile("sample.xlsx")
        try Self.writeSample(to: url, storage: storage)
        let workbook = try XLSXWorkbook(contentsOf: url)
        #expect(workbook.sheets.map(\.name) == ["数据", "第二页_1_", "填写说明"])
        let rows = try TestSupport.rows(workbook, workbook.sheets[0])
        #expect(rows[1]?[0] == .text("名称"))
        #expect(rows[2]?[0] == .text("地区生产总值"))
        #expect(rows[2]?[1] == .number(literal: "1234.5678"))
        #expect(rows[2]?[2] == .bool(true))
        #expect(rows[3]?[0] == .text(" 前后空格 "))
        #expect(rows[3]?[1] == .number(literal: "-0.0001"))
        #expect(rows[3]?[2] == .date(year: 2024, month: 3, day: 15, hour: 0, minute: 0, second: 0))
        #expect(rows[4]?[0] == .text("A & B <c> \"q\" _x000D_ 换\n行"))
        #expect(rows[4]?[1] == nil)
        #expect(rows[4]?[2] == .number(literal: "12345678901234.5"))
        #expect(rows[5]?[1] == .number(literal: "0"))
    }

    @Test func putsLongListsOnAHiddenSheet() throws {
        let url = TestSupport.temporaryFile("lists.xlsx")
        let writer = try XLSXWriter(url: url)
        let names = (1...60).map { "很长的指标名称第\($0)号" }
        _ = try writer.addSheet(
            name: "模板", header: ["指标名称"],
            validations: [XLSXListValidation(column: 0, firstRow: 2, lastRow: 500, values: names)])
        try writer.finish()
        let workbook = try XLSXWorkbook(contentsOf: url)
        #expect(workbook.sheets.map(\.name) == ["模板", "选项列表"])
        #expect(workbook.sheets[1].visibility == .hidden)
        let rows = try TestSupport.rows(workbook, workbook.sheets[1])
        #expect(rows.count == 60)
        #expect(rows[60]?[0] == .text("很长的指标名称第60号"))
        #expect(try workbook.firstDataSheet()?.name == "模板")
    }

    @Test func fitsColumnWidthsCountingCJKDouble() {
        #expect(XLSXColumn.fittingWidth(for: ["abc"]) == 8)
        #expect(XLSXColumn.fittingWidth(for: ["规模以上工业总产值"]) == 20)
        #expect(XLSXColumn.fittingWidth(for: [String(repeating: "长", count: 100)]) == 60)
    }

    @Test func writesAValidWorkbookWithoutSheets() throws {
        let url = TestSupport.temporaryFile("empty.xlsx")
        let writer = try XLSXWriter(url: url)
        try writer.finish()
        let workbook = try XLSXWorkbook(contentsOf: url)
        #expect(workbook.sheets.count == 1)
        #expect(try workbook.firstDataSheet() == nil)
    }
}
