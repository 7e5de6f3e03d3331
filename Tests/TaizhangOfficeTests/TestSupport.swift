import Foundation
import TaizhangCore

@testable import TaizhangOffice

/// Fixture files and a small catalogue shared by the tests.
enum TestSupport {
    static func fixture(_ name: String) -> URL {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        precondition(FileManager.default.fileExists(atPath: url.path), "missing fixture \(name)")
        return url
    }

    /// The repository root (the folder with Package.swift and scripts/).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// One scratch folder per test process (not one per file), so that runs do not litter the temporary folder.
    private static let scratchDirectory: URL = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "taizhang-office-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: directory)
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }()

    /// A fresh path for a file named `name`; tests running in parallel each get their own subfolder.
    static func temporaryFile(_ name: String) -> URL {
        let directory = scratchDirectory.appendingPathComponent(UUID().uuidString)
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent(name)
    }

    static let orgUnits = [
        OrgUnit(id: 1, code: "HX", name: "海星市", kind: .city, parentID: nil, sortOrder: 0),
        OrgUnit(id: 2, code: "HX-KF", name: "海星经济技术开发区", kind: .zone, parentID: 1, sortOrder: 1),
        OrgUnit(id: 3, code: "HX-GX", name: "海星高新区", kind: .zone, parentID: 1, sortOrder: 2),
    ]

    static let indicators = [
        Indicator(
            code: "gdp", name: "地区生产总值", aliases: ["生产总值", "GDP"], unit: IndicatorUnit(symbol: "亿元"),
            kind: .amount, growth: .real, sortOrder: 1),
        Indicator(
            code: "industrial_output", name: "规模以上工业总产值", aliases: ["规上工业总产值"],
            unit: IndicatorUnit(symbol: "亿元"), kind: .amount, growth: .nominal, sortOrder: 2),
        Indicator(
            code: "foreign_capital", name: "实际利用外资", aliases: ["利用外资"], unit: IndicatorUnit(symbol: "万美元"),
            kind: .amount, growth: .nominal, sortOrder: 3),
    ]

    static func resolveOrgUnit(_ text: String) -> OrgUnit? {
        orgUnits.first { $0.code == text || $0.name == text }
    }

    static func resolveIndicator(_ text: String) -> Indicator? {
        indicators.first { $0.code == text || $0.name == text || $0.aliases.contains(text) }
    }

    /// Names sharing at least four characters with the text.
    static func suggestIndicator(_ text: String) -> [String] {
        indicators.filter { Set($0.name).intersection(Set(text)).count >= 4 }.map(\.name)
    }

    static func parse(_ fixtureName: String, defaultMonth: YearMonth? = nil) throws -> ObservationSheetParse {
        try ObservationSheet.parse(
            fileAt: fixture(fixtureName), resolveOrgUnit: resolveOrgUnit, resolveIndicator: resolveIndicator,
            suggestIndicator: suggestIndicator, defaultMonth: defaultMonth)
    }

    /// All rows of a sheet as [row number: [column: value]].
    static func rows(_ workbook: XLSXWorkbook, _ sheet: XLSXSheet) throws -> [Int: [Int: XLSXCellValue]] {
        var rows: [Int: [Int: XLSXCellValue]] = [:]
        try workbook.forEachRow(in: sheet) { row in
            rows[row.number] = Dictionary(uniqueKeysWithValues: row.cells.map { ($0.column, $0.value) })
        }
        return rows
    }
}
