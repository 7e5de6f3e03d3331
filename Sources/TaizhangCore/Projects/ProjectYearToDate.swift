import Foundation

/// One project's investment figures through a month, as the store aggregates them from its monthly progress:
/// what the statistics and the bulletin need, without loading every month of every project.
public struct ProjectYearToDate: Hashable, Sendable, Codable {
    public var projectID: Int64
    /// The month the figures run through (1—N月 of its year).
    public var through: YearMonth
    /// 本月完成投资 (万元): the `through` month's own value, zero when the project did not report.
    public var monthCompleted: Decimal
    /// 今年累计完成投资 (万元): January through `through`.
    public var yearCompleted: Decimal
    /// 今年累计到位资金 (万元): January through `through`.
    public var yearFundsInPlace: Decimal
    /// 累计完成投资 since the first report, all years through `through` (万元).
    public var totalCompleted: Decimal
    /// 累计到位资金 since the first report (万元).
    public var totalFundsInPlace: Decimal
    /// Whether the project reported for the `through` month itself (月调度 已报).
    public var reportedThisMonth: Bool

    public init(
        projectID: Int64, through: YearMonth, monthCompleted: Decimal = 0, yearCompleted: Decimal = 0,
        yearFundsInPlace: Decimal = 0, totalCompleted: Decimal = 0, totalFundsInPlace: Decimal = 0,
        reportedThisMonth: Bool = false
    ) {
        self.projectID = projectID
        self.through = through
        self.monthCompleted = monthCompleted
        self.yearCompleted = yearCompleted
        self.yearFundsInPlace = yearFundsInPlace
        self.totalCompleted = totalCompleted
        self.totalFundsInPlace = totalFundsInPlace
        self.reportedThisMonth = reportedThisMonth
    }
}
