import Foundation

/// The one formatter for every figure a person sees: values in an indicator's unit, percentages, 百分点, and
/// the standard phrases (同比增长/下降, 提高/回落, 居全市第N位, 完成年度目标的N%). Rounds half-up (四舍五入) and
/// never shows a negative zero ("-0.0" becomes "0.0").
public struct FigureFormatter: Sendable, Hashable {
    /// Thousands separators ("1,234.50") — for tables; running text in reports usually has none.
    public var grouping: Bool
    /// Decimal places of percentages (growth, completion rates, shares) and 百分点.
    public var percentDecimals: Int

    public init(grouping: Bool = false, percentDecimals: Int = 1) {
        self.grouping = grouping
        self.percentDecimals = percentDecimals
    }

    /// For tables: thousands separators on.
    public static let table = FigureFormatter(grouping: true)

    // MARK: Numbers

    /// A number rounded half-up to `decimals` places, zero-padded ("1234.5" with 2 → "1234.50").
    public func number(_ value: Decimal, decimals: Int) -> String {
        let places = max(0, decimals)
        let rounded = value.roundedHalfUp(scale: places)
        let negative = rounded < 0
        let magnitude = negative ? -rounded : rounded
        var text = magnitude.plainString
        if text.hasPrefix("-") { text.removeFirst() }
        var integer = text
        var fraction = ""
        if let dot = text.firstIndex(of: ".") {
            integer = String(text[..<dot])
            fraction = String(text[text.index(after: dot)...])
        }
        if fraction.count < places { fraction += String(repeating: "0", count: places - fraction.count) }
        if grouping { integer = Self.grouped(integer) }
        let body = places > 0 ? integer + "." + fraction : integer
        return negative ? "-" + body : body
    }

    /// A value in the indicator's unit with its decimals, without the unit ("1234.50").
    public func value(_ value: Decimal, of indicator: Indicator) -> String {
        number(value, decimals: indicator.decimals)
    }

    /// A value followed by the indicator's unit ("1234.50亿元", "35户", "2.35%").
    public func valueWithUnit(_ value: Decimal, of indicator: Indicator) -> String {
        number(value, decimals: indicator.decimals) + indicator.unit.symbol
    }

    /// A percentage ("6.5%").
    public func percent(_ value: Decimal) -> String { number(value, decimals: percentDecimals) + "%" }

    /// A signed number of 百分点 ("1.2个百分点", "-0.8个百分点").
    public func percentagePoints(_ value: Decimal) -> String {
        number(value, decimals: percentDecimals) + "个百分点"
    }

    // MARK: Phrases

    /// "同比增长6.5%" / "同比下降2.1%" / "与上年同期持平" (when it rounds to zero).
    public func growthPhrase(_ growth: Decimal) -> String {
        let rounded = growth.roundedHalfUp(scale: max(0, percentDecimals))
        if rounded.isZero { return "与上年同期持平" }
        return (rounded > 0 ? "同比增长" : "同比下降") + percent(rounded > 0 ? growth : -growth)
    }

    /// 环比: "环比增长3.2%" / "环比下降1.0%" / "与上期持平".
    public func momGrowthPhrase(_ growth: Decimal) -> String {
        let rounded = growth.roundedHalfUp(scale: max(0, percentDecimals))
        if rounded.isZero { return "与上期持平" }
        return (rounded > 0 ? "环比增长" : "环比下降") + percent(rounded > 0 ? growth : -growth)
    }

    /// A change of a rate in 百分点: "提高1.2个百分点" / "回落0.8个百分点" / "持平".
    public func changePhrase(_ points: Decimal) -> String {
        let rounded = points.roundedHalfUp(scale: max(0, percentDecimals))
        if rounded.isZero { return "持平" }
        return (rounded > 0 ? "提高" : "回落") + percentagePoints(rounded > 0 ? points : -points)
    }

    /// "居全市第3位"; `scope` is the field of the ranking ("全市", "全区").
    public func rankPhrase(_ rank: Int, scope: String = "全市") -> String { "居\(scope)第\(rank)位" }

    /// "完成年度目标的83.3%".
    public func completionPhrase(_ rate: Decimal) -> String { "完成年度目标的" + percent(rate) }

    /// "超目标进度1.7个百分点" / "欠目标进度8.3个百分点" / "与目标进度持平".
    public func targetProgressPhrase(_ progress: TargetProgress) -> String { targetProgressPhrase(gap: progress.gap) }

    /// The 目标进度 phrase from a gap in 百分点.
    public func targetProgressPhrase(gap: Decimal) -> String {
        let rounded = gap.roundedHalfUp(scale: max(0, percentDecimals))
        if rounded.isZero { return "与目标进度持平" }
        return (rounded > 0 ? "超目标进度" : "欠目标进度") + percentagePoints(rounded > 0 ? gap : -gap)
    }

    /// Against a growth target: "高于目标1.5个百分点" / "低于目标0.5个百分点" / "与目标持平".
    public func growthTargetPhrase(gap: Decimal) -> String {
        let rounded = gap.roundedHalfUp(scale: max(0, percentDecimals))
        if rounded.isZero { return "与目标持平" }
        return (rounded > 0 ? "高于目标" : "低于目标") + percentagePoints(rounded > 0 ? gap : -gap)
    }

    /// 三次产业结构比 "8.5:45.2:46.3" from the largest-remainder shares (always one decimal).
    public func sectorStructure(_ structure: SectorStructure) -> String {
        let oneDecimal = FigureFormatter(grouping: false, percentDecimals: 1)
        return structure.roundedShares.map { oneDecimal.number($0, decimals: 1) }.joined(separator: ":")
    }

    static func grouped(_ digits: String) -> String {
        var out = ""
        for (offset, ch) in digits.reversed().enumerated() {
            if offset > 0, offset % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return String(out.reversed())
    }
}
