import Foundation
import NIOPosix
import TaizhangCore
import TaizhangOffice
import TaizhangStore

/// Imports an uploaded .xlsx or .csv of observations: TaizhangOffice parses it, and either every row is stored
/// in one atomic upsert or, when any problem is found, nothing is stored and every problem is returned.
struct ImportService: Sendable {
    let database: TaizhangDatabase
    let orgUnits: OrgUnitService
    let indicators: IndicatorService

    /// File names end in .xlsx (also .xlsm) or .csv; the content decides in the end.
    static func isSupported(fileName: String) -> Bool {
        let lower = fileName.lowercased()
        return [".xlsx", ".xlsm", ".csv", ".txt"].contains { lower.hasSuffix($0) }
    }

    /// `permittedUnitIDs` (nil: all) are the units the importing user may write; a row for any other unit makes
    /// the whole file fail, naming the unit.
    func importFile(
        data: Data, fileName: String, defaultMonth: YearMonth? = nil, permittedUnitIDs: Set<Int64>? = nil,
        actor: AuditActor = .system
    ) async throws -> ImportResult {
        guard !data.isEmpty else { throw ServiceError.emptyUpload }
        guard Self.isSupported(fileName: fileName) || data.starts(with: [0x50, 0x4B]) else {
            throw ServiceError.unsupportedFile(fileName)
        }
        let catalogue = try await indicators.catalogue()
        let tree = try await orgUnits.tree()
        let parse: ObservationSheetParse
        do {
            // Parsing a large workbook takes seconds of CPU: keep it off the cooperative threads.
            parse = try await NIOThreadPool.singleton.runIfActive {
                try ObservationSheet.parse(
                    data: data, fileName: fileName,
                    resolveOrgUnit: { text in tree.lookup(text).flatMap { $0.isArchived ? nil : $0 } },
                    resolveIndicator: { catalogue.resolve($0) },
                    suggestIndicator: { catalogue.suggestions(for: $0).map(\.name) }, defaultMonth: defaultMonth)
            }
        } catch let error as any UserFacingError {
            // The file could not be read at all (not a workbook, damaged, too large inside).
            return ImportResult(
                fileName: fileName, sheetName: nil, encoding: nil, encodingName: nil, rowCount: 0, importedCount: 0,
                skippedRowCount: 0, isImported: false,
                problems: [APIProblem(message: error.userMessage, file: fileName, code: "unreadable_file")])
        }
        var problems = parse.problems.map(Self.problem)
        if let permittedUnitIDs {
            let outside = Set(parse.observations.map(\.orgUnitID)).subtracting(permittedUnitIDs).sorted()
            for id in outside {
                let name = tree.unit(id: id)?.name ?? "编号 \(id)"
                problems.append(
                    APIProblem(
                        message: "文件中有“\(name)”的数据，该组织不在您的管辖范围内，整个文件未导入。", file: fileName,
                        code: "out_of_scope"))
            }
        }
        var imported = 0
        if problems.isEmpty && !parse.observations.isEmpty {
            let used = Dictionary(
                parse.observations.compactMap { catalogue.indicator(code: $0.indicatorCode) }.map { ($0.code, $0) },
                uniquingKeysWith: { first, _ in first })
            imported = try await ObservationAudit.write(
                parse.observations, indicators: used, database: database, actor: actor, action: .importFile,
                reason: "导入文件“\(parse.fileName)”")
        }
        return ImportResult(
            fileName: parse.fileName, sheetName: parse.sheetName, encoding: parse.encoding?.rawValue,
            encodingName: parse.encoding?.displayName, rowCount: parse.rowCount, importedCount: imported,
            skippedRowCount: parse.skippedRowCount, isImported: problems.isEmpty, problems: problems)
    }

    static func problem(_ problem: ImportProblem) -> APIProblem {
        var column = problem.column
        if let letter = problem.column, let header = problem.header { column = "\(letter)（\(header)）" }
        return APIProblem(
            message: problem.reason, file: problem.fileName, row: problem.row, column: column,
            field: problem.header, code: problem.kind.rawValue)
    }
}
