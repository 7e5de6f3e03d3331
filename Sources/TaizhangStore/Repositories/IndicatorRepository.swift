import SQLKit
import TaizhangCore

/// Reads and changes the indicator catalogue: the seeded standard indicators and the ones users add.
public struct IndicatorRepository: Sendable {
    let database: TaizhangDatabase

    static let columns = [
        "code", "name", "aliases", "unit", "kind", "growth", "decimals", "is_key", "is_custom", "sort_order",
    ]
    /// Aliases are kept in one TEXT column, joined by this separator (it never occurs in a name).
    static let aliasSeparator: Character = "|"

    /// The catalogue in display order (`sortOrder`, then code).
    public func all() async throws -> [Indicator] {
        try await database.withConnection { sql in
            try await sql.select().columns(Self.columns).from("indicators").orderBy("sort_order").orderBy("code")
                .all().map(Self.decode)
        }
    }

    public func find(code: String) async throws -> Indicator? {
        try await database.withConnection { sql in
            try await sql.select().columns(Self.columns).from("indicators").where("code", .equal, code)
                .first().map(Self.decode)
        }
    }

    /// Adds a user-defined indicator (stored with `isCustom` set). Refuses an empty code or name, a code in use,
    /// and a name or alias that is already another indicator's name or alias.
    @discardableResult
    public func create(_ indicator: Indicator) async throws -> Indicator {
        var indicator = Self.normalised(indicator)
        indicator.isCustom = true
        try Self.checkRequiredFields(indicator)
        return try await database.withTransaction { sql in
            let catalogue = try await all()
            if catalogue.contains(where: { $0.code == indicator.code }) {
                throw StoreError.duplicateIndicatorCode(indicator.code)
            }
            try Self.checkNamesFree(indicator, among: catalogue)
            try await write([indicator], on: sql, replacing: false)
            return indicator
        }
    }

    /// Changes an existing indicator (found by code); the name rules of `create` apply.
    @discardableResult
    public func update(_ indicator: Indicator) async throws -> Indicator {
        let indicator = Self.normalised(indicator)
        try Self.checkRequiredFields(indicator)
        return try await database.withTransaction { sql in
            let catalogue = try await all()
            guard catalogue.contains(where: { $0.code == indicator.code }) else {
                throw StoreError.indicatorNotFound(indicator.code)
            }
            try Self.checkNamesFree(indicator, among: catalogue)
            try await write([indicator], on: sql, replacing: true)
            return indicator
        }
    }

    /// Inserts or replaces indicators by code in one transaction (seeding the standard catalogue at start).
    /// Adds the standard catalogue's indicators the store lacks (a new database, a newer catalogue), keeping
    /// any the users changed, and returns the whole catalogue as stored afterwards, in catalogue order.
    @discardableResult
    public func addMissingStandardIndicators() async throws -> [Indicator] {
        try await database.withTransaction { _ in
            let stored = try await all()
            let storedCodes = Set(stored.map(\.code))
            let missing = IndicatorCatalogue.standard.indicators.filter { !storedCodes.contains($0.code) }
            try await upsertAll(missing)
            return (stored + missing).sorted { ($0.sortOrder, $0.code) < ($1.sortOrder, $1.code) }
        }
    }

    public func upsertAll(_ indicators: [Indicator]) async throws {
        guard !indicators.isEmpty else { return }
        let indicators = indicators.map(Self.normalised).lastPerKey(\.code)
        for indicator in indicators { try Self.checkRequiredFields(indicator) }
        try await database.withTransaction { sql in
            for chunk in indicators.chunked(SQLValues.batchSize) {
                try await write(Array(chunk), on: sql, replacing: true)
            }
        }
    }

    // MARK: - Helpers

    private func write(_ indicators: [Indicator], on sql: any SQLDatabase, replacing: Bool) async throws {
        let insert = sql.insert(into: "indicators").columns(Self.columns)
        for indicator in indicators {
            let row: [any SQLExpression] = [
                SQLBind(indicator.code), SQLBind(indicator.name),
                SQLBind(indicator.aliases.joined(separator: String(Self.aliasSeparator))),
                SQLBind(indicator.unit.symbol), SQLBind(indicator.kind.rawValue), SQLBind(indicator.growth.rawValue),
                SQLBind(indicator.decimals), SQLLiteral.boolean(indicator.isKey),
                SQLLiteral.boolean(indicator.isCustom),
                SQLBind(indicator.sortOrder),
            ]
            insert.values(row)
        }
        if replacing {
            insert.onConflict(with: ["code"]) { update in
                var update = update
                for column in Self.columns where column != "code" { update = update.set(excludedValueOf: column) }
                return update
            }
        }
        do {
            try await insert.run()
        } catch let error where EngineErrors.isUniqueViolation(error) {
            // Only the name can still collide here: codes were checked or replaced.
            throw StoreError.duplicateIndicatorName(indicators.count == 1 ? indicators[0].name : "")
        }
    }

    private static func normalised(_ indicator: Indicator) -> Indicator {
        var indicator = indicator
        indicator.code = indicator.code.trimmingCharacters(in: .whitespacesAndNewlines)
        indicator.name = indicator.name.trimmingCharacters(in: .whitespacesAndNewlines)
        var seen: Set<String> = [indicator.name]
        indicator.aliases = indicator.aliases
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "|", with: "") }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
        return indicator
    }

    private static func checkRequiredFields(_ indicator: Indicator) throws {
        guard !indicator.code.isEmpty else { throw StoreError.emptyField("指标编码") }
        guard !indicator.name.isEmpty else { throw StoreError.emptyField("指标名称") }
        guard !indicator.unit.symbol.isEmpty else { throw StoreError.emptyField("计量单位") }
        try TextLimits.check(indicator.code, field: "指标编码", limit: TextLimits.code)
        try TextLimits.check(indicator.name, field: "指标名称", limit: TextLimits.name)
        try TextLimits.check(indicator.unit.symbol, field: "计量单位", limit: TextLimits.unit)
        for alias in indicator.aliases { try TextLimits.check(alias, field: "指标别名", limit: TextLimits.name) }
    }

    private static func checkNamesFree(_ indicator: Indicator, among catalogue: [Indicator]) throws {
        let names = [indicator.name] + indicator.aliases
        for other in catalogue where other.code != indicator.code {
            let taken = Set([other.name] + other.aliases)
            if let clash = names.first(where: taken.contains) { throw StoreError.duplicateIndicatorName(clash) }
        }
    }

    static func decode(_ row: any SQLRow) throws -> Indicator {
        let kindText = try row.decode(column: "kind", as: String.self)
        let growthText = try row.decode(column: "growth", as: String.self)
        guard let kind = IndicatorKind(rawValue: kindText), let growth = GrowthBasis(rawValue: growthText) else {
            throw StoreError.engine("unknown indicator kind \(kindText) or growth basis \(growthText) in indicators")
        }
        let aliases = try row.decode(column: "aliases", as: String.self)
        return Indicator(
            code: try row.decode(column: "code", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            aliases: aliases.split(separator: aliasSeparator).map(String.init),
            unit: IndicatorUnit(symbol: try row.decode(column: "unit", as: String.self)),
            kind: kind,
            growth: growth,
            decimals: try row.decode(column: "decimals", as: Int.self),
            isKey: try row.decode(column: "is_key", as: Bool.self),
            isCustom: try row.decode(column: "is_custom", as: Bool.self),
            sortOrder: try row.decode(column: "sort_order", as: Int.self))
    }
}
