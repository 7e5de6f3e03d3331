import Foundation
import TaizhangCore
import Testing

@testable import TaizhangOffice

@Suite struct ObservationSheetTests {
    let march = YearMonth(year: 2024, month: 3)!

    func decimal(_ text: String) -> Decimal { Decimal(string: text)! }

    @Test func importsTheNormalTemplate() throws {
        let result = try TestSupport.parse("template_normal.xlsx")
        #expect(result.problems.isEmpty)
        #expect(result.sheetName == "指标数据")
        #expect(result.encoding == nil)
        #expect(result.rowCount == 5)
        // The last row names an org unit and indicator but no figure: an unfilled template row.
        #expect(result.skippedRowCount == 1)
        #expect(result.observations.count == 4)
        #expect(result.sourceRows == [2, 3, 4, 5])
        let gdp = result.observations[0]
        #expect(gdp.orgUnitID == 2)
        #expect(gdp.indicatorCode == "gdp")
        #expect(gdp.month == march)
        #expect(gdp.monthly == decimal("45.67"))
        #expect(gdp.cumulative == decimal("123.45"))
        #expect(gdp.priorCumulative == decimal("115.2"))
        #expect(gdp.publishedGrowth == decimal("6.5"))
        #expect(gdp.note == "一季度")
        #expect(gdp.status == .draft)
        #expect(result.observations[2].monthly == nil)
        #expect(result.observations[2].cumulative == decimal("1520.5"))

        // An upload held in memory reads the same; the name given is the one messages use.
        let upload = try ObservationSheet.parse(
            data: Data(contentsOf: TestSupport.fixture("template_normal.xlsx")), fileName: "3月指标.xlsx",
            resolveOrgUnit: TestSupport.resolveOrgUnit, resolveIndicator: TestSupport.resolveIndicator)
        #expect(upload.observations == result.observations)
        #expect(upload.fileName == "3月指标.xlsx")
    }

    @Test func importsTheSameFromLibreOfficeAndBothCSVEncodings() throws {
        let reference = try TestSupport.parse("template_normal.xlsx").observations
        let libreOffice = try TestSupport.parse("libreoffice_template.xlsx")
        let utf8 = try TestSupport.parse("template_utf8_bom.csv")
        let gb18030 = try TestSupport.parse("template_gb18030.csv")
        #expect(utf8.encoding == .utf8BOM)
        #expect(gb18030.encoding == .gb18030)
        #expect(gb18030.sheetName == nil)
        for result in [libreOffice, utf8, gb18030] {
            #expect(result.problems.isEmpty)
            // The CSV and LibreOffice files carry a note with a comma, quotes and a line break in row 2.
            #expect(result.observations.map(\.monthly) == reference.map(\.monthly))
            #expect(result.observations.map(\.cumulative) == reference.map(\.cumulative))
            #expect(result.observations.map(\.indicatorCode) == reference.map(\.indicatorCode))
            #expect(result.observations.first?.note == "一季度, \"初步\"\n数据")
        }
    }

    @Test func recognisesShuffledAndVariantHeadersBelowATitle() throws {
        let result = try TestSupport.parse("shuffled_headers.xlsx")
        #expect(result.problems.isEmpty)
        #expect(result.observations.count == 2)
        let first = result.observations[0]
        #expect(first.orgUnitID == 2)
        #expect(first.indicatorCode == "gdp")
        #expect(first.cumulative == decimal("123.45"))
        #expect(first.monthly == decimal("45.67"))
        #expect(first.publishedGrowth == decimal("6.5"))
        #expect(first.month == march)
        // "生产总值" is an alias; "2024/3" a month.
        #expect(result.observations[1].orgUnitID == 3)
        #expect(result.observations[1].indicatorCode == "gdp")
        #expect(result.observations[1].month == march)
        #expect(result.observations[1].note == "说明")
        #expect(result.sourceRows == [4, 5])
    }

    @Test func collectsEveryProblemWithFileRowAndColumn() throws {
        let result = try TestSupport.parse("bad_rows.xlsx")
        let messages = result.problems.map(\.userMessage)
        #expect(
            messages == [
                "文件“bad_rows.xlsx”第3行 G列“本月值”：“12万”不是数字",
                "文件“bad_rows.xlsx”第4行 D列“指标名称”：找不到指标“地区生产总直”。您是不是要找：“地区生产总值”？",
                "文件“bad_rows.xlsx”第5行 A列“组织编码”：找不到组织编码“XX-99”",
                "文件“bad_rows.xlsx”第6行：与第2行重复：同一组织（海星经济技术开发区）、指标（地区生产总值）和月份（2024-03）只能填写一行",
                "文件“bad_rows.xlsx”第7行 H列“累计值”：“12.3%”是百分数，本列应填写数值而不是百分比",
                "文件“bad_rows.xlsx”第8行 G列“本月值”：“1.123456789”小数位数过多或数值过大（最多精确到美元的4位小数）",
                "文件“bad_rows.xlsx”第9行 F列“月份”：“2024-13”不是有效的月份，请写成“2024-03”或“2024年3月”",
                "文件“bad_rows.xlsx”第10行 E列“计量单位”：计量单位“万元”与指标“规模以上工业总产值”的单位“亿元”不一致，请按“亿元”填写",
            ])
        #expect(
            result.problems.map(\.kind) == [
                .notANumber, .unknownIndicator, .unknownOrgUnit, .duplicateRow, .percentNotAllowed, .tooPrecise,
                .invalidMonth, .unitMismatch,
            ])
        #expect(result.problems[0].row == 3)
        #expect(result.problems[0].column == "G")
        #expect(result.problems[0].header == "本月值")
        #expect(!result.isAcceptable)
        #expect(result.rowCount == 9)
    }

    @Test func acceptsNumbersTypedAsText() throws {
        let result = try TestSupport.parse("numbers_as_text.xlsx")
        #expect(result.problems.isEmpty)
        let first = try #require(result.observations.first)
        #expect(first.monthly == decimal("1234.56"))
        #expect(first.cumulative == decimal("12"))
        #expect(first.priorCumulative == decimal("123.4"))
        #expect(first.publishedGrowth == decimal("6.5"))
        #expect(first.month == march)
        let second = result.observations[1]
        #expect(second.monthly == nil && second.cumulative == nil && second.priorCumulative == nil)
        #expect(second.publishedGrowth == decimal("-2.3"))
        #expect(second.month == march)
    }

    @Test func readsMonthsFromDateCellsAndRichTextNames() throws {
        let dated = try TestSupport.parse("month_as_date.xlsx")
        #expect(dated.problems.isEmpty)
        #expect(dated.observations.first?.month == march)
        let rich = try TestSupport.parse("rich_text.xlsx")
        #expect(rich.problems.isEmpty)
        #expect(rich.observations.first?.indicatorCode == "gdp")
        #expect(rich.observations.first?.note == "A & B <c> \"q\" 中文")
    }

    @Test func readsTheFirstVisibleSheetWithDataAndSaysWhich() throws {
        let result = try TestSupport.parse("hidden_first_sheet.xlsx")
        #expect(result.sheetName == "数据")
        #expect(result.observations.count == 1)
        #expect(result.problems.isEmpty)
    }

    @Test func passesOverACoverSheetToTheSheetWithTheHeader() throws {
        let result = try TestSupport.parse("cover_sheet_first.xlsx")
        #expect(result.sheetName == "指标数据")
        #expect(result.problems.isEmpty)
        #expect(result.observations.map(\.orgUnitID) == [3])
    }

    @Test func parsesValueForms() {
        typealias P = ObservationValueParser
        func value(_ text: String, percent: Bool = false) -> Decimal? {
            if case .value(let v, _) = P.figure(text: text, acceptsPercent: percent) { return v }
            return nil
        }
        #expect(value("1,234.56") == decimal("1234.56"))
        #expect(value(" 12 ") == 12)
        #expect(value("\u{3000}１２３．４\u{3000}") == decimal("123.4"))
        #expect(value("－５") == -5)
        #expect(value("12.3%", percent: true) == decimal("12.3"))
        for missing in ["", "—", "-", "/", "——", "  "] {
            #expect(P.figure(text: missing, acceptsPercent: false) == .missing)
        }
        #expect(
            P.figure(text: "12.3%", acceptsPercent: false) == .problem(.percentNotAllowed, "“12.3%”是百分数，本列应填写数值而不是百分比"))
        #expect(P.figure(text: "12万", acceptsPercent: false) == .problem(.notANumber, "“12万”不是数字"))
        #expect(P.figure(text: "1,23", acceptsPercent: false) == .problem(.notANumber, "“1,23”不是数字"))
        #expect(P.figure(text: "abc", acceptsPercent: false) == .problem(.notANumber, "“abc”不是数字"))
        // A number cell keeps Excel's 15 significant digits, dropping binary artefacts.
        if case .value(let v, _) = P.figure(
            .number(literal: "12.300000000000001", isPercent: false), acceptsPercent: false)
        {
            #expect(v == decimal("12.3"))
        } else {
            Issue.record("number cell not parsed")
        }
        if case .value(let v, _) = P.figure(.number(literal: "0.065", isPercent: true), acceptsPercent: true) {
            #expect(v == decimal("6.5"))
        } else {
            Issue.record("percent cell not parsed")
        }
    }

    @Test func parsesMonthForms() {
        typealias P = ObservationValueParser
        for text in [
            "2024-03", "2024-3", "2024年3月", "2024年03月", "202403", "2024/3", "2024.03", "２０２４年３月", "2024-03-01",
        ] {
            #expect(P.month(text: text) == .value(march), "\(text)")
        }
        #expect(P.month(.date(year: 2024, month: 3, day: 31)) == .value(march))
        #expect(P.month(.number(literal: "202403", isPercent: false)) == .value(march))
        #expect(P.month(text: "") == .missing)
        for bad in ["2024-13", "24-3", "三月", "2024年1-3月x", "2024"] {
            #expect(P.month(text: bad) != .value(march), "\(bad)")
            #expect(P.month(text: bad) != .missing, "\(bad)")
        }
    }

    @Test func usesTheDefaultMonthWhenTheSheetHasNone() throws {
        let csv = "组织名称,指标,本月值\n海星高新区,GDP,7\n"
        let without = try ObservationSheet.parse(
            data: Data(csv.utf8), fileName: "无月份.csv", resolveOrgUnit: TestSupport.resolveOrgUnit,
            resolveIndicator: TestSupport.resolveIndicator)
        #expect(without.problems.map(\.kind) == [.missingColumn])
        let with = try ObservationSheet.parse(
            data: Data(csv.utf8), fileName: "无月份.csv", resolveOrgUnit: TestSupport.resolveOrgUnit,
            resolveIndicator: TestSupport.resolveIndicator, defaultMonth: march)
        #expect(with.problems.isEmpty)
        #expect(with.observations == [Observation(indicatorCode: "gdp", orgUnitID: 3, month: march, monthly: 7)])
    }

    @Test func reportsMissingHeaderEmptyFilesAndMismatchedCodes() throws {
        func parse(_ csv: String) throws -> ObservationSheetParse {
            try ObservationSheet.parse(
                data: Data(csv.utf8), fileName: "x.csv", resolveOrgUnit: TestSupport.resolveOrgUnit,
                resolveIndicator: TestSupport.resolveIndicator)
        }
        #expect(try parse("a,b,c\n1,2,3\n").problems.map(\.kind) == [.headerNotFound])
        #expect(try parse("").problems.map(\.userMessage) == ["文件“x.csv”：没有数据"])
        let mismatch = try parse("组织编码,组织名称,指标编码,月份,本月值\nHX-KF,海星高新区,gdp,2024-03,1\n")
        #expect(mismatch.problems.map(\.kind) == [.orgUnitMismatch])
        #expect(mismatch.problems.first?.column == "B")
        let duplicateColumns = try parse("组织编码,指标编码,月份,本月值,当月值\nHX-KF,gdp,2024-03,1,2\n")
        #expect(duplicateColumns.problems.map(\.kind) == [.duplicateColumn])
        #expect(duplicateColumns.problems.first?.userMessage == "文件“x.csv”第1行 E列“当月值”：与D列重复，都是“本月值”列")
        let empty = try parse("组织编码,指标编码,月份,本月值\n,gdp,2024-03,1\n")
        #expect(empty.problems.map(\.kind) == [.missingOrgUnit])
    }

    @Test func refusesFilesThatAreNotSheets() {
        #expect(throws: OfficeFileError.legacyXLS(fileName: "legacy.xls")) {
            try TestSupport.parse("legacy.xls")
        }
        #expect(throws: OfficeFileError.wordDocument(fileName: "renamed_docx.xlsx")) {
            try TestSupport.parse("renamed_docx.xlsx")
        }
    }

    @Test func templateReimportsAsNothingUntilFilled() throws {
        let url = TestSupport.temporaryFile("模板.xlsx")
        try ObservationSheet.writeTemplate(
            to: url, indicators: TestSupport.indicators, orgUnits: TestSupport.orgUnits, month: march)
        let result = try ObservationSheet.parse(
            fileAt: url, resolveOrgUnit: TestSupport.resolveOrgUnit, resolveIndicator: TestSupport.resolveIndicator)
        #expect(result.problems.isEmpty)
        #expect(result.sheetName == ObservationSheet.dataSheetName)
        #expect(result.observations.isEmpty)
        #expect(result.skippedRowCount == TestSupport.indicators.count)
        let workbook = try XLSXWorkbook(contentsOf: url)
        #expect(workbook.sheets.map(\.name) == ["指标数据", "填写说明"])
    }

    @Test func exportReimportsUnchanged() throws {
        let observations = [
            Observation(
                indicatorCode: "gdp", orgUnitID: 2, month: march, monthly: decimal("45.67"),
                cumulative: decimal("123.4567"), priorCumulative: decimal("115.2"), publishedGrowth: decimal("-6.5"),
                note: "含 \"引号\", 逗号\n和换行"),
            Observation(
                indicatorCode: "foreign_capital", orgUnitID: 3, month: march, cumulative: decimal("0.00000001")),
            Observation(indicatorCode: "gdp", orgUnitID: 2, month: march.previous, monthly: decimal("123456.7")),
        ]
        let url = TestSupport.temporaryFile("导出.xlsx")
        try ObservationSheet.writeExport(
            to: url, observations: observations, indicators: TestSupport.indicators, orgUnits: TestSupport.orgUnits)
        let fromXLSX = try ObservationSheet.parse(
            fileAt: url, resolveOrgUnit: TestSupport.resolveOrgUnit, resolveIndicator: TestSupport.resolveIndicator)
        #expect(fromXLSX.problems.isEmpty)
        #expect(Set(fromXLSX.observations) == Set(observations))
        // Sorted by org unit, then month, then indicator.
        #expect(fromXLSX.observations.first?.month == march.previous)

        for encoding in [CSVEncoding.utf8BOM, .gb18030] {
            let csv = ObservationSheet.exportCSV(
                observations: observations, indicators: TestSupport.indicators, orgUnits: TestSupport.orgUnits,
                encoding: encoding)
            let fromCSV = try ObservationSheet.parse(
                data: csv, fileName: "导出.csv", resolveOrgUnit: TestSupport.resolveOrgUnit,
                resolveIndicator: TestSupport.resolveIndicator)
            #expect(fromCSV.encoding == encoding)
            #expect(fromCSV.problems.isEmpty)
            #expect(Set(fromCSV.observations) == Set(observations))
        }
    }

    @Test func refusesFiguresTheStoreCannotHoldExactly() throws {
        let csv =
            "组织编码,指标编码,月份,本月值,累计值\nHX-KF,gdp,2024-03,12345678.9,0.000000000001\nHX-KF,gdp,2024-04,1,0.0000000000001\n"
        let result = try ObservationSheet.parse(
            data: Data(csv.utf8), fileName: "x.csv", resolveOrgUnit: TestSupport.resolveOrgUnit,
            resolveIndicator: TestSupport.resolveIndicator)
        // 12345678.9 亿元 overflows the scaled Int64; 10⁻¹² 亿元 is 0.0001 元 and fits; 10⁻¹³ 亿元 does not.
        #expect(result.problems.map { "\($0.row!)\($0.column!)" } == ["2D", "3E"])
        #expect(result.problems.allSatisfy { $0.kind == .tooPrecise })
    }

    @Test func namesTheSheetWhenTheWorkbookHasSeveral() {
        let problem = ImportProblem(
            kind: .notANumber, fileName: "1月指标.xlsx", sheetName: "数据", mentionsSheet: true, row: 12, column: "G",
            header: "本月值", reason: "“12万”不是数字")
        #expect(problem.userMessage == "文件“1月指标.xlsx”工作表“数据”第12行 G列“本月值”：“12万”不是数字")
        #expect(problem.description == "1月指标.xlsx[数据]:12:G notANumber")
    }
}
