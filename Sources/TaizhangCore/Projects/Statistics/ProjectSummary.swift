import Foundation

/// The project statistics of a set of projects for the period 1—M月 of a year (see docs/projects.md for every
/// definition). Amounts in 万元, exact; rates in % and unrounded, nil when their base is zero.
public struct ProjectSummary: Hashable, Sendable {
    /// The month the period runs through (1—M月 of its year).
    public var asOf: YearMonth
    /// Projects in the set, whatever their stage.
    public var projectCount: Int

    /// 签约项目: signed in 1—M月 and not withdrawn by the end of M; their 签约金额.
    public var signedCount: Int
    public var signedValue: Decimal
    /// 其中 签约金额 ≥ each threshold (ascending, as in the options).
    public var signedAbove: [ThresholdTally]
    /// 当年签约当年开工: signed in 1—M月 and started by the end of M, not withdrawn.
    public var signedAndStartedSameYearCount: Int
    /// 实际利用内资: funds in place in 1—M月 over all projects of the set.
    public var yearFundsInPlace: Decimal

    /// Projects by stage in the period, from dates (a project may be counted as 续建 and 竣工 alike).
    public var stages: ProjectStageCounts

    /// 年度计划投资 and 1—M月 完成投资 of the projects not withdrawn before the year.
    public var annualPlan: Decimal
    public var yearCompleted: Decimal
    /// 本月完成投资 of the same projects.
    public var monthCompleted: Decimal

    /// 开工率: of the projects planned to start in 1—M月, the share started by the end of M.
    public var startRate: CountRate
    /// 投资完成率: yearCompleted ÷ annualPlan × 100.
    public var investmentCompletionRate: Decimal?
    /// 资金到位率: Σ 累计到位资金 ÷ Σ 签约金额 over projects signed by the end of M and not withdrawn.
    public var fundsInPlaceRate: AmountRate
    /// 按期竣工率: of the projects planned to complete in 1—M月, the share completed on or before the plan.
    public var onTimeCompletionRate: CountRate

    /// 协调解决问题: matters resolved in 1—M月; 未解决: open at the end of M; of which overdue then.
    public var mattersSolved: Int
    public var mattersOpen: Int
    public var mattersOverdue: Int

    public init(asOf: YearMonth, thresholds: [Decimal] = []) {
        self.asOf = asOf
        projectCount = 0
        signedCount = 0
        signedValue = 0
        signedAbove = thresholds.map { ThresholdTally(threshold: $0) }
        signedAndStartedSameYearCount = 0
        yearFundsInPlace = 0
        stages = ProjectStageCounts()
        annualPlan = 0
        yearCompleted = 0
        monthCompleted = 0
        startRate = CountRate()
        investmentCompletionRate = nil
        fundsInPlaceRate = AmountRate()
        onTimeCompletionRate = CountRate()
        mattersSolved = 0
        mattersOpen = 0
        mattersOverdue = 0
    }
}

/// Signed projects whose 签约金额 reaches a threshold (其中 亿元以上): how many and their value (万元).
public struct ThresholdTally: Hashable, Sendable {
    /// 万元 (10000 = 1亿元).
    public var threshold: Decimal
    public var count: Int
    public var value: Decimal

    public init(threshold: Decimal, count: Int = 0, value: Decimal = 0) {
        self.threshold = threshold
        self.count = count
        self.value = value
    }
}

/// Projects by stage in a period: 新开工, 续建, 竣工, 前期, 调整退出 (definitions in docs/projects.md).
public struct ProjectStageCounts: Hashable, Sendable {
    public var started: Int
    public var continuing: Int
    public var completed: Int
    public var preparing: Int
    public var withdrawn: Int

    public init(started: Int = 0, continuing: Int = 0, completed: Int = 0, preparing: Int = 0, withdrawn: Int = 0) {
        self.started = started
        self.continuing = continuing
        self.completed = completed
        self.preparing = preparing
        self.withdrawn = withdrawn
    }
}

/// A rate over a count of projects: `achieved` of `base`, in % (nil when the base is 0).
public struct CountRate: Hashable, Sendable {
    public var base: Int
    public var achieved: Int

    public init(base: Int = 0, achieved: Int = 0) {
        self.base = base
        self.achieved = achieved
    }

    /// achieved ÷ base × 100, unrounded; nil when the base is 0.
    public var rate: Decimal? { base == 0 ? nil : Decimal(achieved) * 100 / Decimal(base) }
}

/// A rate over amounts (万元): `achieved` of `base`, in % (nil when the base is not positive).
public struct AmountRate: Hashable, Sendable {
    public var base: Decimal
    public var achieved: Decimal

    public init(base: Decimal = 0, achieved: Decimal = 0) {
        self.base = base
        self.achieved = achieved
    }

    /// achieved ÷ base × 100, unrounded; nil when the base is not positive.
    public var rate: Decimal? { Statistics.completionRate(completed: achieved, planned: base) }
}
