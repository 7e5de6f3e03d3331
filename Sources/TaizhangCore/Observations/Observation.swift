import Foundation

/// One indicator's figures for one org unit and one month, in the indicator's unit.
public struct Observation: Hashable, Sendable, Codable {
    public var indicatorCode: String
    public var orgUnitID: Int64
    public var month: YearMonth
    /// The month's own value (本月).
    public var monthly: Decimal?
    /// Year-to-date value through this month (1—N月累计); for stock indicators, the value at month end.
    public var cumulative: Decimal?
    /// The comparable prior-year value for the same period (可比口径上年同期累计), the base of 同比.
    public var priorCumulative: Decimal?
    /// Growth in % as published by the statistics bureau (for real-growth indicators such as GDP).
    public var publishedGrowth: Decimal?
    public var note: String?
    /// The written reason given when the user saved despite validation warnings.
    public var overrideReason: String?
    public var status: WorkflowStatus

    public init(
        indicatorCode: String, orgUnitID: Int64, month: YearMonth, monthly: Decimal? = nil,
        cumulative: Decimal? = nil, priorCumulative: Decimal? = nil, publishedGrowth: Decimal? = nil,
        note: String? = nil, overrideReason: String? = nil, status: WorkflowStatus = .draft
    ) {
        self.indicatorCode = indicatorCode
        self.orgUnitID = orgUnitID
        self.month = month
        self.monthly = monthly
        self.cumulative = cumulative
        self.priorCumulative = priorCumulative
        self.publishedGrowth = publishedGrowth
        self.note = note
        self.overrideReason = overrideReason
        self.status = status
    }
}
