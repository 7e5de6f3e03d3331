import Foundation
import NIOPosix
import TaizhangCore
import TaizhangOffice
import TaizhangStore

/// Imports an uploaded .xlsx or .csv of observations: TaizhangOffice parses it, and either every row is stored
/// in one atomic upsert or, when any problem is found, nothing is stored and every problem is returned.
///
/// Parsing and storing overlap: good rows are written in batches inside one transaction while the rest of the
/// file is still being read, and the transaction rolls back when the file turns out to have a problem.
struct ImportService: Sendable {
    let database: TaizhangDatabase
    let orgUnits: OrgUnitService
    let indicators: IndicatorService

    /// Rows per batch handed from the parser to the writer.
    static let batchSize = 10_000

    /// File names end in .xlsx (also .xlsm) or .csv; the content decides in the end.
    static func isSupported(fileName: String) -> Bool {
        let lower = fileName.lowercased()
        return [".xlsx", ".xlsm", ".csv", ".txt"].contains { lower.hasSuffix($0) }
    }

    /// What the parser tells the writer, in order: batches of good rows, then how reading ended.
    private enum ParseEvent: Sendable {
        case batch([Observation])
        case finished(ObservationSheetParse)
        case unreadable(String)
        case failed(any Error)
    }

    /// Raised inside the transaction to roll it back when the file has problems.
    private struct Rejected: Error {}

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
        let (events, continuation) = AsyncStream.makeStream(of: ParseEvent.self)
        async let parsing: Void = Self.parse(
            data: data, fileName: fileName, defaultMonth: defaultMonth, catalogue: catalogue, tree: tree,
            into: continuation)

        var outcome: ParseEvent?
        var outside: Set<Int64> = []
        var imported = 0
        do {
            imported = try await database.withTransaction { _ in
                var written = 0
                for await event in events {
                    guard case .batch(let batch) = event else {
                        outcome = event
                        continue
                    }
                    // After a row outside the user's scope nothing more is written; the rest is only read.
                    if let permittedUnitIDs {
                        outside.formUnion(Set(batch.map(\.orgUnitID)).subtracting(permittedUnitIDs))
                    }
                    guard outside.isEmpty else { continue }
                    written += try await store(batch, catalogue: catalogue, actor: actor, fileName: fileName)
                }
                guard case .finished(let parse) = outcome, parse.problems.isEmpty, outside.isEmpty else {
                    throw Rejected()
                }
                if let permittedUnitIDs {
                    outside.formUnion(Set(parse.observations.map(\.orgUnitID)).subtracting(permittedUnitIDs))
                    if !outside.isEmpty { throw Rejected() }
                }
                return written + (try await store(parse.observations, catalogue: catalogue, actor: actor, fileName: fileName))
            }
        } catch is Rejected {
            imported = 0
        }
        await parsing

        switch outcome {
        case .unreadable(let message):
            // The file could not be read at all (not a workbook, damaged, too large inside).
            return ImportResult(
                fileName: fileName, sheetName: nil, encoding: nil, encodingName: nil, rowCount: 0, importedCount: 0,
                skippedRowCount: 0, isImported: false,
                problems: [APIProblem(message: message, file: fileName, code: "unreadable_file")])
        case .failed(let error):
            throw error
        case .finished(let parse):
            var problems = parse.problems.map(Self.problem)
            for id in outside.sorted() {
                let name = tree.unit(id: id)?.name ?? "编号 \(id)"
                problems.append(
                    APIProblem(
                        message: "文件中有“\(name)”的数据，该组织不在您的管辖范围内，整个文件未导入。", file: fileName,
                        code: "out_of_scope"))
            }
            return ImportResult(
                fileName: parse.fileName, sheetName: parse.sheetName, encoding: parse.encoding?.rawValue,
                encodingName: parse.encoding?.displayName, rowCount: parse.rowCount,
                importedCount: problems.isEmpty ? imported : 0, skippedRowCount: parse.skippedRowCount,
                isImported: problems.isEmpty, problems: problems)
        case .batch, nil:
            // The stream only ends without an outcome when the import was cancelled.
            throw CancellationError()
        }
    }

    /// Reads the file on the thread pool (seconds of CPU for a large workbook), sending batches as they fill.
    private static func parse(
        data: Data, fileName: String, defaultMonth: YearMonth?, catalogue: IndicatorCatalogue, tree: OrgTree,
        into continuation: AsyncStream<ParseEvent>.Continuation
    ) async {
        defer { continuation.finish() }
        let batches = ObservationBatches(size: batchSize) { continuation.yield(.batch($0)) }
        do {
            let parse = try await NIOThreadPool.singleton.runIfActive {
                try ObservationSheet.parse(
                    data: data, fileName: fileName,
                    resolveOrgUnit: { text in tree.lookup(text).flatMap { $0.isArchived ? nil : $0 } },
                    resolveIndicator: { catalogue.resolve($0) },
                    suggestIndicator: { catalogue.suggestions(for: $0).map(\.name) }, defaultMonth: defaultMonth,
                    batches: batches)
            }
            continuation.yield(.finished(parse))
        } catch let error as any UserFacingError {
            continuation.yield(.unreadable(error.userMessage))
        } catch {
            continuation.yield(.failed(error))
        }
    }

    /// Writes one batch with its audit entries, inside the import's transaction.
    private func store(
        _ observations: [Observation], catalogue: IndicatorCatalogue, actor: AuditActor, fileName: String
    ) async throws -> Int {
        guard !observations.isEmpty else { return 0 }
        let used = Dictionary(
            observations.compactMap { catalogue.indicator(code: $0.indicatorCode) }.map { ($0.code, $0) },
            uniquingKeysWith: { first, _ in first })
        return try await ObservationAudit.write(
            observations, indicators: used, database: database, actor: actor, action: .importFile,
            reason: "导入文件“\(fileName)”")
    }

    static func problem(_ problem: ImportProblem) -> APIProblem {
        var column = problem.column
        if let letter = problem.column, let header = problem.header { column = "\(letter)（\(header)）" }
        return APIProblem(
            message: problem.reason, file: problem.fileName, row: problem.row, column: column,
            field: problem.header, code: problem.kind.rawValue)
    }
}
