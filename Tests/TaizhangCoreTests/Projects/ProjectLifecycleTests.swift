import Foundation
import Testing

@testable import TaizhangCore

@Suite("Project lifecycle")
struct ProjectLifecycleTests {
    static let today = day("2026-09-01")
    /// Every fact, consistent with each other and with `today`.
    static let allFacts = StageFacts(
        signedOn: day("2025-03-01"), contractValue: 20000, actualStart: day("2025-06-01"),
        actualCompletion: day("2026-05-01"), productionOn: day("2026-08-01"))

    /// Hand-written: the stages each stage may change to.
    static let expected: [ProjectStage: Set<ProjectStage>] = [
        .lead: [.negotiating, .signed, .withdrawn],
        .negotiating: [.signed, .lead, .withdrawn],
        .signed: [.preparing, .started, .withdrawn],
        .preparing: [.started, .withdrawn],
        .started: [.continuing, .completed, .withdrawn],
        .continuing: [.completed, .withdrawn],
        .completed: [.operating],
        .operating: [],
        .withdrawn: [],
    ]

    func record(_ stage: ProjectStage, name: String = "光伏组件") -> Project {
        Project(id: 7, code: "HX-2025-007", name: name, orgUnitID: 11, stage: stage)
    }

    @Test("every stage × target: allowed changes move, the others are refused", arguments: ProjectStage.allCases)
    func transitions(from stage: ProjectStage) throws {
        #expect(Set(ProjectLifecycle.allowedTargets(from: stage)) == Self.expected[stage]!)
        for target in ProjectStage.allCases {
            let attempt = {
                try ProjectLifecycle.advance(
                    record(stage), to: target, on: Self.today, facts: Self.allFacts, reason: "企业战略调整",
                    by: "王科长")
            }
            if target == stage {
                #expect(throws: ProjectLifecycleError.unchanged(project: "光伏组件", stage: stage)) { try attempt() }
            } else if Self.expected[stage]!.contains(target) {
                let (moved, change) = try attempt()
                #expect(moved.stage == target)
                #expect(change.from == stage && change.to == target && change.projectID == 7)
                #expect(change.recordedBy == "王科长")
                #expect(ProjectLifecycle.canAdvance(from: stage, to: target))
            } else {
                #expect(
                    throws: ProjectLifecycleError.transitionNotAllowed(
                        project: "光伏组件", from: stage, to: target,
                        allowed: ProjectLifecycle.allowedTargets(from: stage))
                ) { try attempt() }
                #expect(!ProjectLifecycle.canAdvance(from: stage, to: target))
            }
        }
    }

    @Test("signing directly from a lead sets the date and value; the entry is dated on the signing day")
    func signFromLead() throws {
        let facts = StageFacts(signedOn: day("2026-08-20"), contractValue: d("35000.5"))
        let (signed, change) = try ProjectLifecycle.advance(
            record(.lead), to: .signed, on: Self.today, facts: facts, reason: nil, by: nil)
        #expect(signed.signedOn == day("2026-08-20"))
        #expect(signed.contractValue == d("35000.5"))
        #expect(change.on == day("2026-08-20"))
        #expect(change.reason == nil)
    }

    @Test("facts already on the project need not be given again; given facts replace them")
    func factsOnProject() throws {
        var lead = record(.negotiating)
        lead.signedOn = day("2026-07-01")
        lead.contractValue = 12000
        let (kept, _) = try ProjectLifecycle.advance(
            lead, to: .signed, on: Self.today, facts: .none, reason: nil, by: nil)
        #expect(kept.signedOn == day("2026-07-01") && kept.contractValue == 12000)
        let (replaced, _) = try ProjectLifecycle.advance(
            lead, to: .signed, on: Self.today, facts: StageFacts(contractValue: 15000), reason: nil, by: nil)
        #expect(replaced.signedOn == day("2026-07-01") && replaced.contractValue == 15000)
    }

    @Test("only the facts the target needs are applied")
    func onlyTargetFacts() throws {
        let (preparing, change) = try ProjectLifecycle.advance(
            record(.signed), to: .preparing, on: Self.today, facts: Self.allFacts, reason: "  办理用地手续 ", by: nil)
        #expect(preparing.actualStart == nil && preparing.signedOn == nil && preparing.actualCompletion == nil)
        #expect(change.on == Self.today)
        #expect(change.reason == "办理用地手续")
    }

    @Test("signing needs a date and a positive value")
    func signingRefusals() {
        let lead = record(.lead)
        #expect(throws: ProjectLifecycleError.missingFact(project: "光伏组件", target: .signed, fact: .signedOn)) {
            try ProjectLifecycle.advance(
                lead, to: .signed, on: Self.today, facts: StageFacts(contractValue: 100), reason: nil, by: nil)
        }
        #expect(throws: ProjectLifecycleError.missingFact(project: "光伏组件", target: .signed, fact: .contractValue)) {
            try ProjectLifecycle.advance(
                lead, to: .signed, on: Self.today, facts: StageFacts(signedOn: day("2026-08-01")), reason: nil, by: nil)
        }
        for value: Decimal in [0, -5] {
            #expect(throws: ProjectLifecycleError.nonPositiveContractValue(project: "光伏组件", value: value)) {
                try ProjectLifecycle.advance(
                    lead, to: .signed, on: Self.today,
                    facts: StageFacts(signedOn: day("2026-08-01"), contractValue: value), reason: nil, by: nil)
            }
        }
        #expect(
            throws: ProjectLifecycleError.dateInFuture(
                project: "光伏组件", fact: .signedOn, date: day("2026-09-02"), day: Self.today)
        ) {
            try ProjectLifecycle.advance(
                lead, to: .signed, on: Self.today,
                facts: StageFacts(signedOn: day("2026-09-02"), contractValue: 1), reason: nil, by: nil)
        }
    }

    @Test("starting needs a start date not before signing and not after the day of the change")
    func startRefusals() throws {
        var signed = record(.signed)
        signed.signedOn = day("2026-03-10")
        let missing = ProjectLifecycleError.missingFact(project: "光伏组件", target: .started, fact: .actualStart)
        #expect(throws: missing) {
            try ProjectLifecycle.advance(signed, to: .started, on: Self.today, facts: .none, reason: nil, by: nil)
        }
        #expect(missing.userMessage == "项目“光伏组件”转为新开工需要填写实际开工日期。")
        let early = ProjectLifecycleError.dateOutOfOrder(
            project: "光伏组件", fact: .actualStart, date: day("2026-03-09"), earlier: .signedOn,
            earlierDate: day("2026-03-10"))
        #expect(throws: early) {
            try ProjectLifecycle.advance(
                signed, to: .started, on: Self.today, facts: StageFacts(actualStart: day("2026-03-09")), reason: nil,
                by: nil)
        }
        #expect(early.userMessage == "项目“光伏组件”的实际开工日期（2026年3月9日）不能早于签约日期（2026年3月10日）。")
        let future = ProjectLifecycleError.dateInFuture(
            project: "光伏组件", fact: .actualStart, date: day("2026-09-02"), day: Self.today)
        #expect(throws: future) {
            try ProjectLifecycle.advance(
                signed, to: .started, on: Self.today, facts: StageFacts(actualStart: day("2026-09-02")), reason: nil,
                by: nil)
        }
        #expect(future.userMessage == "项目“光伏组件”的实际开工日期（2026年9月2日）不能晚于变更日期（2026年9月1日）。")
        // Both boundaries are allowed: started on the signing day, recorded that same day.
        let (started, change) = try ProjectLifecycle.advance(
            signed, to: .started, on: day("2026-03-10"), facts: StageFacts(actualStart: day("2026-03-10")),
            reason: nil, by: nil)
        #expect(started.actualStart == day("2026-03-10") && change.on == day("2026-03-10"))
    }

    @Test("completion not before the start, production not before completion")
    func completionAndProduction() throws {
        var started = record(.started)
        started.actualStart = day("2025-06-01")
        #expect(
            throws: ProjectLifecycleError.missingFact(project: "光伏组件", target: .completed, fact: .actualCompletion)
        ) { try ProjectLifecycle.advance(started, to: .completed, on: Self.today, facts: .none, reason: nil, by: nil) }
        #expect(
            throws: ProjectLifecycleError.dateOutOfOrder(
                project: "光伏组件", fact: .actualCompletion, date: day("2025-05-31"), earlier: .actualStart,
                earlierDate: day("2025-06-01"))
        ) {
            try ProjectLifecycle.advance(
                started, to: .completed, on: Self.today, facts: StageFacts(actualCompletion: day("2025-05-31")),
                reason: nil, by: nil)
        }
        let (completed, change) = try ProjectLifecycle.advance(
            started, to: .completed, on: Self.today, facts: StageFacts(actualCompletion: day("2025-06-01")),
            reason: nil, by: nil)
        #expect(completed.actualCompletion == day("2025-06-01") && change.on == day("2025-06-01"))

        #expect(
            throws: ProjectLifecycleError.missingFact(project: "光伏组件", target: .operating, fact: .productionOn)
        ) {
            try ProjectLifecycle.advance(completed, to: .operating, on: Self.today, facts: .none, reason: nil, by: nil)
        }
        let beforeCompletion = ProjectLifecycleError.dateOutOfOrder(
            project: "光伏组件", fact: .productionOn, date: day("2025-05-30"), earlier: .actualCompletion,
            earlierDate: day("2025-06-01"))
        #expect(throws: beforeCompletion) {
            try ProjectLifecycle.advance(
                completed, to: .operating, on: Self.today, facts: StageFacts(productionOn: day("2025-05-30")),
                reason: nil, by: nil)
        }
        #expect(
            throws: ProjectLifecycleError.dateInFuture(
                project: "光伏组件", fact: .productionOn, date: day("2026-12-01"), day: Self.today)
        ) {
            try ProjectLifecycle.advance(
                completed, to: .operating, on: Self.today, facts: StageFacts(productionOn: day("2026-12-01")),
                reason: nil, by: nil)
        }
        let (operating, _) = try ProjectLifecycle.advance(
            completed, to: .operating, on: Self.today, facts: StageFacts(productionOn: day("2025-10-01")),
            reason: nil, by: nil)
        #expect(operating.productionOn == day("2025-10-01") && operating.stage == .operating)
    }

    @Test("withdrawal needs a reason of four characters and stores the day and the reason")
    func withdrawal() throws {
        let refusal = ProjectLifecycleError.reasonRequired(project: "光伏组件", minimum: 4)
        for reason in [nil, "", "   ", " 缺资金 "] as [String?] {
            #expect(throws: refusal) {
                try ProjectLifecycle.advance(
                    record(.continuing), to: .withdrawn, on: Self.today, facts: .none, reason: reason, by: nil)
            }
        }
        #expect(refusal.userMessage == "项目“光伏组件”调整退出必须填写原因（至少4个字）。")
        let (withdrawn, change) = try ProjectLifecycle.advance(
            record(.lead), to: .withdrawn, on: Self.today, facts: .none, reason: " 投资方撤资 ", by: "李主任")
        #expect(withdrawn.withdrawnOn == Self.today && withdrawn.withdrawalReason == "投资方撤资")
        #expect(change.on == Self.today && change.reason == "投资方撤资" && change.from == .lead)
    }

    @Test("新开工 becomes 续建 only from the year after the start")
    func continuingAtYearChange() throws {
        var started = record(.started)
        started.actualStart = day("2026-04-01")
        let refusal = ProjectLifecycleError.continuingBeforeYearEnd(project: "光伏组件", startYear: 2026)
        #expect(throws: refusal) {
            try ProjectLifecycle.advance(started, to: .continuing, on: Self.today, facts: .none, reason: nil, by: nil)
        }
        #expect(refusal.userMessage == "项目“光伏组件”于2026年开工，当年为新开工项目，2027年1月1日起方可转为续建。")
        let (continuing, change) = try ProjectLifecycle.advance(
            started, to: .continuing, on: day("2027-01-04"), facts: .none, reason: nil, by: nil)
        #expect(continuing.stage == .continuing && change.on == day("2027-01-04"))

        #expect(ProjectLifecycle.rollOver(started, into: 2026, by: nil) == nil)
        let rolled = try #require(ProjectLifecycle.rollOver(started, into: 2027, by: "系统"))
        #expect(rolled.project.stage == .continuing)
        #expect(
            rolled.change
                == ProjectStageChange(
                    projectID: 7, from: .started, to: .continuing, on: day("2027-01-01"), recordedBy: "系统"))
        #expect(ProjectLifecycle.rollOver(continuing, into: 2028, by: nil) == nil)
        #expect(ProjectLifecycle.rollOver(record(.started), into: 2028, by: nil) == nil)  // start unknown
    }

    @Test("messages name the project (its code when unnamed) and the stages")
    func messages() {
        let notAllowed = ProjectLifecycleError.transitionNotAllowed(
            project: "光伏组件", from: .lead, to: .started, allowed: ProjectLifecycle.allowedTargets(from: .lead))
        #expect(notAllowed.userMessage == "项目“光伏组件”不能从“储备”转为“新开工”；可转为：洽谈、签约、调整退出。")
        #expect(throws: notAllowed) {
            try ProjectLifecycle.advance(
                record(.lead), to: .started, on: Self.today, facts: Self.allFacts, reason: nil, by: nil)
        }
        let final = ProjectLifecycleError.transitionNotAllowed(
            project: "HX-2025-007", from: .withdrawn, to: .signed, allowed: [])
        #expect(throws: final) {
            try ProjectLifecycle.advance(
                record(.withdrawn, name: " "), to: .signed, on: Self.today, facts: Self.allFacts, reason: nil, by: nil)
        }
        #expect(final.userMessage == "项目“HX-2025-007”已调整退出，不能再转为“签约”。")
        #expect(
            ProjectLifecycleError.unchanged(project: "光伏组件", stage: .signed).userMessage
                == "项目“光伏组件”已处于“签约”阶段。")
        #expect(
            ProjectLifecycleError.missingFact(project: "光伏组件", target: .signed, fact: .contractValue).userMessage
                == "项目“光伏组件”转为签约需要填写签约金额。")
        #expect(
            ProjectLifecycleError.nonPositiveContractValue(project: "光伏组件", value: 0).userMessage
                == "项目“光伏组件”的签约金额必须大于0（现为0万元）。")
        #expect(!notAllowed.description.isEmpty && notAllowed.description.contains("lead"))
    }

    @Test("required facts per target")
    func requiredFacts() {
        #expect(ProjectLifecycle.requiredFacts(for: .signed) == [.signedOn, .contractValue])
        #expect(ProjectLifecycle.requiredFacts(for: .started) == [.actualStart])
        #expect(ProjectLifecycle.requiredFacts(for: .completed) == [.actualCompletion])
        #expect(ProjectLifecycle.requiredFacts(for: .operating) == [.productionOn])
        #expect(ProjectLifecycle.requiredFacts(for: .withdrawn) == [.withdrawalReason])
        for stage in [ProjectStage.lead, .negotiating, .preparing, .continuing] {
            #expect(ProjectLifecycle.requiredFacts(for: stage).isEmpty)
        }
    }

    @Test("a new record's first entry: dated on its stage's own date when it has one, never after the day")
    func creation() {
        var imported = record(.continuing)
        imported.actualStart = day("2024-04-10")
        #expect(
            ProjectLifecycle.creation(of: imported, on: Self.today, by: "导入")
                == ProjectStageChange(projectID: 7, from: nil, to: .continuing, on: day("2024-04-10"), recordedBy: "导入")
        )
        #expect(ProjectLifecycle.creation(of: record(.lead), on: Self.today, by: nil).on == Self.today)
        var futureTyped = record(.started)
        futureTyped.actualStart = day("2027-01-01")
        #expect(ProjectLifecycle.creation(of: futureTyped, on: Self.today, by: nil).on == Self.today)
    }
}
