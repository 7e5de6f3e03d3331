import Foundation
import TaizhangCore
import TaizhangStore

/// A unit's monthly dispatch (月调度) of one month: every active project with its entry, and the zones whose
/// dispatch workflow covers them.
struct DispatchSheet: Sendable {
    let unit: OrgUnit
    let month: YearMonth
    let rows: [DispatchRow]
    let zones: [DispatchZone]
    /// The month's stored entries of these projects, digested: a form carries it to detect a concurrent save.
    let fingerprint: String

    var unreportedCount: Int { rows.filter { $0.entry == nil }.count }
}

/// One project on the dispatch screen.
struct DispatchRow: Sendable {
    let project: Project
    let unitPath: String
    /// The unit whose dispatch workflow covers the project (its zone).
    let dispatchUnitID: Int64
    /// The month's entry, nil when the project has not reported (未报).
    let entry: ProjectProgress?
    /// 今年累计完成投资 through the month before (zero in January).
    let yearBefore: Decimal
    /// 今年计划投资.
    let annualPlan: Decimal
    /// The zone's dispatch of the month is approved: the row cannot change.
    let isLocked: Bool

    /// 今年累计完成投资 including this month's entry: derived, never typed.
    var yearCompleted: Decimal { yearBefore + (entry?.completedInvestment ?? 0) }
}

/// A zone (or other dispatch unit) in view: its workflow state and who has not reported.
struct DispatchZone: Sendable {
    let unit: OrgUnit
    let state: PeriodWorkflowState
    let projectCount: Int
    /// Projects of the zone without an entry this month, in ledger order.
    let unreported: [Project]

    var reportedCount: Int { projectCount - unreported.count }
}

/// One row of a dispatch save, as typed: empty texts are blank cells.
struct DispatchInput: Sendable, Hashable {
    var projectID: Int64
    var investment: String = ""
    var funds: String = ""
    var progressNote: String = ""
    var problemNote: String = ""

    var isBlank: Bool {
        [investment, funds, progressNote, problemNote].allSatisfy {
            $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
    }
}

/// What a dispatch save did: the problems found (nothing is saved when there is any) and how many entries
/// were written.
struct DispatchSaveResult: Sendable {
    let problems: [APIProblem]
    let savedCount: Int
    var isSaved: Bool { problems.isEmpty }
}

/// A short digest of a month's entries, as `ObservationAudit.fingerprint` does for figures.
enum DispatchFingerprint {
    static func of(_ entries: [ProjectProgress]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let text = entries.sorted { $0.projectID < $1.projectID }.map { entry in
            [
                String(entry.projectID), entry.completedInvestment.plainString,
                entry.fundsInPlace?.plainString ?? "∅", entry.progressNote ?? "∅", entry.problemNote ?? "∅",
            ].joined(separator: "|")
        }.joined(separator: "\n")
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
