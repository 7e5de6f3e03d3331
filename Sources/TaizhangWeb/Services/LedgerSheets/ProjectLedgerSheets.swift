import Foundation
import TaizhangCore
import TaizhangStore

/// The project ledger sheet's import and export for callers outside the web layer (`taizhang projects`), so that
/// a file imported from the command line goes through exactly the checks of an upload.
public struct ProjectLedgerSheets: Sendable {
    private let orgUnits: OrgUnitService
    private let importing: ProjectSheetImportService
    private let exporting: ProjectSheetExportService

    public init(database: TaizhangDatabase) {
        orgUnits = OrgUnitService(database: database)
        importing = ProjectSheetImportService(database: database)
        exporting = ProjectSheetExportService(database: database)
    }

    /// Imports an .xlsx or .csv ledger sheet atomically; problems come back in the result and then nothing is
    /// stored. `month` nil takes it from the title; `unit` (code or name) is the unit of lines without 所属单位.
    public func importFile(
        data: Data, fileName: String, month: YearMonth?, unit: String?, actor: AuditActor = .commandLine
    ) async throws -> ProjectSheetImportResult {
        let tree = try await orgUnits.tree()
        let defaultUnit = try unit.map { try resolve($0, in: tree) }
        return try await importing.importSheet(
            ProjectSheetUpload(
                data: data, fileName: fileName, month: month, defaultOrgUnitID: defaultUnit?.id, permittedUnitIDs: nil,
                actor: actor))
    }

    /// The ledger sheet of the unit named by `unit` (code or name; the top unit when nil) and everything below it.
    public func export(unit: String?, month: YearMonth) async throws -> ProjectSheetExport {
        let tree = try await orgUnits.tree()
        guard let root = try unit.map({ try resolve($0, in: tree) }) ?? tree.roots.first else {
            throw ServiceError.noUnits
        }
        return try await exporting.export(unit: root, month: month, tree: tree, readable: nil)
    }

    private func resolve(_ codeOrName: String, in tree: OrgTree) throws -> OrgUnit {
        guard let unit = tree.lookup(codeOrName) else { throw ServiceError.orgUnitNotFound(codeOrName) }
        return unit
    }
}

extension WebServices {
    /// The ledger sheet's import over the same store; built on demand, as it holds no state of its own.
    var projectSheetImport: ProjectSheetImportService { ProjectSheetImportService(database: importing.database) }

    /// The ledger sheet's export over the same store.
    var projectSheetExport: ProjectSheetExportService { ProjectSheetExportService(database: importing.database) }
}
