import Foundation
import TaizhangCore

/// One step of a demo project's generated life: the stage it entered, when, and why (调整退出 only).
struct DemoStageEvent: Sendable, Equatable {
    var stage: ProjectStage
    var on: CalendarDate
    var reason: String?
}

/// A demo project's life as far as it got by the as-of day: its stage history and the plan made at signing
/// (planned start and construction length), the actual construction length, and whether it lags.
struct DemoProjectTimeline: Sendable {
    /// In order, strictly increasing dates, all on or before the as-of day; the first is the lead.
    var events: [DemoStageEvent]
    var plannedStart: CalendarDate?
    var plannedCompletion: CalendarDate?
    /// Planned and actual construction length in months (start month and completion month included).
    var plannedMonths: Int
    var actualMonths: Int
    /// Built far slower than planned (the bulletin's 滞后项目).
    var isLagging: Bool

    func date(of stage: ProjectStage) -> CalendarDate? { events.first { $0.stage == stage }?.on }
    var stage: ProjectStage { events.last!.stage }
    var withdrawal: DemoStageEvent? { events.last { $0.stage == .withdrawn } }
}

/// Draws a demo project's life from its first contact onward: negotiation and signing over months, 前期 or a direct
/// start, construction that runs over the new year (续建), completion and production; a few are withdrawn.
enum DemoProjectLifecycle {
    /// Draws the timeline of a project first recorded on `leadOn` and cuts it at `asOf`.
    static func timeline(
        leadOn: CalendarDate, investment: Decimal, nature: ConstructionNature, isInfrastructure: Bool,
        asOf: CalendarDate, rng: inout DemoRandom
    ) -> DemoProjectTimeline {
        var events = [DemoStageEvent(stage: .lead, on: leadOn)]
        let isLarge = investment >= 80_000
        let negotiating = DemoDays.adding(
            rng.chance(permille: 300) ? rng.int(in: 120...420) : rng.int(in: 15...150), to: leadOn)
        events.append(DemoStageEvent(stage: .negotiating, on: negotiating))

        // Some negotiations fail, some drag on for years.
        let fate = rng.int(in: 0...999)
        if fate < 35 {
            events.append(
                withdrawal(
                    after: negotiating, days: 60...360, rng: &rng,
                    reasons: DemoProjectPeople.negotiationWithdrawalReasons))
            return cut(events, at: asOf, plan: nil)
        }
        let negotiationDays =
            fate < 110 ? rng.int(in: 420...900) : rng.int(in: 40...270) + (isLarge ? rng.int(in: 0...120) : 0)
        let signed = DemoDays.adding(negotiationDays, to: negotiating)
        events.append(DemoStageEvent(stage: .signed, on: signed))

        let directPermille =
            isInfrastructure ? 250 : nature == .renovation ? 700 : nature == .expansion ? 550 : 300
        let direct = rng.chance(permille: directPermille)
        var before = signed
        let plannedStart = DemoDays.adding(direct ? rng.int(in: 15...75) : rng.int(in: 45...170), to: signed)
        if !direct {
            let preparing = DemoDays.adding(rng.int(in: 5...30), to: signed)
            events.append(DemoStageEvent(stage: .preparing, on: preparing))
            before = preparing
            if rng.chance(permille: 25) {
                events.append(
                    withdrawal(
                        after: preparing, days: 90...420, rng: &rng, reasons: DemoProjectPeople.signedWithdrawalReasons)
                )
                return cut(events, at: asOf, plan: (plannedStart, months(investment, nature, isInfrastructure, &rng)))
            }
        }

        let plannedMonths = months(investment, nature, isInfrastructure, &rng)
        let delayRoll = rng.int(in: 0...999)
        let delay =
            delayRoll < 750 ? rng.int(in: 0...20) : delayRoll < 920 ? rng.int(in: 30...90) : rng.int(in: 100...200)
        var started = DemoDays.adding(delay, to: plannedStart)
        if DemoDays.between(before, started) < 10 { started = DemoDays.adding(10, to: before) }
        events.append(DemoStageEvent(stage: .started, on: started))

        let stretchRoll = rng.int(in: 0...999)
        let isLagging = stretchRoll >= 850
        let stretch =
            stretchRoll < 550 ? rng.int(in: 85...105) : isLagging ? rng.int(in: 150...220) : rng.int(in: 105...125)
        let actualMonths = max(3, (plannedMonths * stretch + 50) / 100)
        let completed = DemoDays.adding(months: actualMonths - 1, to: started, day: rng.int(in: 5...28))

        var stopped: DemoStageEvent?
        if rng.chance(permille: 12) {
            let day = DemoDays.adding(
                months: rng.int(in: 4...max(4, actualMonths - 2)), to: started, day: rng.int(in: 2...28))
            if day < completed {
                stopped = DemoStageEvent(
                    stage: .withdrawn, on: day, reason: DemoProjectPeople.stoppedConstructionReason)
            }
        }
        let newYear = CalendarDate(year: started.year + 1, month: 1, day: 1)!
        if newYear < (stopped?.on ?? completed) { events.append(DemoStageEvent(stage: .continuing, on: newYear)) }
        if let stopped {
            events.append(stopped)
        } else {
            events.append(DemoStageEvent(stage: .completed, on: completed))
            events.append(DemoStageEvent(stage: .operating, on: DemoDays.adding(rng.int(in: 20...120), to: completed)))
        }
        var timeline = cut(events, at: asOf, plan: (plannedStart, plannedMonths))
        timeline.actualMonths = actualMonths
        timeline.isLagging = isLagging
        return timeline
    }

    /// Planned construction length in months, longer for larger projects.
    private static func months(
        _ investment: Decimal, _ nature: ConstructionNature, _ isInfrastructure: Bool, _ rng: inout DemoRandom
    ) -> Int {
        if isInfrastructure { return rng.int(in: 6...18) }
        if nature == .renovation { return rng.int(in: 5...10) }
        if investment < 20_000 { return rng.int(in: 8...14) }
        if investment < 80_000 { return rng.int(in: 11...20) }
        return rng.int(in: 16...30)
    }

    private static func withdrawal(
        after day: CalendarDate, days: ClosedRange<Int>, rng: inout DemoRandom, reasons: [String]
    ) -> DemoStageEvent {
        DemoStageEvent(
            stage: .withdrawn, on: DemoDays.adding(rng.int(in: days), to: day),
            reason: rng.pick(reasons))
    }

    /// Keeps the events up to `asOf`; the plan made at signing is kept when the signing happened.
    private static func cut(
        _ events: [DemoStageEvent], at asOf: CalendarDate, plan: (start: CalendarDate, months: Int)?
    ) -> DemoProjectTimeline {
        let kept = events.filter { $0.on <= asOf }
        let signed = kept.contains { $0.stage == .signed }
        let plannedStart = signed ? plan?.start : nil
        let plannedCompletion = plannedStart.map {
            DemoDays.adding(months: plan!.months - 1, to: $0, day: 28)
        }
        return DemoProjectTimeline(
            events: kept, plannedStart: plannedStart, plannedCompletion: plannedCompletion,
            plannedMonths: plan?.months ?? 0, actualMonths: 0, isLagging: false)
    }
}
