import Foundation

/// How a 全年预计 was obtained.
public enum ForecastMethod: String, Sendable, Codable, Hashable {
    /// Method A: last year's full-year value × (this year's cumulative ÷ last year's same-period cumulative),
    /// i.e. this year keeps last year's seasonal pattern.
    case priorYearRatio = "prior_year_ratio"
    /// Method B, when last year's figures are missing: cumulative × 12 ÷ months elapsed (even months).
    case linearExtrapolation = "linear_extrapolation"
    /// At December the year is complete: the cumulative is the full-year value.
    case actual

    /// How the method is named to users in a footnote.
    public var displayName: String {
        switch self {
        case .priorYearRatio: "按上年全年值 × 本年累计 ÷ 上年同期累计推算"
        case .linearExtrapolation: "按本年累计 × 12 ÷ 已过月数推算"
        case .actual: "全年实际数"
        }
    }
}

/// A 全年预计 value (unrounded, in the indicator's unit) and the method that produced it.
public struct Forecast: Sendable, Hashable, Codable {
    public var value: Decimal
    public var method: ForecastMethod

    public init(value: Decimal, method: ForecastMethod) {
        self.value = value
        self.method = method
    }
}

extension Statistics {
    /// 全年预计 for a cumulative indicator at `through` (the last month with a cumulative value).
    ///
    /// Method A when last year's full-year value and a positive same-period cumulative are known; otherwise
    /// method B. Nil without this year's cumulative. At December the cumulative itself (`actual`).
    public static func forecast(
        cumulative: Decimal?, through month: YearMonth, lastYearFullYear: Decimal?,
        lastYearSamePeriod: Decimal?
    ) -> Forecast? {
        guard let cumulative else { return nil }
        if month.month == 12 { return Forecast(value: cumulative, method: .actual) }
        if let full = lastYearFullYear, let same = lastYearSamePeriod, same > 0 {
            return Forecast(value: full * cumulative / same, method: .priorYearRatio)
        }
        return Forecast(value: cumulative * 12 / Decimal(month.month), method: .linearExtrapolation)
    }
}
