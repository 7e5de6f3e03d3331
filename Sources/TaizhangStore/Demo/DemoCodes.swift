import Foundation
import TaizhangCore

/// The org unit and indicator codes of the demo city, as `taizhang demo --print-codes` prints them for the
/// benchmark scripts (scripts/bench) that write import files against the demo data.
public struct DemoCodes: Codable, Sendable, Equatable {
    /// One org unit: code, name and kind (`city`, `district`, `zone`, `park`).
    public struct Unit: Codable, Sendable, Equatable {
        public var code: String
        public var name: String
        public var kind: String
    }

    /// One indicator: code, canonical name, unit symbol, kind, growth basis and decimals.
    public struct Item: Codable, Sendable, Equatable {
        public var code: String
        public var name: String
        public var unit: String
        public var kind: String
        public var growth: String
        public var decimals: Int
    }

    public var orgUnits: [Unit]
    public var indicators: [Item]

    /// The codes of the demo city's units and of `catalogue`'s indicators.
    public init(catalogue: [Indicator]) {
        orgUnits = DemoCityLayout.units.map { Unit(code: $0.code, name: $0.name, kind: $0.kind.rawValue) }
        indicators = catalogue.map {
            Item(
                code: $0.code, name: $0.name, unit: $0.unit.symbol, kind: $0.kind.rawValue,
                growth: $0.growth.rawValue, decimals: $0.decimals)
        }
    }

    /// Pretty-printed JSON with sorted keys, stable across runs.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
