import Foundation
import SQLKit
import TaizhangCore

/// A workflow per org unit × month (the figures', or the projects' monthly dispatch): reads the state, applies
/// `WorkflowMachine` events with an optimistic version check, keeps every step in its history table and the audit
/// trail, and tells writers whether a month is locked.
public struct PeriodWorkflowRepository: Sendable {
    let database: TaizhangDatabase
    let machine: WorkflowMachine
    let kind: PeriodWorkflowKind

    public init(
        database: TaizhangDatabase, machine: WorkflowMachine = .periodFigures, kind: PeriodWorkflowKind = .figures
    ) {
        self.database = database
        self.machine = machine
        self.kind = kind
    }

    /// Table names come from `PeriodWorkflowKind`'s two fixed cases only, never from input.
    private var table: SQLQueryString { "\(unsafeRaw: kind.table)" }
    private var historyTable: SQLQueryString { "\(unsafeRaw: kind.historyTable)" }

    static let columns = ["org_unit_id", "month", "status", "version", "updated_by", "updated_at", "reason"]

    /// The state of one unit's month (draft, version 0 when nobody has touched it).
    public func state(orgUnitID: Int64, month: YearMonth) async throws -> PeriodWorkflowState {
        try await database.withConnection { sql in
            try await read(PeriodKey(orgUnitID: orgUnitID, month: month), on: sql)
        }
    }

    /// The states of several units' months at once.
    public func states(orgUnitIDs: [Int64], month: YearMonth) async throws -> [Int64: PeriodWorkflowState] {
        guard !orgUnitIDs.isEmpty else { return [:] }
        let rows = try await database.withConnection { sql in
            try await sql.select().columns(Self.columns).from(kind.table)
                .where("month", .equal, SQLValues.integer(month.key))
                .where("org_unit_id", .in, SQLGroupExpression(orgUnitIDs.map(SQLValues.integer)))
                .all()
        }
        var result: [Int64: PeriodWorkflowState] = [:]
        for id in orgUnitIDs { result[id] = Self.untouched(PeriodKey(orgUnitID: id, month: month)) }
        for row in rows {
            let state = try Self.decode(row)
            result[state.key.orgUnitID] = state
        }
        return result
    }

    /// Applies `event` to the unit's month if it is still at `expectedVersion` (what the user's page showed);
    /// otherwise throws `AccessStoreError.workflowConflict`. In the same transaction: the step enters the history
    /// and the audit trail, and for the figures' workflow the observations' status follows.
    @discardableResult
    public func apply(
        _ event: WorkflowEvent, orgUnitID: Int64, month: YearMonth, expectedVersion: Int, by actor: AuditActor,
        at now: Date = Date()
    ) async throws -> PeriodWorkflowState {
        let key = PeriodKey(orgUnitID: orgUnitID, month: month)
        return try await database.withTransaction { sql in
            guard let unit = try await database.orgUnits.find(id: orgUnitID) else {
                throw StoreError.orgUnitNotFound(id: orgUnitID)
            }
            let current = try await read(key, on: sql)
            guard current.version == expectedVersion else {
                throw AccessStoreError.workflowConflict(
                    unit: unit.name, month: month, expected: expectedVersion, actual: current.version,
                    by: current.updatedBy)
            }
            let next = try machine.apply(event, to: current.state)
            let stamp = SQLValues.timestamp(now)
            // The version in the WHERE clause (and the key on insert) is what makes the check hold when two
            // writers on different instances race past the read above.
            let changed: Bool
            if current.version == 0 {
                // ON CONFLICT DO NOTHING rather than catching the violation: on PostgreSQL a failed statement
                // aborts the whole transaction, and the conflict is reported after one more read.
                let rows = try await sql.raw(
                    """
                    INSERT INTO \(table) (org_unit_id, month, status, version, updated_by, updated_at, reason)
                    VALUES (\(SQLValues.integer(orgUnitID)), \(SQLValues.integer(month.key)),
                            \(bind: next.status.rawValue), \(SQLValues.integer(next.version)),
                            \(bind: actor.username), \(bind: stamp), \(SQLValues.bindOrNull(next.reason)))
                    ON CONFLICT (org_unit_id, month) DO NOTHING
                    RETURNING version
                    """
                ).all()
                changed = !rows.isEmpty
            } else {
                let rows = try await sql.raw(
                    """
                    UPDATE \(table)
                    SET status = \(bind: next.status.rawValue), version = \(SQLValues.integer(next.version)),
                        updated_by = \(bind: actor.username), updated_at = \(bind: stamp),
                        reason = \(SQLValues.bindOrNull(next.reason))
                    WHERE org_unit_id = \(SQLValues.integer(orgUnitID)) AND month = \(SQLValues.integer(month.key))
                      AND version = \(SQLValues.integer(current.version))
                    RETURNING version
                    """
                ).all()
                changed = !rows.isEmpty
            }
            guard changed else {
                let latest = try await read(key, on: sql)
                throw AccessStoreError.workflowConflict(
                    unit: unit.name, month: month, expected: expectedVersion, actual: latest.version,
                    by: latest.updatedBy)
            }
            try await sql.raw(
                """
                INSERT INTO \(historyTable)
                    (org_unit_id, month, event, from_status, to_status, version, user_id, username, at, reason)
                VALUES (\(SQLValues.integer(orgUnitID)), \(SQLValues.integer(month.key)), \(bind: event.kind.rawValue),
                        \(bind: current.status.rawValue), \(bind: next.status.rawValue), \(SQLValues.integer(next.version)),
                        \(SQLValues.integerOrNull(actor.userID)), \(bind: actor.username), \(bind: stamp),
                        \(SQLValues.bindOrNull(next.reason)))
                """
            ).run()
            if kind.followsObservations {
                _ = try await database.observations.setStatus(orgUnitID: orgUnitID, month: month, status: next.status)
            }
            let snapshot = { (state: WorkflowState<PeriodKey>) in
                AuditEntry.json(["status": state.status.rawValue, "version": String(state.version)])
            }
            try await AuditRepository(database: database).append(
                [
                    AuditEntry(
                        at: now, actor: actor, action: AuditAction(event.kind), entityType: kind.entityType,
                        entityKey: key.description, orgUnitID: orgUnitID, month: month, before: snapshot(current.state),
                        after: snapshot(next), reason: next.reason)
                ],
                on: sql)
            return PeriodWorkflowState(state: next, updatedBy: actor.username, updatedAt: UserRepository.second(now))
        }
    }

    /// Every step of a unit's month, oldest first.
    public func history(orgUnitID: Int64, month: YearMonth) async throws -> [PeriodWorkflowStep] {
        try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT event, from_status, to_status, version, user_id, username, at, reason
                FROM \(historyTable)
                WHERE org_unit_id = \(SQLValues.integer(orgUnitID)) AND month = \(SQLValues.integer(month.key))
                ORDER BY id
                """
            ).all().map { row in
                guard let event = WorkflowEventKind(rawValue: try row.decode(column: "event", as: String.self)),
                    let from = WorkflowStatus(rawValue: try row.decode(column: "from_status", as: String.self)),
                    let to = WorkflowStatus(rawValue: try row.decode(column: "to_status", as: String.self))
                else { throw StoreError.engine("unreadable row in \(kind.historyTable)") }
                return PeriodWorkflowStep(
                    key: PeriodKey(orgUnitID: orgUnitID, month: month), event: event, from: from, to: to,
                    version: try row.decode(column: "version", as: Int.self), userID: try row.optionalInt64("user_id"),
                    username: try row.decode(column: "username", as: String.self),
                    at: try UserRepository.date(row.decode(column: "at", as: String.self))
                        ?? Date(timeIntervalSince1970: 0),
                    reason: try row.optionalString("reason"))
            }
        }
    }

    /// The zones of a city (or any unit) with their month's state, in the city's order: the city's review page.
    /// A zone is late when `deadline` has passed and its month is still being filled in.
    public func zoneStatuses(
        in orgUnitID: Int64, month: YearMonth, deadline: Date? = nil, now: Date = Date()
    )
        async throws -> [ZonePeriodStatus]
    {
        let tree = OrgTree(try await database.orgUnits.all())
        let zones = tree.zones(in: orgUnitID)
        let states = try await states(orgUnitIDs: zones.map(\.id), month: month)
        return zones.map { zone in
            let workflow = states[zone.id]!
            let late = deadline.map { now >= $0 } == true && workflow.status == .draft
            return ZonePeriodStatus(zone: zone, workflow: workflow, isLate: late)
        }
    }

    /// Whether figures of the unit's month may not change: its own month or the month of a unit above it
    /// (a zone approved with its parks) is approved. Call it on the writer's transaction before changing figures.
    public func lockingUnit(orgUnitID: Int64, month: YearMonth, on sql: any SQLDatabase) async throws -> Int64? {
        try await sql.raw(
            """
            WITH RECURSIVE chain (id, parent_id, depth) AS (
                SELECT id, parent_id, 0 FROM org_units WHERE id = \(SQLValues.integer(orgUnitID))
                UNION ALL
                SELECT o.id, o.parent_id, c.depth + 1 FROM org_units o JOIN chain c ON o.id = c.parent_id
                WHERE c.depth < 16
            )
            SELECT w.org_unit_id FROM \(table) w JOIN chain c ON w.org_unit_id = c.id
            WHERE w.month = \(SQLValues.integer(month.key)) AND w.status = \(bind: WorkflowStatus.approved.rawValue)
            ORDER BY c.depth LIMIT 1
            """
        ).first()?.decode(column: "org_unit_id", as: Int64.self)
    }

    /// Throws `AccessStoreError.periodLocked` (the dispatch: `ProjectStoreError.dispatchLocked`) when the unit's
    /// month is locked (see `lockingUnit`).
    public func requireUnlocked(orgUnitID: Int64, month: YearMonth, on sql: any SQLDatabase) async throws {
        guard let locking = try await lockingUnit(orgUnitID: orgUnitID, month: month, on: sql) else { return }
        let name = try await database.orgUnits.find(id: locking)?.name ?? String(locking)
        throw kind.lockedError(unit: name, month: month)
    }

    /// Like `requireUnlocked(orgUnitID:month:on:)` for many periods at once (a whole import file): two queries
    /// instead of one per period. Periods are checked in order of unit and month, so the message is stable.
    public func requireUnlocked(_ periods: Set<PeriodKey>, on sql: any SQLDatabase) async throws {
        let months = periods.map(\.month.key)
        guard let first = months.min(), let last = months.max() else { return }
        let approved = try await sql.raw(
            """
            SELECT org_unit_id, month FROM \(table)
            WHERE status = \(bind: WorkflowStatus.approved.rawValue)
            AND month BETWEEN \(SQLValues.integer(first)) AND \(SQLValues.integer(last))
            """
        ).all()
        guard !approved.isEmpty else { return }
        var locked: Set<PeriodKey> = []
        for row in approved {
            guard let month = YearMonth(key: try row.decode(column: "month", as: Int.self)) else { continue }
            locked.insert(PeriodKey(orgUnitID: try row.decode(column: "org_unit_id", as: Int64.self), month: month))
        }
        var parentOf: [Int64: Int64] = [:]
        for row in try await sql.raw("SELECT id, parent_id FROM org_units").all() {
            if let parent = try row.decode(column: "parent_id", as: Int64?.self) {
                parentOf[try row.decode(column: "id", as: Int64.self)] = parent
            }
        }
        for period in periods.sorted(by: { ($0.orgUnitID, $0.month.key) < ($1.orgUnitID, $1.month.key) }) {
            // The unit itself, then its ancestors: an approved zone locks its parks too.
            var unit: Int64? = period.orgUnitID
            var depth = 0
            while let current = unit, depth <= 16 {
                if locked.contains(PeriodKey(orgUnitID: current, month: period.month)) {
                    let name = try await database.orgUnits.find(id: current)?.name ?? String(current)
                    throw kind.lockedError(unit: name, month: period.month)
                }
                unit = parentOf[current]
                depth += 1
            }
        }
    }

    func read(_ key: PeriodKey, on sql: any SQLDatabase) async throws -> PeriodWorkflowState {
        let row = try await sql.select().columns(Self.columns).from(kind.table)
            .where("org_unit_id", .equal, SQLValues.integer(key.orgUnitID))
            .where("month", .equal, SQLValues.integer(key.month.key)).first()
        return try row.map(Self.decode) ?? Self.untouched(key)
    }

    static func untouched(_ key: PeriodKey) -> PeriodWorkflowState {
        PeriodWorkflowState(state: WorkflowState(subject: key), updatedBy: nil, updatedAt: nil)
    }

    static func decode(_ row: any SQLRow) throws -> PeriodWorkflowState {
        let statusText = try row.decode(column: "status", as: String.self)
        guard let status = WorkflowStatus(rawValue: statusText),
            let month = YearMonth(key: try row.decode(column: "month", as: Int.self))
        else { throw StoreError.engine("unreadable row of a period workflow") }
        let key = PeriodKey(orgUnitID: try row.decode(column: "org_unit_id", as: Int64.self), month: month)
        return PeriodWorkflowState(
            state: WorkflowState(
                subject: key, status: status, version: try row.decode(column: "version", as: Int.self),
                reason: try row.optionalString("reason")),
            updatedBy: try row.optionalString("updated_by"),
            updatedAt: try UserRepository.date(row.optionalString("updated_at")))
    }
}

/// Which per-month workflow a `PeriodWorkflowRepository` drives: the same machine and columns, its own tables.
public struct PeriodWorkflowKind: Sendable, Hashable {
    let table: String
    let historyTable: String
    /// The audit trail's `entityType` of a step.
    let entityType: String
    /// Whether the observations' status follows the workflow (the figures' only).
    let followsObservations: Bool

    /// The figures' workflow (填报 → 报送 → 审核) in `period_workflow`.
    public static let figures = PeriodWorkflowKind(
        table: "period_workflow", historyTable: "period_workflow_history", entityType: "period",
        followsObservations: true)

    /// The projects' monthly dispatch (月调度) per zone × month, in `dispatch_workflow`; an approved month locks
    /// the progress of every project of the zone.
    public static let dispatch = PeriodWorkflowKind(
        table: "dispatch_workflow", historyTable: "dispatch_workflow_history", entityType: "dispatch",
        followsObservations: false)

    func lockedError(unit: String, month: YearMonth) -> any Error {
        followsObservations
            ? AccessStoreError.periodLocked(unit: unit, month: month)
            : ProjectStoreError.dispatchLocked(zone: unit, month: month)
    }
}
