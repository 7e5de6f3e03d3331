import Foundation

/// The unit an indicator is shown in, with its conversion to the base unit the store keeps (元 for money).
public struct IndicatorUnit: Hashable, Sendable, Codable, CustomStringConvertible {
    /// As shown, e.g. `亿元`, `万元`, `户`, `%`.
    public let symbol: String
    /// The base unit stored, e.g. `元` for `亿元`; the unit itself where there is no conversion.
    public let baseSymbol: String
    /// Multiply a value in this unit by this to get the base unit (亿元 → 元: 10⁸).
    public let factorToBase: Decimal

    public init(symbol: String, baseSymbol: String, factorToBase: Decimal) {
        self.symbol = symbol
        self.baseSymbol = baseSymbol
        self.factorToBase = factorToBase
    }

    /// Known units; money converts to 元 (美元 for foreign currency), everything else is its own base.
    public init(symbol: String) {
        switch symbol {
        case "亿元": self.init(symbol: symbol, baseSymbol: "元", factorToBase: 100_000_000)
        case "万元": self.init(symbol: symbol, baseSymbol: "元", factorToBase: 10_000)
        case "元": self.init(symbol: symbol, baseSymbol: "元", factorToBase: 1)
        case "万美元": self.init(symbol: symbol, baseSymbol: "美元", factorToBase: 10_000)
        case "亿美元": self.init(symbol: symbol, baseSymbol: "美元", factorToBase: 100_000_000)
        case "美元": self.init(symbol: symbol, baseSymbol: "美元", factorToBase: 1)
        default: self.init(symbol: symbol, baseSymbol: symbol, factorToBase: 1)
        }
    }

    public var isMoney: Bool { baseSymbol == "元" || baseSymbol == "美元" }

    public var description: String { symbol }
}
