import Foundation
import TaizhangCore
import Testing

@testable import TaizhangOffice

/// Reads what the writer produced with openpyxl, an independent reader, through scripts/e2e/xlsx_readback.py.
/// Skipped when python3 or openpyxl is missing, except under CI (CI set), where that is a failure.
@Suite struct XLSXReadbackTests {
    static let hasOpenpyxl: Bool = run(["python3", "-c", "import openpyxl"]).status == 0

    static func run(_ arguments: [String]) -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return (-1, Data()) }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    static var shouldRun: Bool { hasOpenpyxl || ProcessInfo.processInfo.environment["CI"] != nil }

    struct Readback: Decodable {
        struct Sheet: Decodable {
            let name: String
            let state: String
            let freezePanes: String?
            let columnWidths: [String: Double]
            let validations: [Validation]
            let rows: [[Cell]]
        }
        struct Validation: Decodable {
            let sqref: String
            let type: String?
            let formula1: String?
        }
        struct Cell: Decodable {
            let ref: String
            let type: String
            let value: Value
            let numberFormat: String
            let bold: Bool
            let fill: String?
        }
        enum Value: Decodable, Equatable {
            case string(String)
            case bool(Bool)
            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let flag = try? container.decode(Bool.self) {
                    self = .bool(flag)
                } else {
                    self = .string(try container.decode(String.self))
                }
            }
        }
        let sheets: [Sheet]
        let warnings: [String]
    }

    static func readBack(_ url: URL) throws -> Readback {
        #expect(hasOpenpyxl, "python3 with openpyxl is required under CI (pip install openpyxl)")
        let script = TestSupport.repositoryRoot.appendingPathComponent("scripts/e2e/xlsx_readback.py").path
        let result = run(["python3", script, url.path])
        try #require(result.status == 0, "xlsx_readback.py failed on \(url.lastPathComponent)")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Readback.self, from: result.output)
    }

    @Test(
        .enabled(if: shouldRun, "python3 with openpyxl not installed"), arguments: [XLSXStringStorage.shared, .inline])
    func openpyxlReadsWhatWeWrite(storage: XLSXStringStorage) throws {
        let url = TestSupport.temporaryFile("readback.xlsx")
        try XLSXWriterTests.writeSample(to: url, storage: storage)
        let readback = try Self.readBack(url)
        #expect(readback.warnings.isEmpty)
        #expect(readback.sheets.map(\.name) == ["数据", "第二页_1_", "填写说明"])
        let data = readback.sheets[0]
        #expect(data.freezePanes == "A2")
        #expect(data.columnWidths["A"] == 12)
        #expect(data.validations.first?.sqref == "A2:A100")
        #expect(data.validations.first?.formula1 == "\"甲,乙\"")
        let header = data.rows[0]
        #expect(header.map(\.value) == [.string("名称"), .string("数值"), .string("其他")])
        #expect(header.allSatisfy { $0.bold && $0.fill == "FFDDEBF7" })
        let cells = Dictionary(uniqueKeysWithValues: data.rows.flatMap { $0 }.map { ($0.ref, $0) })
        #expect(cells["A2"]?.value == .string("地区生产总值"))
        #expect(cells["B2"]?.value == .string("1234.5678"))
        #expect(cells["B2"]?.numberFormat == "0.00")
        #expect(cells["C2"]?.value == .bool(true))
        #expect(cells["A3"]?.value == .string(" 前后空格 "))
        #expect(cells["B3"]?.value == .string("-0.0001"))
        #expect(cells["C3"]?.type == "date")
        #expect(cells["C3"]?.value == .string("2024-03-15T00:00:00"))
        // openpyxl decodes Excel's _xHHHH_ escapes in shared strings only; Excel and our reader decode both.
        let escaped = storage == .shared ? "_x000D_" : "_x005F_x000D_"
        #expect(cells["A4"]?.value == .string("A & B <c> \"q\" \(escaped) 换\n行"))
        #expect(cells["C4"]?.value == .string("12345678901234.5"))
        #expect(cells["B5"]?.value == .string("0"))
        #expect(readback.sheets[2].rows.count == 3)
    }

    @Test(.enabled(if: shouldRun, "python3 with openpyxl not installed"))
    func openpyxlReadsTheTemplate() throws {
        let url = TestSupport.temporaryFile("模板.xlsx")
        try ObservationSheet.writeTemplate(
            to: url, indicators: TestSupport.indicators, orgUnits: TestSupport.orgUnits,
            month: YearMonth(year: 2024, month: 3)!)
        let readback = try Self.readBack(url)
        #expect(readback.warnings.isEmpty)
        #expect(readback.sheets.map(\.name) == ["指标数据", "填写说明"])
        #expect(readback.sheets.map(\.state) == ["visible", "visible"])
        let data = readback.sheets[0]
        #expect(data.rows[0].map(\.value) == ObservationSheet.columns.map { .string($0.header) })
        #expect(data.rows.count == 1 + TestSupport.indicators.count)
        #expect(
            data.rows[1].map(\.value).prefix(6) == [
                .string("HX"), .string("海星市"), .string("gdp"), .string("地区生产总值"), .string("亿元"), .string("2024-03"),
            ])
        #expect(data.validations.contains { $0.sqref == "D2:D500" && $0.formula1 == "\"地区生产总值,规模以上工业总产值,实际利用外资\"" })
        #expect(data.freezePanes == "A2")
    }
}
