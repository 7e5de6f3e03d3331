import Foundation

/// What one project adds to the statistics of a period, worked out once so that a breakdown adds it to each of
/// the project's groups without deriving it again. Definitions: docs/projects.md.
struct ProjectContribution: Sendable {
    var signed = false
    var contractValue = Amount.zero
    var signedAndStartedSameYear = false
    var yearFundsInPlace = Amount.zero
    var newlyStarted = false
    var continuing = false
    var completed = false
    var preparing = false
    var withdrawn = false
    /// Not withdrawn before the year: its plan and completion count.
    var inPlan = false
    var annualPlan = Amount.zero
    var yearCompleted = Amount.zero
    var monthCompleted = Amount.zero
    var plannedToStart = false
    var startedAsPlanned = false
    /// Base and achieved of 资金到位率, nil when the project is not in its base.
    var fundsBase: Amount?
    var fundsAchieved = Amount.zero
    var plannedToComplete = false
    var completedOnTime = false

    init(project: Project, history: [ProjectStageChange], totals: ProjectYearToDate?, period: ProjectPeriod) {
        let milestones = ProjectMilestones(project: project, history: history)
        let end = period.end
        let withdrawnByEnd = milestones.isWithdrawn(asOf: end)
        let live = !withdrawnByEnd
        let value = Amount(project.contractValue ?? 0)

        signed = live && period.contains(milestones.signedOn)
        if signed {
            contractValue = value
            signedAndStartedSameYear = period.contains(milestones.startedOn)
        }
        if let funds = totals?.yearFundsInPlace { yearFundsInPlace = Amount(funds) }

        if live {
            newlyStarted = period.contains(milestones.startedOn)
            continuing = period.isBeforeYear(milestones.startedOn) && !period.isBeforeYear(milestones.completedOn)
            completed = period.contains(milestones.completedOn)
            preparing = milestones.isSigned(asOf: end) && !milestones.hasStarted(asOf: end)
        }
        withdrawn = period.contains(milestones.withdrawnOn)

        inPlan = !period.isBeforeYear(milestones.withdrawnOn)
        if inPlan {
            if let plan = project.annualPlans[period.year] { annualPlan = Amount(plan) }
            if let totals {
                yearCompleted = Amount(totals.yearCompleted)
                monthCompleted = Amount(totals.monthCompleted)
            }
        }

        if live, period.contains(project.plannedStart) {
            plannedToStart = true
            startedAsPlanned = milestones.hasStarted(asOf: end)
        }
        if live, value.isPositive, milestones.isSigned(asOf: end) {
            fundsBase = value
            if let funds = totals?.totalFundsInPlace { fundsAchieved = Amount(funds) }
        }
        if live, let plannedCompletion = project.plannedCompletion, period.contains(plannedCompletion) {
            plannedToComplete = true
            completedOnTime = milestones.completedOn.map { $0 <= plannedCompletion } ?? false
        }
    }
}

/// What one matter adds: solved in the period, open at its end, overdue then.
struct MatterContribution: Sendable {
    var solved = false
    var open = false
    var overdue = false

    init(matter: Matter, period: ProjectPeriod) {
        solved = matter.status == .resolved && period.contains(matter.resolvedOn)
        open = matter.isOpen(atEndOf: period.end)
        overdue = open && matter.isOverdue(atEndOf: period.end)
    }
}
