import Foundation
import TaizhangCore

/// The subject of the figures' workflow: one org unit's month.
public struct PeriodKey: Sendable, Hashable, Codable, CustomStringConvertible {
    public var orgUnitID: Int64
    public var month: YearMonth

    public init(orgUnitID: Int64, month: YearMonth) {
        self.orgUnitID = orgUnitID
        self.month = month
    }

    /// `3/2026-10`, the audit trail's key of the period.
    public var description: String { "\(orgUnitID)/\(month)" }
}

/// Where an org unit's month stands (填报中 / 已报送 / 已审核), with who moved it last and when; version 0 and
/// draft for a month nobody has touched.
public struct PeriodWorkflowState: Sendable, Hashable {
    public var state: WorkflowState<PeriodKey>
    public var updatedBy: String?
    public var updatedAt: Date?

    public var key: PeriodKey { state.subject }
    public var status: WorkflowStatus { state.status }
    public var version: Int { state.version }
    public var reason: String? { state.reason }
    public var isLocked: Bool { state.isLocked }
}

/// One step of a period's workflow history.
public struct PeriodWorkflowStep: Sendable, Hashable {
    public var key: PeriodKey
    public var event: WorkflowEventKind
    public var from: WorkflowStatus
    public var to: WorkflowStatus
    /// The version the step produced.
    public var version: Int
    public var userID: Int64?
    public var username: String
    public var at: Date
    public var reason: String?
}

/// A zone's line on the city's review page.
public struct ZonePeriodStatus: Sendable, Hashable {
    public var zone: OrgUnit
    public var workflow: PeriodWorkflowState
    /// Not yet submitted (nor approved) after the deadline given to `zoneStatuses`.
    public var isLate: Bool
}
