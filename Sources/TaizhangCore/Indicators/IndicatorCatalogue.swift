import Foundation

/// The catalogue of indicators with lookup by code, canonical name or alias. Every code, name and alias is
/// unique across the catalogue after normalisation (`IndicatorName.normalise`), so a name resolves to one
/// indicator.
public struct IndicatorCatalogue: Sendable, Hashable {
    /// The indicators in catalogue order (`sortOrder`, then code).
    public private(set) var indicators: [Indicator]
    private var indexByCode: [String: Int]
    private var indexByName: [String: Int]

    /// An empty catalogue.
    public init() {
        indicators = []
        indexByCode = [:]
        indexByName = [:]
    }

    /// Builds a catalogue, refusing duplicate codes and colliding names or aliases.
    public init(_ indicators: [Indicator]) throws(IndicatorCatalogueError) {
        self.init()
        for indicator in indicators.sorted(by: { ($0.sortOrder, $0.code) < ($1.sortOrder, $1.code) }) {
            try add(indicator)
        }
    }

    /// The standard catalogue parsed from the embedded `indicators.tsv` (tested to parse and be unique).
    public static let standard: IndicatorCatalogue = {
        do {
            return try IndicatorCatalogue(IndicatorCatalogueTSV.parse(StandardCatalogueTSV.text))
        } catch {
            fatalError("embedded standard catalogue is invalid: \(error)")
        }
    }()

    /// The key dashboard indicators, in catalogue order.
    public var keyIndicators: [Indicator] { indicators.filter(\.isKey) }

    /// The next free `sortOrder`, for a user indicator appended at the end.
    public var nextSortOrder: Int { (indicators.map(\.sortOrder).max() ?? 0) + 1 }

    /// The indicator with this exact code.
    public func indicator(code: String) -> Indicator? { indexByCode[code].map { indicators[$0] } }

    /// The indicator a person means by `text`: a code, the canonical name or any alias, compared after
    /// normalisation (full-width, spaces, a trailing unit in parentheses, Latin case).
    public func resolve(_ text: String) -> Indicator? {
        if let found = indicator(code: text.trimmingCharacters(in: .whitespaces)) { return found }
        return indexByName[IndicatorName.normalise(text)].map { indicators[$0] }
    }

    /// Like `resolve(_:)`, but throws an error whose message offers the closest names.
    public func require(_ text: String) throws(IndicatorCatalogueError) -> Indicator {
        if let found = resolve(text) { return found }
        throw .unknownIndicator(name: text, suggestions: suggestions(for: text).map(\.name))
    }

    /// The indicators whose names or aliases are closest to `text` (for "您是不是要找…"), best first: a name
    /// containing the text or contained in it counts as close; otherwise the edit distance must be at most
    /// half the longer name. Ties keep catalogue order.
    public func suggestions(for text: String, limit: Int = 3) -> [Indicator] {
        let wanted = IndicatorName.normalise(text)
        guard !wanted.isEmpty else { return [] }
        var best: [Int: Int] = [:]
        for (key, index) in indexByName {
            let distance = IndicatorName.editDistance(wanted, key)
            let contains = key.contains(wanted) || wanted.contains(key)
            let longer = max(wanted.count, key.count)
            guard contains || distance * 2 <= longer else { continue }
            let score = contains ? distance / 4 : distance
            best[index] = min(best[index] ?? Int.max, score)
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map { indicators[$0.key] }
    }

    /// Adds an indicator (a user's own, usually with `isCustom` and a `custom_…` code). Fails when its code is
    /// taken or its name or an alias collides with another indicator's code, name or alias.
    public mutating func add(_ indicator: Indicator) throws(IndicatorCatalogueError) {
        guard IndicatorCatalogueTSV.isValidCode(indicator.code) else { throw .badCode(indicator.code) }
        if let existing = self.indicator(code: indicator.code) {
            throw .duplicateCode(code: indicator.code, existing: existing.name)
        }
        guard !IndicatorName.normalise(indicator.name).isEmpty else { throw .blankName(code: indicator.code) }
        var keys: [String] = []
        for name in [indicator.name, indicator.code] + indicator.aliases {
            let key = IndicatorName.normalise(name)
            guard !key.isEmpty, !keys.contains(key) else { continue }
            if let other = indexByName[key] ?? indexByCode[key] {
                throw .nameCollision(name: name, existing: indicators[other].name)
            }
            keys.append(key)
        }
        indicators.append(indicator)
        let index = indicators.count - 1
        indexByCode[indicator.code] = index
        for key in keys { indexByName[key] = index }
    }
}
