import Foundation

/// A number on its way to the page: exact value, unit, the decimals it is shown with, and its provenance.
struct TemplateQuantity: Sendable {
    var value: Decimal
    var unit: String
    var decimals: Int
    var provenance: FigureProvenance

    var isPercent: Bool { unit == "%" }

    /// The value as printed: rounded half-up to `decimals`.
    var shown: Decimal { value.roundedHalfUp(scale: decimals) }

    /// The same quantity in another money unit (万元 → 亿元), shown with that unit's default decimals unless
    /// `decimals` says otherwise; nil when the units do not convert.
    func converted(to target: String, decimals: Int? = nil) -> TemplateQuantity? {
        if target == unit { return self }
        guard let value = TemplateQuantity.convert(value, from: unit, to: target) else { return nil }
        var copy = self
        copy.value = value
        copy.unit = target
        copy.decimals = decimals ?? IndicatorUnit(symbol: target).defaultDecimals
        return copy
    }

    static func convert(_ value: Decimal, from: String, to: String) -> Decimal? {
        if from == to { return value }
        let a = IndicatorUnit(symbol: from)
        let b = IndicatorUnit(symbol: to)
        guard a.isMoney, a.baseSymbol == b.baseSymbol else { return nil }
        return value * a.factorToBase / b.factorToBase
    }
}

/// The phrases of the wording helpers, from numbers already rounded as shown. Differences are taken between
/// the shown figures so that a reader checking "5.2 − 3.6" finds the printed 1.6 (statistical bulletins compare
/// published, rounded rates the same way).
enum TemplatePhrases {
    static let formatter = FigureFormatter(grouping: false)

    static func number(_ value: Decimal, decimals: Int) -> String { formatter.number(value, decimals: decimals) }

    /// 增减: "增长5.2%" / "下降1.3%" / "持平"; amounts "增加12.30亿元" / "减少…".
    static func change(_ q: TemplateQuantity) -> String {
        let r = q.shown
        if r.isZero { return "持平" }
        let magnitude = number(r > 0 ? r : -r, decimals: q.decimals)
        if q.isPercent { return (r > 0 ? "增长" : "下降") + magnitude + "%" }
        return (r > 0 ? "增加" : "减少") + magnitude + q.unit
    }

    /// 升降: "提高1.2个百分点" / "回落0.4个百分点" / "持平".
    static func points(_ q: TemplateQuantity) -> String {
        let r = q.shown
        if r.isZero { return "持平" }
        let magnitude = number(r > 0 ? r : -r, decimals: q.decimals)
        return (r > 0 ? "提高" : "回落") + magnitude + (q.isPercent ? "个百分点" : q.unit)
    }

    /// 高低: "高于全市1.6个百分点" / "低于全市…" / "与全市持平".
    static func compare(
        _ own: TemplateQuantity, with other: TemplateQuantity, word: String
    ) -> (text: String, difference: Decimal) {
        let decimals = max(own.decimals, other.decimals)
        let diff = own.shown - other.shown
        if diff.isZero { return ("与\(word)持平", 0) }
        let magnitude = number(diff > 0 ? diff : -diff, decimals: decimals)
        return ((diff > 0 ? "高于" : "低于") + word + magnitude + (own.isPercent ? "个百分点" : own.unit), diff)
    }

    /// 位次: "居全市第3位".
    static func place(_ rank: Decimal, scope: String) -> String {
        "居\(scope)第\(number(rank, decimals: 0))位"
    }
}
