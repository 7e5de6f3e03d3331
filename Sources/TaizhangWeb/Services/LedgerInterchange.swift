import Foundation
import TaizhangCore
import TaizhangStore

/// The import, export and template services for callers outside the web layer (the command line), so that a
/// file imported by `taizhang import` goes through exactly the same checks as an upload.
public struct LedgerInterchange: Sendable {
    private let services: WebServices

    public init(database: TaizhangDatabase) {
        services = WebServices(database: database, configuration: WebConfiguration())
    }

    /// Imports an .xlsx or .csv atomically; problems come back in the result and then nothing is stored.
    public func importFile(data: Data, fileName: String, defaultMonth: YearMonth?) async throws -> ImportResult {
        try await services.importing.importFile(data: data, fileName: fileName, defaultMonth: defaultMonth)
    }

    /// The .xlsx export of the unit named by `unit` (code or name; the top unit when nil) and everything below it.
    public func export(unit: String?, from: YearMonth, through: YearMonth) async throws -> Data {
        let tree = try await services.orgUnits.tree()
        guard let root = try unit.map({ try resolve($0, in: tree) }) ?? tree.roots.first else {
            throw ServiceError.noUnits
        }
        return try await services.exporting.export(unit: root, from: from, through: through, tree: tree)
    }

    /// The import template for `month`, with the unit named by `unit` first.
    public func template(month: YearMonth, unit: String?) async throws -> Data {
        let tree = try await services.orgUnits.tree()
        let chosen = try unit.map { try resolve($0, in: tree) }
        return try await services.exporting.template(month: month, unit: chosen, tree: tree)
    }

    private func resolve(_ codeOrName: String, in tree: OrgTree) throws -> OrgUnit {
        guard let unit = tree.lookup(codeOrName) else { throw ServiceError.orgUnitNotFound(codeOrName) }
        return unit
    }
}
