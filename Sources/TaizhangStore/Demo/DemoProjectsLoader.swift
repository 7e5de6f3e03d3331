import Foundation
import TaizhangCore

/// What `DemoProjectsLoader` wrote: rows per table of the project ledger.
public struct DemoProjectsSummary: Sendable, Equatable {
    public var projects: Int
    public var stageChanges: Int
    public var progressEntries: Int
    public var matters: Int
    public var followUps: Int

    public init(projects: Int, stageChanges: Int, progressEntries: Int, matters: Int, followUps: Int) {
        self.projects = projects
        self.stageChanges = stageChanges
        self.progressEntries = progressEntries
        self.matters = matters
        self.followUps = followUps
    }
}

/// Writes the demo project ledger (`DemoProjects`) through the store's bulk seeding path (no audit per row). It
/// runs inside `DemoLoader`'s transaction, right after the demo city's org units, whose ids it reuses.
public enum DemoProjectsLoader {
    /// Loads the ledger for the demo city whose org unit ids were shifted by `orgUnitOffset`, in one transaction
    /// (joining the caller's when there is one).
    public static func load(
        into db: TaizhangDatabase, through: YearMonth, seed: UInt64, orgUnitOffset: Int64
    ) async throws -> DemoProjectsSummary {
        let ledger = DemoProjects(through: through, seed: seed, orgUnitOffset: orgUnitOffset)
        _ = try await db.withTransaction { _ in
            try await db.projects.bulkInsert(ledger.seed())
        }
        return DemoProjectsSummary(
            projects: ledger.projects.count, stageChanges: ledger.stageChanges.count,
            progressEntries: ledger.progress.count, matters: ledger.matters.count, followUps: ledger.followUps.count)
    }
}
