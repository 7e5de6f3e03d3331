import Foundation
import TaizhangCore

/// An org unit as reports and the API show it.
public struct OrgUnitSummary: Codable, Sendable, Hashable {
    public let id: Int64
    public let code: String
    public let name: String
    public let kind: String
    public let kindName: String
    public let parentID: Int64?
    public let isArchived: Bool

    init(_ unit: OrgUnit) {
        id = unit.id
        code = unit.code
        name = unit.name
        kind = unit.kind.rawValue
        kindName = unit.kind.displayName
        parentID = unit.parentID
        isArchived = unit.isArchived
    }
}

/// An indicator as reports and the API show it.
public struct IndicatorSummary: Codable, Sendable, Hashable {
    public let code: String
    public let name: String
    public let aliases: [String]
    public let unit: String
    public let kind: String
    public let kindName: String
    public let growthBasis: String
    public let growthBasisName: String
    public let decimals: Int
    public let isKey: Bool
    public let isCustom: Bool
    public let isCumulative: Bool

    init(_ indicator: Indicator) {
        code = indicator.code
        name = indicator.name
        aliases = indicator.aliases
        unit = indicator.unit.symbol
        kind = indicator.kind.rawValue
        kindName = indicator.kind.displayName
        growthBasis = indicator.growth.rawValue
        growthBasisName = indicator.growth.displayName
        decimals = indicator.decimals
        isKey = indicator.isKey
        isCustom = indicator.isCustom
        isCumulative = indicator.isCumulative
    }
}

/// The figure an indicator is shown with for a month: the year-to-date value for flows and per-capita incomes
/// (1—N月), the month-end value for stocks, counts and ratios.
enum HeadlineFigure {
    static func value(of observation: Observation?, indicator: Indicator) -> Decimal? {
        guard let observation else { return nil }
        return indicator.isCumulative ? observation.cumulative : (observation.cumulative ?? observation.monthly)
    }

    /// The period a headline figure covers: "2026年1—10月" for year-to-date figures, "2026年10月" otherwise.
    static func period(for month: YearMonth, indicator: Indicator) -> Period {
        indicator.isYearToDate ? .cumulative(through: month) : .month(month)
    }

    /// The value a trend chart plots for a month: the month's own value for flows (taken from the difference
    /// of two cumulatives when the month's own value was not reported), the level otherwise.
    static func trendValue(of observation: Observation?, previous: Observation?, indicator: Indicator) -> Decimal? {
        guard let observation else { return nil }
        guard indicator.isCumulative else { return observation.cumulative ?? observation.monthly }
        if let monthly = observation.monthly { return monthly }
        guard let cumulative = observation.cumulative else { return nil }
        if observation.month.month == 1 { return cumulative }
        guard let before = previous?.cumulative, previous?.month == observation.month.previous else { return nil }
        return cumulative - before
    }
}
