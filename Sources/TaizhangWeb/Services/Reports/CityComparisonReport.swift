import Foundation

/// All zones (开发区) of a city side by side for one month, with ranks per key indicator.
public struct CityComparisonReport: Encodable, Sendable {
    public let city: OrgUnitSummary
    public let month: String
    public let periodName: String
    public let indicators: [IndicatorSummary]
    public let rows: [ComparisonRow]
}

/// One zone's line of the comparison.
public struct ComparisonRow: Encodable, Sendable {
    public let orgUnit: OrgUnitSummary
    public let cells: [ComparisonCell]
}

/// One zone × indicator: value, 同比, and the ranks by value and by growth among the city's zones.
public struct ComparisonCell: Encodable, Sendable {
    public let indicatorCode: String
    @ExactDecimal public var value: Decimal?
    @ExactDecimal public var yoyGrowth: Decimal?
    public let rank: Int?
    public let growthRank: Int?
    /// Formatted value without unit ("1,234.50") and growth ("6.5%"), "—" when absent.
    public let valueText: String
    public let growthText: String
}
