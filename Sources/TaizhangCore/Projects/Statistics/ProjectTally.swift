import Foundation

/// Adds contributions up into a `ProjectSummary`, amounts on the integer path of `ScaledAmount`.
struct ProjectTally {
    private var summary: ProjectSummary
    private let thresholds: [Amount]
    private var signedValue = AmountTotal()
    private var signedAbove: [AmountTotal]
    private var yearFundsInPlace = AmountTotal()
    private var annualPlan = AmountTotal()
    private var yearCompleted = AmountTotal()
    private var monthCompleted = AmountTotal()
    private var fundsBase = AmountTotal()
    private var fundsAchieved = AmountTotal()

    init(asOf: YearMonth, options: ProjectStatisticsOptions) {
        summary = ProjectSummary(asOf: asOf, thresholds: options.thresholds)
        thresholds = options.thresholds.map(Amount.init)
        signedAbove = Array(repeating: AmountTotal(), count: thresholds.count)
    }

    mutating func add(_ c: ProjectContribution) {
        summary.projectCount += 1
        if c.signed {
            summary.signedCount += 1
            signedValue.add(c.contractValue)
            for index in thresholds.indices where c.contractValue.isAtLeast(thresholds[index]) {
                summary.signedAbove[index].count += 1
                signedAbove[index].add(c.contractValue)
            }
            if c.signedAndStartedSameYear { summary.signedAndStartedSameYearCount += 1 }
        }
        yearFundsInPlace.add(c.yearFundsInPlace)
        if c.newlyStarted { summary.stages.started += 1 }
        if c.continuing { summary.stages.continuing += 1 }
        if c.completed { summary.stages.completed += 1 }
        if c.preparing { summary.stages.preparing += 1 }
        if c.withdrawn { summary.stages.withdrawn += 1 }
        if c.inPlan {
            annualPlan.add(c.annualPlan)
            yearCompleted.add(c.yearCompleted)
            monthCompleted.add(c.monthCompleted)
        }
        if c.plannedToStart {
            summary.startRate.base += 1
            if c.startedAsPlanned { summary.startRate.achieved += 1 }
        }
        if let base = c.fundsBase {
            fundsBase.add(base)
            fundsAchieved.add(c.fundsAchieved)
        }
        if c.plannedToComplete {
            summary.onTimeCompletionRate.base += 1
            if c.completedOnTime { summary.onTimeCompletionRate.achieved += 1 }
        }
    }

    mutating func add(_ c: MatterContribution) {
        if c.solved { summary.mattersSolved += 1 }
        if c.open { summary.mattersOpen += 1 }
        if c.overdue { summary.mattersOverdue += 1 }
    }

    /// The summary with its amounts and derived rate filled in.
    var finished: ProjectSummary {
        var result = summary
        result.signedValue = signedValue.value
        for index in signedAbove.indices { result.signedAbove[index].value = signedAbove[index].value }
        result.yearFundsInPlace = yearFundsInPlace.value
        result.annualPlan = annualPlan.value
        result.yearCompleted = yearCompleted.value
        result.monthCompleted = monthCompleted.value
        result.fundsInPlaceRate = AmountRate(base: fundsBase.value, achieved: fundsAchieved.value)
        result.investmentCompletionRate = Statistics.completionRate(
            completed: result.yearCompleted, planned: result.annualPlan)
        return result
    }
}
