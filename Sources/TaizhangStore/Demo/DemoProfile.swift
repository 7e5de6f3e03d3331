import Foundation
import TaizhangCore

/// The economic character of one generated piece of the demo city (a zone, or the part of a district or of the
/// city that lies outside its zones): size, trend growth and structure.
struct DemoProfile: Sendable {
    /// GDP in 亿元 in the first generated year.
    var gdp: Decimal
    /// Trend nominal growth per year, as a fraction (0.08 = 8%).
    var growth: Decimal
    /// Half-width of the year-to-year variation around the trend, as a fraction.
    var spread: Decimal
    /// Shares of GDP of the primary and secondary industry (the tertiary takes the rest).
    var primaryShare: Decimal
    var secondaryShare: Decimal
    /// 0…1: drives R&D intensity, high-tech shares, patents and technology enterprises.
    var techLevel: Decimal
    /// Foreign trade as a share of GDP.
    var tradeShare: Decimal
    /// Retail sales as a share of GDP.
    var retailShare: Decimal
    /// Grain sown area in 万亩.
    var grainArea: Decimal
    /// Per-capita disposable income in 元 in the first generated year.
    var urbanIncome: Decimal
    var ruralIncome: Decimal
    /// Energy use per unit of value added, 吨标准煤/万元.
    var energyIntensity: Decimal
    /// Percentage points added to the actual growth when the annual targets are set (positive: ambitious targets
    /// the unit falls behind; negative: modest targets it runs ahead of).
    var targetBias: Decimal
}

/// One org unit of the demo city with the profile its own figures are generated from.
struct DemoUnitSpec: Sendable {
    var code: String
    var name: String
    var kind: OrgUnitKind
    var parentCode: String?
    /// For zones: the profile of the zone; for districts and the city: the part outside their children.
    var profile: DemoProfile?
    /// For parks: the share of the zone's figures the park holds, in thousandths.
    var parkShare: Int = 0
}
