import Foundation
import TaizhangCore
import TaizhangStore

/// The status line and 报送 button above a unit's month on the entry page.
struct WorkflowPanelView {
    let statusName: String
    let statusClass: String
    let version: Int
    let isLocked: Bool
    let canSubmit: Bool
    let reason: String?
    let updatedBy: String?

    init(_ state: PeriodWorkflowState, canSubmit: Bool) {
        statusName = WorkflowVocabulary.periodFigures.name(of: state.status) + (state.isLocked ? "（锁定）" : "")
        statusClass = state.status.rawValue
        version = state.version
        isLocked = state.isLocked
        self.canSubmit = canSubmit && state.status == .draft
        reason = state.reason
        updatedBy = state.updatedBy
    }
}

/// The city's review page: each zone's month with its status and the reviewer's actions.
struct ReviewPageView {
    let layout: LayoutView
    let unitID: Int64
    let month: String
    let monthName: String
    let deadline: String
    let rows: [ReviewRowView]
    let hasRows: Bool
}

/// One zone on the review page.
struct ReviewRowView {
    let zoneID: Int64
    let zoneName: String
    /// 未报送 / 逾期 / 已报送 / 已审核.
    let statusName: String
    let statusClass: String
    let version: Int
    let updatedBy: String?
    let reason: String?
    let canApprove: Bool
    let canReturn: Bool
    let canReopen: Bool
    let entryLink: String

    init(_ status: ZonePeriodStatus, month: YearMonth, grant: AccessGrant, tree: OrgTree) {
        let workflow = status.workflow
        zoneID = status.zone.id
        zoneName = status.zone.name
        (statusName, statusClass) = Self.label(workflow.status, isLate: status.isLate)
        version = workflow.version
        updatedBy = workflow.updatedBy
        reason = workflow.reason
        func may(_ action: Action) -> Bool {
            AccessPolicy.decide(grant, action, targetUnitID: status.zone.id, tree: tree).isAllowed
        }
        canApprove = workflow.status == .submitted && may(.approveMonth)
        canReturn = workflow.status == .submitted && may(.returnMonth)
        canReopen = workflow.status == .approved && may(.reopenMonth)
        entryLink = "/entry?unit=\(status.zone.id)&month=\(month.description)"
    }

    static func label(_ status: WorkflowStatus, isLate: Bool) -> (String, String) {
        switch status {
        case .draft: isLate ? ("逾期", "late") : ("未报送", "draft")
        case .submitted: ("已报送", "submitted")
        case .approved: ("已审核", "approved")
        }
    }
}
