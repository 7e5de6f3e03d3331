/// A field of an observation that a validation issue is shown next to.
public enum ObservationField: String, Sendable, Codable, Hashable, CaseIterable {
    case monthly
    case cumulative
    case priorCumulative
    case publishedGrowth

    /// 本月、累计、上年同期累计、发布增速.
    public var displayName: String {
        switch self {
        case .monthly: "本月"
        case .cumulative: "累计"
        case .priorCumulative: "上年同期累计"
        case .publishedGrowth: "发布增速"
        }
    }
}

/// The rule an observation broke; stable codes for the API and for tests.
public enum ValidationIssueCode: String, Sendable, Codable, Hashable, CaseIterable {
    /// (a) last month's cumulative + this month ≠ this cumulative (month 1: monthly ≠ cumulative).
    case cumulativeMismatch = "cumulative_mismatch"
    /// (b) growth outside the plausible band.
    case growthOutOfRange = "growth_out_of_range"
    /// (c) a negative value where the indicator cannot be negative.
    case negativeValue = "negative_value"
    /// (d) a cumulative below last month's cumulative.
    case cumulativeDecreased = "cumulative_decreased"
    /// (e) a value about 10⁴ (or 10⁻⁴) times last year's: probably the wrong unit (万元 typed as 亿元).
    case suspectedUnitError = "suspected_unit_error"
    /// (f) last month's observation is missing.
    case missingPreviousMonth = "missing_previous_month"
    /// (g) a nominal-growth indicator without the comparable prior-year value.
    case missingPriorCumulative = "missing_prior_cumulative"
}

/// One problem found before saving: which rule, next to which field, and a Chinese message quoting the figures.
/// Every issue is a warning: the user may save anyway with a written reason (see `ValidationOutcome`).
public struct ValidationIssue: Sendable, Hashable, Codable {
    public var code: ValidationIssueCode
    public var field: ObservationField
    /// Chinese, for a statistician, e.g. "上月累计1,234.50 + 本月120.00 = 1,354.50，与填报累计1,360.00不一致".
    public var message: String

    public init(code: ValidationIssueCode, field: ObservationField, message: String) {
        self.code = code
        self.field = field
        self.message = message
    }
}
