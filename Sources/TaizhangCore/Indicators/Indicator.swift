/// A named statistic of the catalogue (指标), e.g. 地区生产总值 in 亿元 with real growth.
public struct Indicator: Hashable, Sendable, Codable, Identifiable {
    /// Stable code, e.g. `gdp`; user-defined indicators get `custom_…` codes.
    public var code: String
    /// Canonical Chinese name, e.g. 地区生产总值.
    public var name: String
    /// Other names found in documents and sheets (生产总值, GDP …); lookup accepts any of them.
    public var aliases: [String]
    public var unit: IndicatorUnit
    public var kind: IndicatorKind
    public var growth: GrowthBasis
    /// Decimal places shown.
    public var decimals: Int
    /// Shown on the dashboard (驾驶舱).
    public var isKey: Bool
    /// Added by users rather than seeded from the standard catalogue.
    public var isCustom: Bool
    /// Order in the catalogue and on entry screens.
    public var sortOrder: Int

    public var id: String { code }

    public init(
        code: String, name: String, aliases: [String] = [], unit: IndicatorUnit, kind: IndicatorKind,
        growth: GrowthBasis, decimals: Int = 2, isKey: Bool = false, isCustom: Bool = false, sortOrder: Int = 0
    ) {
        self.code = code
        self.name = name
        self.aliases = aliases
        self.unit = unit
        self.kind = kind
        self.growth = growth
        self.decimals = decimals
        self.isKey = isKey
        self.isCustom = isCustom
        self.sortOrder = sortOrder
    }

    /// Whether values accumulate over the months of a year (amounts and flows do; stocks, counts of
    /// enterprises, ratios and per-capita figures are reported as the value at the period's end).
    public var isCumulative: Bool { kind == .amount }

    /// Whether figures are reported for the year to date ("1—N月"): flows, and per-capita incomes, which the
    /// statistics bureau publishes as year-to-date figures without monthly values that add up.
    public var isYearToDate: Bool { kind == .amount || kind == .perCapita }

    /// Whether a negative value is impossible (counts, areas, most amounts; profit and growth may be negative).
    public var allowsNegative: Bool { code == "profit_total" }
}

/// What kind of quantity an indicator measures; decides accumulation and plausibility checks.
public enum IndicatorKind: String, Sendable, Codable, CaseIterable {
    case amount
    case perCapita = "per_capita"
    case ratio
    case count
    case area

    public var displayName: String {
        switch self {
        case .amount: "总量"
        case .perCapita: "人均"
        case .ratio: "比率"
        case .count: "数量"
        case .area: "面积"
        }
    }
}

/// How 同比 is obtained: real growth is published by the statistics bureau at comparable prices, nominal growth
/// is computed from the comparable prior-year value, `none` has no growth shown.
public enum GrowthBasis: String, Sendable, Codable, CaseIterable {
    case real
    case nominal
    case none

    public var displayName: String {
        switch self {
        case .real: "可比价（发布增速）"
        case .nominal: "现价"
        case .none: "不计增速"
        }
    }
}
