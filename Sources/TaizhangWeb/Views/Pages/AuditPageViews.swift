import Foundation
import TaizhangCore
import TaizhangStore

/// One audit entry as the audit and history pages show it.
struct AuditEntryView {
    let at: String
    let username: String
    let action: String
    let entityType: String
    let entityKey: String
    let unitName: String
    let month: String
    let before: String
    let after: String
    let reason: String

    init(_ entry: AuditEntry, tree: OrgTree) {
        let row = AuditService.row(entry, tree: tree)
        at = row[0]
        username = row[1]
        action = row[2]
        entityType = row[3]
        entityKey = row[4]
        unitName = row[5]
        month = row[6]
        before = row[7]
        after = row[8]
        reason = row[9]
    }
}

/// The audit search page (留痕查询): filters, one page of entries, export links.
struct AuditPageView {
    let layout: LayoutView
    let user: String
    let entityType: String
    let unitOptions: [OptionView]
    let typeOptions: [OptionView]
    let from: String
    let to: String
    let entries: [AuditEntryView]
    let hasEntries: Bool
    let summary: String
    let exportQuery: String
    let previousLink: String?
    let nextLink: String?
}

/// The history of one figure or entity (变更记录).
struct HistoryPageView {
    let layout: LayoutView
    let title: String
    let entries: [AuditEntryView]
    let hasEntries: Bool
}
