import Foundation

/// The figures every bulletin row shows: plan, completion (1—M月 and the month), rate and gap to time elapsed.
/// Figures made by `ProjectBulletin.make` derive the rate and the gap when they are read: dividing for all of a
/// city's 50,000 projects up front would cost more than the rest of the bulletin, and a page shows few of them.
public struct BulletinFigures: Hashable, Sendable {
    /// 年度计划投资 (万元).
    public var annualPlan: Decimal
    /// 1—M月 完成投资 (万元).
    public var yearCompleted: Decimal
    /// 本月完成投资 (万元).
    public var monthCompleted: Decimal
    private var source: Source

    private enum Source: Hashable, Sendable {
        case given(rate: Decimal?, gap: Decimal?)
        case derived(timeElapsed: Decimal)
    }

    /// Figures with the rate and gap given (e.g. by a test or an import).
    public init(
        annualPlan: Decimal = 0, yearCompleted: Decimal = 0, monthCompleted: Decimal = 0,
        completionRate: Decimal? = nil, gap: Decimal? = nil
    ) {
        self.annualPlan = annualPlan
        self.yearCompleted = yearCompleted
        self.monthCompleted = monthCompleted
        source = .given(rate: completionRate, gap: gap)
    }

    /// Figures whose rate and gap follow from the amounts and `timeElapsed` (in %).
    public init(annualPlan: Decimal, yearCompleted: Decimal, monthCompleted: Decimal, timeElapsed: Decimal) {
        self.annualPlan = annualPlan
        self.yearCompleted = yearCompleted
        self.monthCompleted = monthCompleted
        source = .derived(timeElapsed: timeElapsed)
    }

    /// 完成率 in % (yearCompleted ÷ annualPlan × 100), nil without a plan.
    public var completionRate: Decimal? {
        get {
            switch source {
            case .given(let rate, _): rate
            case .derived: Statistics.completionRate(completed: yearCompleted, planned: annualPlan)
            }
        }
        set { source = .given(rate: newValue, gap: gap) }
    }

    /// 完成率 − 时序进度 in 百分点 (negative: behind), nil without a plan.
    public var gap: Decimal? {
        get {
            switch source {
            case .given(_, let gap): gap
            case .derived(let elapsed): completionRate.map { $0 - elapsed }
            }
        }
        set { source = .given(rate: completionRate, gap: newValue) }
    }

    public static func == (a: BulletinFigures, b: BulletinFigures) -> Bool {
        a.annualPlan == b.annualPlan && a.yearCompleted == b.yearCompleted && a.monthCompleted == b.monthCompleted
            && a.completionRate == b.completionRate && a.gap == b.gap
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(annualPlan)
        hasher.combine(yearCompleted)
        hasher.combine(monthCompleted)
    }
}
