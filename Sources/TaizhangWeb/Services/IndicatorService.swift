import Foundation
import TaizhangCore
import TaizhangStore

/// The indicator catalogue for pages and the API: search by any alias, add a user's own indicator.
struct IndicatorService: Sendable {
    let database: TaizhangDatabase

    /// The catalogue as stored (standard indicators plus users' own).
    func catalogue() async throws -> IndicatorCatalogue {
        try IndicatorCatalogue(try await database.indicators.all())
    }

    /// Indicators whose code, name or an alias matches `query`: exact resolution first, then containment in
    /// any name, then the catalogue's close-name suggestions. An empty query lists the whole catalogue.
    func search(_ query: String?, in catalogue: IndicatorCatalogue) -> [Indicator] {
        let text = (query ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return catalogue.indicators }
        var found: [Indicator] = []
        func add(_ indicator: Indicator) {
            if !found.contains(where: { $0.code == indicator.code }) { found.append(indicator) }
        }
        if let exact = catalogue.resolve(text) { add(exact) }
        let wanted = IndicatorName.normalise(text)
        for indicator in catalogue.indicators {
            let names = [indicator.code, indicator.name] + indicator.aliases
            if names.contains(where: { IndicatorName.normalise($0).contains(wanted) }) { add(indicator) }
        }
        for indicator in catalogue.suggestions(for: text, limit: 5) { add(indicator) }
        return found
    }

    /// A new indicator request, as typed in the form or sent to the API.
    struct NewIndicator: Sendable {
        var code: String?
        var name: String
        var aliases: [String]
        var unit: String
        var kind: IndicatorKind
        var growth: GrowthBasis
        var decimals: Int?
        var isKey: Bool
    }

    /// Adds a user's own indicator; the code defaults to `custom_N`. The catalogue checks names and aliases
    /// against every existing one before the store writes it.
    func add(_ request: NewIndicator, actor: AuditActor) async throws -> Indicator {
        var catalogue = try await catalogue()
        let code: String
        if let given = request.code?.trimmingCharacters(in: .whitespaces), !given.isEmpty {
            code = given
        } else {
            let used = Set(catalogue.indicators.map(\.code))
            var number = catalogue.indicators.filter(\.isCustom).count + 1
            while used.contains("custom_\(number)") { number += 1 }
            code = "custom_\(number)"
        }
        let unit = IndicatorUnit(symbol: request.unit.trimmingCharacters(in: .whitespaces))
        let indicator = Indicator(
            code: code, name: request.name.trimmingCharacters(in: .whitespaces),
            aliases: request.aliases.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            unit: unit, kind: request.kind, growth: request.growth,
            decimals: request.decimals ?? unit.defaultDecimals, isKey: request.isKey, isCustom: true,
            sortOrder: catalogue.nextSortOrder)
        try catalogue.add(indicator)
        let database = self.database
        return try await database.withTransaction { sql in
            let created = try await database.indicators.create(indicator)
            try await AuditTrail.append(
                database, on: sql, actor: actor, action: .create, entityType: "indicator", entityKey: created.code,
                orgUnitID: nil, before: Indicator?.none, after: created)
            return created
        }
    }
}
