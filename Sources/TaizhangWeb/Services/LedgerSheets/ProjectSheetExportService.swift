import Foundation
import NIOPosix
import TaizhangCore
import TaizhangOffice
import TaizhangStore

/// A written project ledger sheet and the names to download it under.
public struct ProjectSheetExport: Sendable {
    public let data: Data
    /// “甲开发区2026年1—10月重点项目推进情况表.xlsx”.
    public let fileName: String
    /// “projects-T-A-2026-10.xlsx”, for clients that cannot take a Chinese file name.
    public let asciiFileName: String
    public let projectCount: Int
}

/// Writes the project ledger of a unit's subtree for month M in the office's 17-column layout, so that the file
/// imports back unchanged: 今年累计 from the stored reports through M, 本月 and the notes from M's own report
/// (blank when the project did not report), and a 所属单位 column whenever the projects lie in more than one unit.
struct ProjectSheetExportService: Sendable {
    let database: TaizhangDatabase

    /// `readable` (nil: all) narrows the subtree to the units the user may read.
    func export(
        unit: OrgUnit, month: YearMonth, tree: OrgTree, readable: Set<Int64>?
    ) async throws -> ProjectSheetExport {
        var unitIDs = tree.subtreeIDs(of: unit.id)
        if let readable { unitIDs.formIntersection(readable) }
        let projects = try await database.projects.list(ProjectFilter(orgUnitIDs: unitIDs))
        let ids = projects.compactMap(\.id)
        // A long IN list costs more than reading the month for every project (as the ledger page does).
        let only = ids.count <= 2_000 ? ids : nil
        async let totalsRead = database.projects.yearToDate(through: month, projectIDs: only)
        async let reportsRead = database.projects.progress(month: month, projectIDs: only)
        let totals = try await totalsRead
        let reports = Dictionary(try await reportsRead.map { ($0.projectID, $0) }, uniquingKeysWith: { $1 })

        let rows = projects.map { project in
            let id = project.id ?? 0
            let report = reports[id]
            return ProjectSheetExportRow(
                project: project, yearToDateCompleted: totals[id]?.yearCompleted,
                monthCompleted: report?.completedInvestment, progressNote: report?.progressNote,
                problemNote: report?.problemNote)
        }
        let names = Self.orgUnitNames(for: projects, exportedUnit: unit, unitIDs: unitIDs, tree: tree)
        let title = ProjectSheet.title(orgUnitName: unit.name, month: month)
        let data = try await NIOThreadPool.singleton.runIfActive {
            try ProjectSheet.write(rows: rows, title: title, month: month, orgUnitNames: names)
        }
        return ProjectSheetExport(
            data: data, fileName: "\(title).xlsx", asciiFileName: "projects-\(unit.code)-\(month.description).xlsx",
            projectCount: rows.count)
    }

    /// The 所属单位 column's texts, for an export of several units (the exported unit has units below it, or a
    /// project lies outside it); nil for a single unit's sheet, which the import then reads with that unit chosen.
    /// A name shared by two units would not find its unit again, so such a unit is written by its code.
    static func orgUnitNames(
        for projects: [Project], exportedUnit: OrgUnit, unitIDs: Set<Int64>, tree: OrgTree
    ) -> [Int64: String]? {
        let projectUnitIDs = Set(projects.map(\.orgUnitID))
        guard unitIDs.count > 1 || projectUnitIDs.contains(where: { $0 != exportedUnit.id }) else { return nil }
        var names: [Int64: String] = [:]
        for id in projectUnitIDs.union(unitIDs) {
            guard let unit = tree.unit(id: id) else { continue }
            names[id] = tree.lookup(unit.name)?.id == id ? unit.name : unit.code
        }
        return names
    }
}
