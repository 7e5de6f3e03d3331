import Foundation

/// The annual target (年度目标) of one indicator for one org unit: a value, a growth rate, or both.
public struct Target: Hashable, Sendable, Codable {
    public var indicatorCode: String
    public var orgUnitID: Int64
    public var year: Int
    /// Planned full-year value in the indicator's unit.
    public var value: Decimal?
    /// Planned growth in %.
    public var growth: Decimal?

    public init(indicatorCode: String, orgUnitID: Int64, year: Int, value: Decimal? = nil, growth: Decimal? = nil) {
        self.indicatorCode = indicatorCode
        self.orgUnitID = orgUnitID
        self.year = year
        self.value = value
        self.growth = growth
    }
}
