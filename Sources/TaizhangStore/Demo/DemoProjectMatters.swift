import Foundation
import TaizhangCore

/// Draws the problems (事项) that blocked a demo project while it was dispatched: most were solved within weeks,
/// some took months, and some of the active projects still wait past their deadline (逾期).
enum DemoProjectMatters {
    static func matters(
        timeline: DemoProjectTimeline, months: [DemoMonthFigures], orgUnitID: Int64, zoneShortName: String,
        asOf: CalendarDate, rng: inout DemoRandom
    ) -> [Matter] {
        guard let signed = timeline.date(of: .signed), !months.isEmpty else { return [] }
        let finished = timeline.date(of: .completed) ?? timeline.withdrawal?.on
        let end = finished ?? asOf
        let isActive = finished == nil
        var count = rng.pick(weighted: [(0, 58), (1, 30), (2, 10), (3, 2)])
        let stuck = isActive && timeline.isLagging
        if stuck { count = max(count, 1) }

        var matters: [Matter] = []
        for number in 0..<count {
            // A lagging project's first problem is unsolved and past its deadline: raised when the money stopped,
            // or a few months ago.
            let overdueOnPurpose = stuck && number == 0
            let recent = months[max(0, months.count - rng.int(in: 3...6))]
            let figures =
                overdueOnPurpose ? (months.first(where: \.isStalled) ?? recent) : rng.pick(months)
            var raised = max(rng.day(in: figures.month), signed)
            if raised >= end { raised = max(DemoDays.adding(-1, to: end), signed) }
            let kind: MatterKind =
                overdueOnPurpose
                ? (figures.isStalled ? .financing : rng.pick([.financing, .land, .power]))
                : rng.pick(
                    weighted: figures.constructionShare == nil
                        ? DemoProjectTexts.preparationKinds : DemoProjectTexts.constructionKinds)
            let text = rng.pick(DemoProjectTexts.matterTexts[kind]!)
            let description = text.description.replacingOccurrences(
                of: "#", with: "\(roundNumber(rng.int(in: text.range)))")
            let owner = rng.pick(text.owners).replacingOccurrences(of: "{区}", with: zoneShortName)
            let deadline = DemoDays.adding(
                overdueOnPurpose ? rng.int(in: 15...30) : kind == .power ? rng.int(in: 30...90) : rng.int(in: 20...75),
                to: raised)

            let roll = rng.int(in: 0...999)
            let delay = roll < 700 ? rng.int(in: 7...60) : roll < 950 ? rng.int(in: 60...180) : rng.int(in: 180...400)
            let keepOpen = overdueOnPurpose || (isActive && rng.chance(permille: 110))
            var matter = Matter(
                orgUnitID: orgUnitID, kind: kind, description: description, ownerUnit: owner, raisedOn: raised,
                deadline: deadline)
            var solved = DemoDays.adding(delay, to: raised)
            if let finished, solved > finished { solved = max(finished, raised) }
            if !keepOpen && solved <= asOf {
                matter.status = .resolved
                matter.resolvedOn = solved
                matter.resolution =
                    timeline.withdrawal != nil && solved == finished
                    ? "项目调整退出，事项终止办理" : text.resolution
            }
            matters.append(matter)
        }
        return matters
    }

    /// Figures offices write round: 1,234 becomes 1,200.
    private static func roundNumber(_ value: Int) -> Int {
        value >= 1_000 ? value / 100 * 100 : value >= 100 ? value / 10 * 10 : value
    }

    /// Contacts with the investor while the lead was followed, ending with the signing ceremony.
    static func followUps(
        timeline: DemoProjectTimeline, investor: String, place: String?, projectName: String, zoneShortName: String,
        industry: String, contractValue: Decimal?, leader: String, asOf: CalendarDate, rng: inout DemoRandom
    ) -> [ProjectFollowUp] {
        let lead = timeline.events[0].on
        let signed = timeline.date(of: .signed)
        let end = signed ?? timeline.withdrawal?.on ?? asOf
        let span = DemoDays.between(lead, end)
        guard span > 2 else { return [] }
        let count = min(rng.int(in: 1...4), span / 20 + 1)
        let days = Set((0..<count).map { _ in rng.int(in: 1...(span - 1)) }).sorted()
        let participants = "\(leader)、\(zoneShortName)招商服务局"
        var out: [ProjectFollowUp] = []
        for (index, offset) in days.enumerated() {
            let on = DemoDays.adding(offset, to: lead)
            let kind = index == 0 ? rng.pick(["走访", "推介"]) : rng.pick(["洽谈", "考察", "洽谈"])
            let summary: String
            switch kind {
            case "走访": summary = "赴\(place ?? "企业总部")拜访\(investor)，介绍\(zoneShortName)产业定位和招商政策"
            case "推介":
                summary =
                    "在\(rng.pick(DemoProjectTexts.promotionEvents))上推介\(zoneShortName)\(industry)产业，\(investor)表达投资意向"
            case "考察": summary = "\(investor)考察团来\(zoneShortName)实地考察项目地块和水电路配套条件"
            default:
                summary = rng.pick([
                    "与\(investor)就项目选址、用地规模和投资强度进行洽谈", "与\(investor)就投资协议条款和扶持政策进一步洽谈",
                    "与\(investor)商定项目分期建设计划和达产目标",
                ])
            }
            out.append(ProjectFollowUp(projectID: 0, on: on, kind: kind, participants: participants, summary: summary))
        }
        if let signed, let contractValue {
            out.append(
                ProjectFollowUp(
                    projectID: 0, on: signed, kind: "签约仪式", participants: participants,
                    summary: "举行签约仪式，签订\(projectName)投资协议，签约金额\(contractValue.plainString)万元"))
        }
        return out
    }
}
