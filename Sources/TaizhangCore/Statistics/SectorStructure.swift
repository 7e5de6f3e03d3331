import Foundation

/// 三次产业结构: the shares of primary, secondary and tertiary industry in %, exact and as shown.
public struct SectorStructure: Sendable, Hashable, Codable {
    /// Exact shares in %, primary, secondary, tertiary; they sum to 100 up to the last of 38 digits.
    public var shares: [Decimal]
    /// Shares rounded to one decimal by the largest-remainder method, so they sum to exactly 100.0.
    public var roundedShares: [Decimal]

    /// "8.5:45.2:46.3", from `roundedShares`.
    public var ratioText: String { FigureFormatter().sectorStructure(self) }
}

extension Statistics {
    /// The structure from the three industries' value added. Nil when a value is negative or the total is 0.
    ///
    /// Rounding uses the largest-remainder (Hamilton) method: each share is cut to tenths, then the tenths
    /// still missing to reach 100.0 go one each to the shares with the largest cut-off remainders (on equal
    /// remainders, the earlier industry first). Independent half-up rounding could give 99.9 or 100.1.
    public static func sectorStructure(primary: Decimal, secondary: Decimal, tertiary: Decimal) -> SectorStructure? {
        let values = [primary, secondary, tertiary]
        guard values.allSatisfy({ $0 >= 0 }) else { return nil }
        let total = values.reduce(0, +)
        guard total > 0 else { return nil }
        let shares = values.map { $0 * 100 / total }
        return SectorStructure(shares: shares, roundedShares: largestRemainder(values, total: total))
    }

    /// Shares of `total` in tenths of a percent that sum to exactly 1000 tenths.
    static func largestRemainder(_ values: [Decimal], total: Decimal) -> [Decimal] {
        // Work in exact tenths: value × 1000 ÷ total; the floor and the remainder of each.
        let tenths = values.map { $0 * 1000 / total }
        var floors = tenths.map { floorDecimal($0) }
        let remainders = zip(tenths, floors).map { $0 - $1 }
        let missing = Int(truncating: NSDecimalNumber(decimal: 1000 - floors.reduce(0, +)))
        let order = remainders.indices.sorted { (-remainders[$0], $0) < (-remainders[$1], $1) }
        for index in order.prefix(max(0, missing)) { floors[index] += 1 }
        return floors.map { $0 / 10 }
    }

    static func floorDecimal(_ value: Decimal) -> Decimal {
        var source = value
        var result = Decimal()
        NSDecimalRound(&result, &source, 0, .down)
        return result
    }
}
