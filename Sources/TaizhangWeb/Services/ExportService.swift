import Foundation
import NIOPosix
import TaizhangCore
import TaizhangOffice
import TaizhangStore

/// Writes observations of a unit's subtree over a month range as .xlsx (re-importable), and the empty import
/// template with the catalogue's indicators.
struct ExportService: Sendable {
    let database: TaizhangDatabase
    let orgUnits: OrgUnitService
    let indicators: IndicatorService

    /// The observations of `unit` and every unit below it from `from` through `through`.
    func export(unit: OrgUnit, from: YearMonth, through: YearMonth, tree: OrgTree) async throws -> Data {
        let catalogue = try await indicators.catalogue()
        let ids = Array(tree.subtreeIDs(of: unit.id)).sorted()
        let observations = try await database.observations.list(orgUnitIDs: ids, from: from, through: through)
        let units = tree.units.filter { ids.contains($0.id) }
        return try await NIOThreadPool.singleton.runIfActive {
            try TemporaryFile.write { url in
                try ObservationSheet.writeExport(
                    to: url, observations: observations, indicators: catalogue.indicators, orgUnits: units)
            }
        }
    }

    /// The import template for `month`, with `unit` (when given) as the unit of the pre-filled rows.
    func template(month: YearMonth, unit: OrgUnit?, tree: OrgTree) async throws -> Data {
        let catalogue = try await indicators.catalogue()
        var units = tree.units.filter { !$0.isArchived }
        if let unit, let index = units.firstIndex(where: { $0.id == unit.id }) {
            units.insert(units.remove(at: index), at: 0)
        }
        let ordered = units
        return try await NIOThreadPool.singleton.runIfActive {
            try TemporaryFile.write { url in
                try ObservationSheet.writeTemplate(
                    to: url, indicators: catalogue.indicators, orgUnits: ordered, month: month)
            }
        }
    }
}

/// Runs a writer that needs a file path and returns the bytes it wrote, removing the file afterwards.
enum TemporaryFile {
    static func write(_ body: (URL) throws -> Void) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("taizhang-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try body(url)
        return try Data(contentsOf: url)
    }
}
