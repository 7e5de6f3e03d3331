import Foundation
import SQLKit
import TaizhangCore
import TaizhangStore

/// The monthly review workflow of an org unit's figures (填报中 → 已报送 → 已审核, 退回 / 重新打开 with a reason),
/// driven through `PeriodWorkflowRepository`; and the lock that keeps approved months unchanged.
struct WorkflowService: Sendable {
    let database: TaizhangDatabase
    /// A month is late after this day of the following month (Beijing time) while still being filled in.
    let deadlineDay: Int

    var repository: PeriodWorkflowRepository { database.periodWorkflow }

    func state(unit: OrgUnit, month: YearMonth) async throws -> PeriodWorkflowState {
        try await repository.state(orgUnitID: unit.id, month: month)
    }

    func history(unit: OrgUnit, month: YearMonth) async throws -> [PeriodWorkflowStep] {
        try await repository.history(orgUnitID: unit.id, month: month)
    }

    /// Applies a step on behalf of `user`; the version is what her page showed, so a concurrent step is reported.
    @discardableResult
    func apply(
        _ kind: WorkflowEventKind, unit: OrgUnit, month: YearMonth, expectedVersion: Int, reason: String?, user: User
    ) async throws -> PeriodWorkflowState {
        let event = WorkflowEvent(kind: kind, reason: reason?.trimmingCharacters(in: .whitespacesAndNewlines))
        return try await repository.apply(
            event, orgUnitID: unit.id, month: month, expectedVersion: expectedVersion, by: AuditActor(user))
    }

    /// The zones under `unit` (a city, usually) with their month's status, limited to `readable` (nil: all).
    func review(unit: OrgUnit, month: YearMonth, readable: Set<Int64>?, now: Date = Date()) async throws
        -> [ZonePeriodStatus]
    {
        try await repository.zoneStatuses(in: unit.id, month: month, deadline: deadline(of: month), now: now)
            .filter { readable?.contains($0.zone.id) ?? true }
    }

    /// The end of the deadline day of the month after `month`, Beijing time.
    func deadline(of month: YearMonth) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let next = month.next
        let day = DateComponents(year: next.year, month: next.month, day: deadlineDay)
        let start = calendar.date(from: day) ?? Date.distantFuture
        return calendar.date(byAdding: .day, value: 1, to: start) ?? start
    }

    /// Refuses (`AccessStoreError.periodLocked`, naming unit and month) when any of `periods` is approved; call
    /// inside the writer's transaction so the check and the write see the same state.
    static func requireUnlocked(
        _ periods: Set<PeriodKey>, database: TaizhangDatabase, on sql: any SQLDatabase
    ) async throws {
        try await database.periodWorkflow.requireUnlocked(periods, on: sql)
    }
}
