/// Who and when a report is for: the zone it describes, its parent (the field of ranks and comparisons), the
/// period, and the signature block. Every expression without a qualifier refers to this zone and period.
public struct ReportContext: Sendable, Hashable {
    /// The org unit's code and name as documents write it ("高新区").
    public var orgUnitCode: String
    public var orgUnitName: String
    /// How the text names the parent unit: "全市" (ranks read "居全市第3位").
    public var parentName: String
    /// The report period, usually `.cumulative(through:)` ("2024年1—10月") or `.year`.
    public var period: Period
    /// The issuing body and date of the signature block (【落款】).
    public var issuer: String
    public var date: CalendarDate

    public init(
        orgUnitCode: String, orgUnitName: String, parentName: String = "全市", period: Period, issuer: String,
        date: CalendarDate
    ) {
        self.orgUnitCode = orgUnitCode
        self.orgUnitName = orgUnitName
        self.parentName = parentName
        self.period = period
        self.issuer = issuer
        self.date = date
    }
}

extension Period {
    /// The last month the period covers (a year and a forecast end in December).
    public var endMonth: YearMonth {
        switch self {
        case .year(let y), .forecast(let y): YearMonth(year: y, month: 12)!
        case .quarter(let y, let q): YearMonth(year: y, month: min(12, max(1, q * 3)))!
        case .month(let m), .cumulative(let m): m
        }
    }

    /// The same period `years` years later (negative: earlier), for 上年.
    func shifted(years: Int) -> Period {
        switch self {
        case .year(let y): .year(y + years)
        case .forecast(let y): .forecast(year: y + years)
        case .quarter(let y, let q): .quarter(year: y + years, quarter: q)
        case .month(let m): .month(YearMonth(year: m.year + years, month: m.month)!)
        case .cumulative(let m): .cumulative(through: YearMonth(year: m.year + years, month: m.month)!)
        }
    }
}
