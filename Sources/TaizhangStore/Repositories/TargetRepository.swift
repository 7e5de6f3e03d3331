import Foundation
import SQLKit
import TaizhangCore

/// Reads and writes annual targets (年度目标) per indicator × org unit × year.
public struct TargetRepository: Sendable {
    let database: TaizhangDatabase

    static let columns = ["org_unit_id", "indicator_code", "year", "value", "growth", "updated_at"]
    static let key = ["org_unit_id", "indicator_code", "year"]

    /// Inserts or replaces targets atomically; `indicators` gives each code's unit; of two targets with one key the
    /// later wins. Returns how many rows were written.
    @discardableResult
    public func upsert(_ targets: [Target], indicators: [String: Indicator]) async throws -> Int {
        guard !targets.isEmpty else { return 0 }
        var rows: [[any SQLExpression]] = []
        let timestamp = SQLBind(SQLValues.timestamp())
        let scales = indicators.mapValues { AmountScale($0.unit) }
        struct Key: Hashable {
            var orgUnitID: Int64
            var indicatorCode: String
            var year: Int
        }
        for target in targets.lastPerKey({
            Key(orgUnitID: $0.orgUnitID, indicatorCode: $0.indicatorCode, year: $0.year)
        }) {
            guard let indicator = indicators[target.indicatorCode], let scale = scales[indicator.code] else {
                throw StoreError.indicatorNotFound(target.indicatorCode)
            }
            func scaled(_ value: Decimal?, in scale: AmountScale, field: String) async throws -> Int64? {
                guard let value else { return nil }
                if let stored = scale.encode(value) { return stored }
                let orgUnit = (try? await database.orgUnits.find(id: target.orgUnitID))?.name ?? "组织\(target.orgUnitID)"
                throw StoreError.unencodableValue(
                    indicator: indicator.name, orgUnit: orgUnit, month: nil, year: target.year, field: field,
                    value: value.plainString)
            }
            let value = try await scaled(target.value, in: scale, field: "目标值")
            let growth = try await scaled(target.growth, in: .percent, field: "目标增速")
            rows.append([
                SQLBind(target.orgUnitID), SQLBind(target.indicatorCode), SQLBind(target.year),
                SQLValues.bindOrNull(value), SQLValues.bindOrNull(growth), timestamp,
            ])
        }
        try await database.withTransaction { sql in
            for chunk in rows.chunked(SQLValues.batchSize) {
                let insert = sql.insert(into: "targets").columns(Self.columns)
                for row in chunk { insert.values(row) }
                insert.onConflict(with: Self.key) { update in
                    update.set(excludedValueOf: "value").set(excludedValueOf: "growth")
                        .set(excludedValueOf: "updated_at")
                }
                try await insert.run()
            }
        }
        return rows.count
    }

    /// The targets of `year`, for the given units or for all when nil; ordered by org unit and indicator.
    public func list(year: Int, orgUnitIDs: [Int64]? = nil) async throws -> [Target] {
        if orgUnitIDs?.isEmpty == true { return [] }
        return try await database.withConnection { sql in
            let scales = try await ObservationRepository.scales(on: sql)
            let query = sql.select().columns(Self.columns).from("targets").where("year", .equal, year)
            if let orgUnitIDs { query.where("org_unit_id", .in, orgUnitIDs) }
            return try await query.orderBy("org_unit_id").orderBy("indicator_code").all().map { row in
                let code = try row.decode(column: "indicator_code", as: String.self)
                let scale = scales[code] ?? AmountScale(IndicatorUnit(symbol: ""))
                return Target(
                    indicatorCode: code,
                    orgUnitID: try row.decode(column: "org_unit_id", as: Int64.self),
                    year: try row.decode(column: "year", as: Int.self),
                    value: try row.optionalInt64("value").map(scale.decode),
                    growth: try row.optionalInt64("growth").map(AmountScale.percent.decode))
            }
        }
    }
}
