import Foundation

/// The configurable parts of the project statistics and the bulletin: the contract-value thresholds reported as
/// "其中" (万元) and how far behind time elapsed a project may fall before the bulletin lists it as lagging.
public struct ProjectStatisticsOptions: Hashable, Sendable, Codable {
    /// Contract-value thresholds in 万元, ascending: 10000 = 1亿元, 50000 = 5亿元, 100000 = 10亿元.
    public var thresholds: [Decimal]
    /// A project whose completion rate is this many 百分点 or more behind time elapsed is lagging (落后).
    public var lagPercentagePoints: Decimal

    public init(thresholds: [Decimal] = [10000, 50000, 100000], lagPercentagePoints: Decimal = 10) {
        self.thresholds = thresholds.sorted()
        self.lagPercentagePoints = lagPercentagePoints
    }

    public static let standard = ProjectStatisticsOptions()
}
