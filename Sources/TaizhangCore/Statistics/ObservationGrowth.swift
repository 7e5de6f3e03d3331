import Foundation

/// Where a 同比 figure comes from.
public enum GrowthSource: String, Sendable, Codable, Hashable {
    /// Published by the statistics bureau (comparable prices, `Observation.publishedGrowth`).
    case published
    /// Computed from the cumulative and the comparable prior-year cumulative.
    case computed
}

/// A 同比 growth rate in % with its source, for display ("发布增速" vs computed).
public struct YoYGrowth: Sendable, Hashable, Codable {
    /// Growth in %, unrounded.
    public var value: Decimal
    public var source: GrowthSource

    public init(value: Decimal, source: GrowthSource) {
        self.value = value
        self.source = source
    }
}

extension Statistics {
    /// The 同比 of an observation under its indicator's rule: a real-growth indicator (GDP, 工业增加值) uses
    /// the published growth only, never a recomputation from nominal values; a nominal one computes from
    /// `cumulative` and `priorCumulative` (the comparable prior value), falling back to a published growth when
    /// the prior value is missing; an indicator with no growth basis has none.
    public static func yoyGrowth(of observation: Observation, indicator: Indicator) -> YoYGrowth? {
        switch indicator.growth {
        case .none:
            return nil
        case .real:
            return observation.publishedGrowth.map { YoYGrowth(value: $0, source: .published) }
        case .nominal:
            if let value = yoyGrowth(current: observation.cumulative, prior: observation.priorCumulative) {
                return YoYGrowth(value: value, source: .computed)
            }
            return observation.publishedGrowth.map { YoYGrowth(value: $0, source: .published) }
        }
    }
}
