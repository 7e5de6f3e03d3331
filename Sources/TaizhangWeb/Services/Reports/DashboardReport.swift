import Foundation

/// The zone dashboard (驾驶舱) for one org unit and month: one card per key indicator. Figures are exact and
/// unrounded (strings in JSON); `texts` hold the same figures formatted for people.
public struct DashboardReport: Encodable, Sendable {
    public let orgUnit: OrgUnitSummary
    /// "2026-10".
    public let month: String
    /// "2026年1—10月".
    public let periodName: String
    /// Share of the year elapsed in % (83.33… at 1—10月), the 完成率 that is on schedule.
    @ExactDecimal public var elapsedPercent: Decimal?
    /// How the ranking field is named ("全市") and how many units it holds.
    public let rankScope: String
    public let rankFieldSize: Int
    /// 三次产业结构 of the year to date as "8.5:45.2:46.3" (shares of 第一、二、三产业增加值), when all three exist.
    public let sectorStructure: String?
    public let cards: [DashboardCard]
}

/// One key indicator on the dashboard.
public struct DashboardCard: Encodable, Sendable {
    public let indicator: IndicatorSummary
    /// "2026年1—10月" for flows, "2026年10月" for levels.
    public let periodName: String
    @ExactDecimal public var value: Decimal?
    /// 同比 in %; `growthSource` says whether it was published or computed from the comparable prior value.
    @ExactDecimal public var yoyGrowth: Decimal?
    public let growthSource: String?
    @ExactDecimal public var targetValue: Decimal?
    @ExactDecimal public var targetGrowth: Decimal?
    /// 完成率 in % of the annual value target.
    @ExactDecimal public var completionRate: Decimal?
    /// 目标进度: 完成率 − share of the year elapsed, in 百分点 (negative: behind).
    @ExactDecimal public var progressGap: Decimal?
    /// Actual growth − growth target, in 百分点.
    @ExactDecimal public var growthTargetGap: Decimal?
    /// Rank by value among the field (1 = largest; ties share a rank); nil without a value.
    public let rank: Int?
    /// Rank by 同比 among the field.
    public let growthRank: Int?
    /// 全年预计 for year-to-date flows, and how it was obtained (`ForecastMethod` raw value).
    @ExactDecimal public var forecast: Decimal?
    public let forecastMethod: String?
    public let texts: DashboardCardTexts
    public let trend: TrendSeries
}

/// A card's figures as shown, from the project's one figure formatter.
public struct DashboardCardTexts: Encodable, Sendable {
    public let value: String
    public let unit: String
    public let growth: String?
    public let target: String?
    public let completion: String?
    public let progress: String?
    public let growthTarget: String?
    public let rank: String?
    public let growthRank: String?
    /// "全年预计8,123.45亿元（按上年全年值 × 本年累计 ÷ 上年同期累计推算）".
    public let forecast: String?
}

/// 13 months of an indicator for one unit, this year against the same months a year earlier.
public struct TrendSeries: Encodable, Sendable {
    /// "monthly" (the month's own value, for flows) or "level" (month-end value).
    public let basis: String
    /// "2025-10" … "2026-10".
    public let months: [String]
    /// "10月" … "2026年1月" … "10月".
    public let labels: [String]
    public let current: [ExactDecimal]
    public let previousYear: [ExactDecimal]
}
