import Foundation
import TaizhangCore

/// One reported month of a demo project: investment completed and funds received (万元), and where the project
/// stood, for the progress text.
struct DemoMonthFigures: Sendable, Equatable {
    var month: YearMonth
    var completed: Decimal
    var funds: Decimal
    /// Share of the construction months done by the end of this month (0…1); nil before construction.
    var constructionShare: Decimal?
    /// The month the land (or, for expansions, the design and permits) was paid for.
    var isPreparationPayment: Bool
    /// Spending nearly stopped (a lagging project short of money).
    var isStalled: Bool
}

/// The money of a demo project: what was spent month by month and what was planned for each year. Spending follows
/// a ramp-up, plateau and ramp-down over the construction months, slowed in the northern winter.
struct DemoProjectSpending {
    let timeline: DemoProjectTimeline
    /// 计划总投资 (万元).
    let investment: Decimal
    /// Land (or design and permits) paid before construction, as a fraction of the investment.
    let preparationShare: Decimal
    let through: YearMonth

    var signedMonth: YearMonth? { timeline.date(of: .signed)?.yearMonth }

    /// The last month the project reports in the monthly dispatch: its completion month, the month before its
    /// withdrawal, or `through`.
    var lastReportMonth: YearMonth? {
        guard signedMonth != nil else { return nil }
        if let completed = timeline.date(of: .completed) { return completed.yearMonth }
        if let withdrawal = timeline.withdrawal { return withdrawal.on.yearMonth.previous }
        return through
    }

    /// Construction weights: ramp up over the first quarter, plateau, ramp down; winter months (12–2) at 40%.
    static func weights(_ months: [YearMonth]) -> [Decimal] {
        let n = months.count
        let ramp = max(1, n / 4)
        return months.enumerated().map { index, month in
            Decimal(min(index + 1, n - index, ramp) * ([12, 1, 2].contains(month.month) ? 4 : 10))
        }
    }

    /// The months actually reported, each with its figures.
    func months(rng: inout DemoRandom) -> [DemoMonthFigures] {
        guard let signedMonth, let last = lastReportMonth, signedMonth <= last else { return [] }
        let preparation = (investment * preparationShare).roundedHalfUp(scale: 1)
        let start = timeline.date(of: .started)?.yearMonth
        var paymentMonth = start ?? through.next
        if let preparing = timeline.date(of: .preparing) {
            let candidate = DemoDays.month(DemoDays.index(preparing.yearMonth) + rng.int(in: 1...2))
            paymentMonth = min(candidate, start ?? candidate)
        }

        var construction: [YearMonth: (amount: Decimal, share: Decimal, stalled: Bool)] = [:]
        if let start {
            let months = DemoDays.months(
                from: start, through: DemoDays.month(DemoDays.index(start) + timeline.actualMonths - 1))
            let isCompleted = timeline.date(of: .completed) != nil
            let stallIndex =
                timeline.isLagging && !isCompleted && rng.chance(permille: 450)
                ? rng.int(in: (months.count / 3)...(months.count / 2)) : months.count
            let total = investment * rng.permille(950, 1030) - preparation
            let weighted = zip(Self.weights(months), months.map { _ in rng.permille(700, 1300) }).map { $0 * $1 }
            let sum = weighted.reduce(0, +)
            var spent: Decimal = 0
            for (index, month) in months.enumerated() {
                var amount = total * weighted[index] / sum
                if index >= stallIndex { amount *= pm(150) }
                amount = amount.roundedHalfUp(scale: 1)
                if isCompleted && index == months.count - 1 { amount = max(total.roundedHalfUp(scale: 1) - spent, 0) }
                spent += amount
                construction[month] = (amount, Decimal(index + 1) / Decimal(months.count), index >= stallIndex)
            }
        }

        let fundsRatio = rng.permille(850, 1050)
        return DemoDays.months(from: signedMonth, through: last).map { month in
            let isPayment = month == paymentMonth
            let built = construction[month]
            let completed = (built?.amount ?? 0) + (isPayment ? preparation : 0)
            let funds = (completed * fundsRatio * rng.permille(900, 1100)).roundedHalfUp(scale: 1)
            return DemoMonthFigures(
                month: month, completed: completed, funds: funds, constructionShare: built?.share,
                isPreparationPayment: isPayment, isStalled: built?.stalled ?? false)
        }
    }

    /// 年度计划投资 per year, as offices set it at the start of each year. A project that started in an earlier
    /// year is planned from where it really stands: what remains, times the share of its remaining construction
    /// that falls in the year, a little optimistically (much more so for a lagging project, which promises to
    /// catch up). Otherwise the schedule made at signing is followed: what remains times the share of the remaining
    /// schedule in the year, a little cautiously in the planned start year; after the planned last year, all that
    /// remains. Rounded to 10 万元; none after completion or withdrawal.
    func annualPlans(actual: [DemoMonthFigures], rng: inout DemoRandom) -> [Int: Decimal] {
        guard let signedMonth, let plannedStart = timeline.plannedStart?.yearMonth else { return [:] }
        let preparationMonths = DemoDays.months(from: signedMonth, through: plannedStart.previous)
        let constructionMonths = DemoDays.months(
            from: plannedStart, through: DemoDays.month(DemoDays.index(plannedStart) + timeline.plannedMonths - 1))
        let preparation = investment * preparationShare
        var schedule: [Int: Decimal] = [:]
        for month in preparationMonths {
            schedule[month.year, default: 0] += preparation / Decimal(preparationMonths.count)
        }
        let weights = Self.weights(constructionMonths)
        let sum = weights.reduce(0, +)
        let building = preparationMonths.isEmpty ? investment : investment - preparation
        for (month, weight) in zip(constructionMonths, weights) {
            schedule[month.year, default: 0] += building * weight / sum
        }

        // The real construction curve, by year, for projects already building.
        var curve: [Int: Decimal] = [:]
        let start = timeline.date(of: .started)?.yearMonth
        if let start {
            let months = DemoDays.months(
                from: start, through: DemoDays.month(DemoDays.index(start) + timeline.actualMonths - 1))
            for (month, weight) in zip(months, Self.weights(months)) { curve[month.year, default: 0] += weight }
        }
        let optimism = timeline.isLagging ? rng.permille(1_200, 1_500) : rng.permille(980, 1_080)
        let caution = rng.permille(750, 900)

        let scheduledYears = schedule.keys.sorted()
        let lastYear = max(scheduledYears.last!, actual.last?.month.year ?? 0)
        let spentBeforeNow = actual.filter { $0.month.year < through.year }.map(\.completed).reduce(0, +)
        var plannedFromNow: Decimal = 0
        var plans: [Int: Decimal] = [:]
        for year in scheduledYears[0]...lastYear {
            var plan: Decimal
            if year <= through.year {
                let spent = actual.filter { $0.month.year < year }.map(\.completed).reduce(0, +)
                let remaining = max(investment - spent, investment * pm(50))
                let curveAhead = curve.filter { $0.key >= year }.values.reduce(0, +)
                if let start, start.year < year, curveAhead > 0 {
                    plan = min(remaining * (curve[year] ?? 0) / curveAhead * optimism, remaining)
                } else {
                    let ahead = schedule.filter { $0.key >= year }.values.reduce(0, +)
                    plan = ahead > 0 ? remaining * (schedule[year] ?? 0) / ahead : remaining
                    if year == plannedStart.year && ahead > (schedule[year] ?? 0) { plan *= caution }
                }
            } else {
                let ahead = schedule.filter { $0.key >= year }.values.reduce(0, +)
                let share = ahead > 0 ? (schedule[year] ?? 0) / ahead : 1
                plan = max(investment - spentBeforeNow - plannedFromNow, 0) * share
            }
            plan = (plan / 10).roundedHalfUp(scale: 0) * 10
            plans[year] = plan
            if year >= through.year { plannedFromNow += plan }
        }
        let endYear = timeline.date(of: .completed)?.year ?? timeline.withdrawal?.on.year ?? Int.max
        return plans.filter { $0.key <= endYear && $0.value > 0 }
    }
}
