import Foundation
import TaizhangCore
import TaizhangStore

/// One annual target as the API reads and writes it.
public struct TargetPayload: Codable, Sendable, Hashable {
    public var indicatorCode: String
    /// Planned full-year value in the indicator's unit.
    @ExactDecimal public var value: Decimal?
    /// Planned growth in %.
    @ExactDecimal public var growth: Decimal?
}

/// Reads and writes annual targets (年度目标) of one org unit.
struct TargetService: Sendable {
    let database: TaizhangDatabase
    let orgUnits: OrgUnitService
    let indicators: IndicatorService

    func list(unit: OrgUnit, year: Int) async throws -> [TargetPayload] {
        try await database.targets.list(year: year, orgUnitIDs: [unit.id])
            .map { TargetPayload(indicatorCode: $0.indicatorCode, value: $0.value, growth: $0.growth) }
            .sorted { $0.indicatorCode < $1.indicatorCode }
    }

    /// Replaces the given targets atomically; unknown indicators are refused before anything is written.
    func save(unit: OrgUnit, year: Int, targets payloads: [TargetPayload], actor: AuditActor) async throws -> Int {
        let catalogue = try await indicators.catalogue()
        var problems: [APIProblem] = []
        var used: [String: Indicator] = [:]
        for payload in payloads {
            if let indicator = catalogue.indicator(code: payload.indicatorCode) {
                used[indicator.code] = indicator
            } else {
                problems.append(
                    APIProblem(
                        message: "指标“\(payload.indicatorCode)”不在指标目录中。", field: "indicatorCode",
                        indicatorCode: payload.indicatorCode, code: "unknown_indicator"))
            }
        }
        guard problems.isEmpty else { throw APIError.unprocessable("目标数据有误，未保存任何内容。", problems: problems) }
        let targets = payloads.map {
            Target(indicatorCode: $0.indicatorCode, orgUnitID: unit.id, year: year, value: $0.value, growth: $0.growth)
        }
        let database = self.database
        return try await database.withTransaction { sql in
            let before = Dictionary(
                try await database.targets.list(year: year, orgUnitIDs: [unit.id]).map { ($0.indicatorCode, $0) },
                uniquingKeysWith: { first, _ in first })
            let written = try await database.targets.upsert(targets, indicators: used)
            for target in targets where before[target.indicatorCode] != target {
                try await AuditTrail.append(
                    database, on: sql, actor: actor, action: before[target.indicatorCode] == nil ? .create : .update,
                    entityType: "target", entityKey: "\(year)/\(unit.id)/\(target.indicatorCode)", orgUnitID: unit.id,
                    before: before[target.indicatorCode], after: target)
            }
            return written
        }
    }
}
