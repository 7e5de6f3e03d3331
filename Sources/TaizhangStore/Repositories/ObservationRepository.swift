import Foundation
import SQLKit
import TaizhangCore

/// Reads and writes observations (indicator × org unit × month), with figures stored as exact scaled integers.
public struct ObservationRepository: Sendable {
    let database: TaizhangDatabase

    static let columns = [
        "org_unit_id", "indicator_code", "month", "monthly", "cumulative", "prior_cumulative", "published_growth",
        "note", "override_reason", "status", "updated_at",
    ]
    static let key = ["org_unit_id", "indicator_code", "month"]

    /// Inserts or replaces the observations (by org unit, indicator and month) atomically: every value is encoded
    /// before anything is written, and all batches share one transaction. `indicators` gives each code's unit.
    /// When the list holds one key twice, the later observation wins. Returns the number of rows written.
    @discardableResult
    public func upsert(_ observations: [Observation], indicators: [String: Indicator]) async throws -> Int {
        guard !observations.isEmpty else { return 0 }
        let rows = try await encode(observations, indicators: indicators)
            .lastPerKey { RowKey(orgUnitID: $0.orgUnitID, indicatorCode: $0.indicatorCode, month: $0.month) }
        let updates = Self.columns.filter { !Self.key.contains($0) }.map { "\($0) = excluded.\($0)" }
        let statement = """
            INSERT INTO observations (\(Self.columns.joined(separator: ", "))) VALUES
            """
        let conflict = "ON CONFLICT (\(Self.key.joined(separator: ", "))) DO UPDATE SET \(updates.joined(separator: ", "))"
        let statuses = WorkflowStatus.allCases.map(\.rawValue)
        try await database.withTransaction { sql in
            for chunk in rows.chunked(SQLValues.batchSize) {
                // Shared texts: the timestamp, then the workflow statuses.
                var values = BulkRows(shared: [SQLValues.timestamp()] + statuses)
                values.rows.reserveCapacity(chunk.count)
                for row in chunk {
                    values.rows.append([
                        .integer(row.orgUnitID), .text(row.indicatorCode), .integer(Int64(row.month)),
                        .integer(row.monthly), .integer(row.cumulative), .integer(row.priorCumulative),
                        .integer(row.publishedGrowth), .text(row.note), .text(row.overrideReason),
                        .shared(1 + (statuses.firstIndex(of: row.status) ?? 0)), .shared(0),
                    ])
                }
                try await sql.raw("\(unsafeRaw: statement) \(values) \(unsafeRaw: conflict)").run()
            }
        }
        return rows.count
    }

    /// Observations of the given units from `from` through `through` (inclusive), optionally only some
    /// indicators; ordered by org unit, indicator and month.
    public func list(
        orgUnitIDs: [Int64], indicatorCodes: [String]? = nil, from: YearMonth, through: YearMonth
    ) async throws -> [Observation] {
        guard !orgUnitIDs.isEmpty, indicatorCodes?.isEmpty != true, from <= through else { return [] }
        return try await database.withConnection { sql in
            let scales = try await Self.scales(on: sql)
            let query = sql.select().columns(Self.columns).from("observations")
                .where("org_unit_id", .in, orgUnitIDs)
                .where("month", .greaterThanOrEqual, from.key)
                .where("month", .lessThanOrEqual, through.key)
            if let indicatorCodes { query.where("indicator_code", .in, indicatorCodes) }
            return try await query.orderBy("org_unit_id").orderBy("indicator_code").orderBy("month").all()
                .map { try Self.decode($0, scales: scales) }
        }
    }

    /// Observations of the given units in the given months only (a report's period end, the same month a year
    /// before, last December), in one query; ordered by org unit, indicator and month.
    public func list(orgUnitIDs: [Int64], months: Set<YearMonth>) async throws -> [Observation] {
        guard !orgUnitIDs.isEmpty, !months.isEmpty else { return [] }
        return try await database.withConnection { sql in
            let scales = try await Self.scales(on: sql)
            return try await sql.select().columns(Self.columns).from("observations")
                .where("org_unit_id", .in, orgUnitIDs)
                .where("month", .in, months.map(\.key).sorted())
                .orderBy("org_unit_id").orderBy("indicator_code").orderBy("month").all()
                .map { try Self.decode($0, scales: scales) }
        }
    }

    /// All observations of one unit in one month, ordered by indicator code.
    public func month(orgUnitID: Int64, month: YearMonth) async throws -> [Observation] {
        try await list(orgUnitIDs: [orgUnitID], from: month, through: month)
    }

    /// How many observations are stored.
    public func count() async throws -> Int {
        try await database.withConnection { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM observations").first()?.decode(column: "n", as: Int.self) ?? 0
        }
    }

    /// Sets the workflow status of every observation of a unit's month (submit, approve, reopen); returns how
    /// many observations it changed.
    @discardableResult
    public func setStatus(orgUnitID: Int64, month: YearMonth, status: WorkflowStatus) async throws -> Int {
        try await database.withTransaction { sql in
            let before = try await Self.countMonth(orgUnitID: orgUnitID, month: month, on: sql)
            try await sql.update("observations")
                .set("status", to: status.rawValue).set("updated_at", to: SQLValues.timestamp())
                .where("org_unit_id", .equal, orgUnitID).where("month", .equal, month.key)
                .run()
            return before
        }
    }

    /// Deletes one observation; returns whether it existed.
    @discardableResult
    public func delete(orgUnitID: Int64, month: YearMonth, indicatorCode: String) async throws -> Bool {
        try await database.withTransaction { sql in
            let existing = try await sql.select().column("month").from("observations")
                .where("org_unit_id", .equal, orgUnitID).where("month", .equal, month.key)
                .where("indicator_code", .equal, indicatorCode).first()
            guard existing != nil else { return false }
            try await sql.delete(from: "observations")
                .where("org_unit_id", .equal, orgUnitID).where("month", .equal, month.key)
                .where("indicator_code", .equal, indicatorCode).run()
            return true
        }
    }

    // MARK: - Encoding and decoding

    struct RowKey: Hashable {
        var orgUnitID: Int64
        var indicatorCode: String
        var month: Int
    }

    /// One observation as stored: scaled integers and raw texts.
    struct Row: Sendable {
        var orgUnitID: Int64
        var indicatorCode: String
        var month: Int
        var monthly: Int64?
        var cumulative: Int64?
        var priorCumulative: Int64?
        var publishedGrowth: Int64?
        var note: String?
        var overrideReason: String?
        var status: String
    }

    private func encode(_ observations: [Observation], indicators: [String: Indicator]) async throws -> [Row] {
        var rows: [Row] = []
        rows.reserveCapacity(observations.count)
        let scales = indicators.mapValues { AmountScale($0.unit) }
        for observation in observations {
            guard let indicator = indicators[observation.indicatorCode], let scale = scales[indicator.code] else {
                throw StoreError.indicatorNotFound(observation.indicatorCode)
            }
            try TextLimits.check(observation.note, field: "备注", limit: TextLimits.note)
            try TextLimits.check(observation.overrideReason, field: "说明原因", limit: TextLimits.note)
            // Encoding is checked synchronously; only a failure (rare) awaits the unit's name for its message.
            var failure: (field: String, value: Decimal)?
            func scaled(_ value: Decimal?, in scale: AmountScale, field: String) -> Int64? {
                guard let value, failure == nil else { return nil }
                if let stored = scale.encode(value) { return stored }
                failure = (field, value)
                return nil
            }
            let row = Row(
                orgUnitID: observation.orgUnitID, indicatorCode: observation.indicatorCode,
                month: observation.month.key,
                monthly: scaled(observation.monthly, in: scale, field: "本月值"),
                cumulative: scaled(observation.cumulative, in: scale, field: "累计值"),
                priorCumulative: scaled(observation.priorCumulative, in: scale, field: "上年同期累计值"),
                publishedGrowth: scaled(observation.publishedGrowth, in: .percent, field: "发布增速"),
                note: observation.note, overrideReason: observation.overrideReason,
                status: observation.status.rawValue)
            if let failure {
                throw StoreError.unencodableValue(
                    indicator: indicator.name, orgUnit: await orgUnitLabel(observation.orgUnitID),
                    month: observation.month, year: nil, field: failure.field, value: failure.value.plainString)
            }
            rows.append(row)
        }
        return rows
    }

    /// A unit's name for an error message, or its id when it cannot be read.
    private func orgUnitLabel(_ id: Int64) async -> String {
        (try? await database.orgUnits.find(id: id))?.name ?? "组织\(id)"
    }

    /// Each indicator's unit scale, to decode stored integers.
    static func scales(on sql: any SQLDatabase) async throws -> [String: AmountScale] {
        var scales: [String: AmountScale] = [:]
        for row in try await sql.raw("SELECT code, unit FROM indicators").all() {
            scales[try row.decode(column: "code", as: String.self)] = AmountScale(
                IndicatorUnit(symbol: try row.decode(column: "unit", as: String.self)))
        }
        return scales
    }

    private static func countMonth(orgUnitID: Int64, month: YearMonth, on sql: any SQLDatabase) async throws -> Int {
        try await sql.raw(
            """
            SELECT COUNT(*) AS n FROM observations WHERE org_unit_id = \(bind: orgUnitID) AND month = \(bind: month.key)
            """
        ).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    static func decode(_ row: any SQLRow, scales: [String: AmountScale]) throws -> Observation {
        let code = try row.decode(column: "indicator_code", as: String.self)
        let monthKey = try row.decode(column: "month", as: Int.self)
        guard let month = YearMonth(key: monthKey) else {
            throw StoreError.engine("invalid month \(monthKey) in observations")
        }
        let scale = scales[code] ?? AmountScale(IndicatorUnit(symbol: ""))
        return Observation(
            indicatorCode: code,
            orgUnitID: try row.decode(column: "org_unit_id", as: Int64.self),
            month: month,
            monthly: try row.optionalInt64("monthly").map(scale.decode),
            cumulative: try row.optionalInt64("cumulative").map(scale.decode),
            priorCumulative: try row.optionalInt64("prior_cumulative").map(scale.decode),
            publishedGrowth: try row.optionalInt64("published_growth").map(AmountScale.percent.decode),
            note: try row.optionalString("note"),
            overrideReason: try row.optionalString("override_reason"),
            status: WorkflowStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .draft)
    }
}
