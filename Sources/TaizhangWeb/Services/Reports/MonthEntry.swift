import Foundation

/// The month's form for one org unit: every catalogue indicator with its current figures and, beside them,
/// last month's and last year's, so the statistician can check as she types.
public struct EntryForm: Encodable, Sendable {
    public let orgUnit: OrgUnitSummary
    public let month: String
    public let periodName: String
    public let rows: [EntryRow]
}

/// One indicator of the entry form.
public struct EntryRow: Encodable, Sendable {
    public let indicator: IndicatorSummary
    @ExactDecimal public var monthly: Decimal?
    @ExactDecimal public var cumulative: Decimal?
    @ExactDecimal public var priorCumulative: Decimal?
    @ExactDecimal public var publishedGrowth: Decimal?
    public let note: String?
    public let overrideReason: String?
    public let status: String?
    @ExactDecimal public var previousMonthMonthly: Decimal?
    @ExactDecimal public var previousMonthCumulative: Decimal?
    @ExactDecimal public var lastYearMonthly: Decimal?
    @ExactDecimal public var lastYearCumulative: Decimal?
}

/// One indicator's figures as submitted by the form or the API (all optional; a row with nothing is skipped).
public struct ObservationInput: Codable, Sendable, Hashable {
    public var indicatorCode: String
    @ExactDecimal public var monthly: Decimal?
    @ExactDecimal public var cumulative: Decimal?
    @ExactDecimal public var priorCumulative: Decimal?
    @ExactDecimal public var publishedGrowth: Decimal?
    public var note: String?
    /// The written reason for saving despite warnings (required when the row has any).
    public var overrideReason: String?

    public init(
        indicatorCode: String, monthly: Decimal? = nil, cumulative: Decimal? = nil, priorCumulative: Decimal? = nil,
        publishedGrowth: Decimal? = nil, note: String? = nil, overrideReason: String? = nil
    ) {
        self.indicatorCode = indicatorCode
        self.monthly = monthly
        self.cumulative = cumulative
        self.priorCumulative = priorCumulative
        self.publishedGrowth = publishedGrowth
        self.note = note
        self.overrideReason = overrideReason
    }

    /// Nothing was filled in.
    var isEmpty: Bool {
        monthly == nil && cumulative == nil && priorCumulative == nil && publishedGrowth == nil
            && (note ?? "").trimmingCharacters(in: .whitespaces).isEmpty
    }
}

/// The result of checking (and possibly saving) a month's submission.
public struct EntryCheck: Encodable, Sendable {
    /// Every problem: validation warnings per field, and errors (unknown indicator, missing reason).
    public let problems: [APIProblem]
    /// Number of observations written; 0 when only checked or when something blocked the save.
    public let savedCount: Int
    public let isSaved: Bool

    /// Whether any submitted row has warnings (saving them needs reasons).
    public var hasWarnings: Bool { problems.contains { $0.severity == "warning" } }
    /// Whether something blocks saving.
    public var isBlocked: Bool { problems.contains { $0.severity == "error" } }
}

extension ObservationInput {
    /// Whether the input repeats what is stored (figures, note and reason), i.e. the user changed nothing.
    func matches(_ row: EntryRow) -> Bool {
        func text(_ value: String?) -> String { (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        return monthly == row.monthly && cumulative == row.cumulative && priorCumulative == row.priorCumulative
            && publishedGrowth == row.publishedGrowth && text(note) == text(row.note)
            && text(overrideReason) == text(row.overrideReason)
    }
}
