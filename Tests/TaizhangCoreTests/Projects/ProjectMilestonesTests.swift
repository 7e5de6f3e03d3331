import Foundation
import Testing

@testable import TaizhangCore

@Suite("Project milestones")
struct ProjectMilestonesTests {
    func change(_ from: ProjectStage?, _ to: ProjectStage, _ on: String) -> ProjectStageChange {
        ProjectStageChange(projectID: 1, from: from, to: to, on: day(on))
    }

    @Test("当年签约当年开工 is derived from the dates")
    func sameYear() {
        let late = project(1, "年底签约", signed: "2025-11-20", start: "2025-12-28")
        #expect(ProjectMilestones(project: late, history: []).isSignedAndStartedInSameYear)
        let acrossYears = project(2, "跨年开工", signed: "2025-12-20", start: "2026-01-05")
        let milestones = ProjectMilestones(project: acrossYears, history: [])
        #expect(!milestones.isSignedAndStartedInSameYear)
        #expect(milestones.signedYear == 2025 && milestones.startedYear == 2026)
        let notStarted = project(3, "未开工", signed: "2026-02-01")
        #expect(!ProjectMilestones(project: notStarted, history: []).isSignedAndStartedInSameYear)
        #expect(!ProjectMilestones(project: project(4, "未签约", stage: .lead), history: []).isSignedAndStartedInSameYear)
    }

    @Test("dates missing on the record are taken from the history")
    func datesFromHistory() {
        let record = project(1, "历史补全", stage: .started)
        let history = [
            change(nil, .lead, "2026-01-05"), change(.lead, .signed, "2026-02-01"),
            change(.signed, .started, "2026-04-01"),
        ]
        let milestones = ProjectMilestones(project: record, history: history)
        #expect(milestones.signedOn == day("2026-02-01") && milestones.startedOn == day("2026-04-01"))
        #expect(milestones.isSignedAndStartedInSameYear)
        #expect(milestones.completedOn == nil && milestones.withdrawnOn == nil)
        // The record's own date wins over the history.
        var dated = record
        dated.signedOn = day("2025-12-30")
        #expect(!ProjectMilestones(project: dated, history: history).isSignedAndStartedInSameYear)
    }

    @Test("the stage at the end of a day, from the history, with 新开工 turning 续建 at the year change")
    func stageAsOf() {
        let history = [
            change(nil, .lead, "2025-01-10"), change(.lead, .negotiating, "2025-02-01"),
            change(.negotiating, .signed, "2025-03-15"), change(.signed, .started, "2025-06-01"),
            change(.started, .completed, "2026-09-30"),
        ]
        let record = project(
            1, "装备产业园", stage: .completed, signed: "2025-03-15", start: "2025-06-01", completion: "2026-09-30")
        let milestones = ProjectMilestones(project: record, history: history)
        let expected: [(String, ProjectStage?)] = [
            ("2025-01-09", nil), ("2025-01-10", .lead), ("2025-03-14", .negotiating), ("2025-03-15", .signed),
            ("2025-12-31", .started), ("2026-01-01", .continuing), ("2026-09-29", .continuing),
            ("2026-09-30", .completed), ("2030-01-01", .completed),
        ]
        for (date, stage) in expected { #expect(milestones.stage(asOf: day(date)) == stage, "\(date)") }
    }

    @Test("a change recorded late but dated early is not overtaken by an earlier-recorded later date")
    func lateRecording() {
        let history = [
            change(nil, .lead, "2025-01-10"), change(.lead, .negotiating, "2025-03-01"),
            change(.negotiating, .signed, "2025-02-15"),
        ]
        let milestones = ProjectMilestones(project: project(1, "补录签约", stage: .signed), history: history)
        #expect(milestones.stage(asOf: day("2025-02-10")) == .lead)
        #expect(milestones.stage(asOf: day("2025-02-20")) == .signed)
        #expect(milestones.stage(asOf: day("2025-03-02")) == .signed)
    }

    @Test("without a history the stage comes from the dates; an undated record keeps its stage")
    func stageFromDates() {
        let imported = project(1, "导入续建", stage: .continuing, signed: "2024-03-01", start: "2024-05-01")
        let milestones = ProjectMilestones(project: imported, history: [])
        #expect(milestones.stage(asOf: day("2024-02-01")) == nil)
        #expect(milestones.stage(asOf: day("2024-04-01")) == .signed)
        #expect(milestones.stage(asOf: day("2024-06-01")) == .started)
        #expect(milestones.stage(asOf: day("2025-01-01")) == .continuing)
        let preparing = project(2, "前期", stage: .preparing, signed: "2026-01-10")
        #expect(ProjectMilestones(project: preparing, history: []).stage(asOf: day("2026-02-01")) == .preparing)
        let withdrawn = project(3, "退出", stage: .withdrawn, signed: "2025-01-10", withdrawn: "2025-08-01")
        #expect(ProjectMilestones(project: withdrawn, history: []).stage(asOf: day("2025-07-31")) == .signed)
        #expect(ProjectMilestones(project: withdrawn, history: []).stage(asOf: day("2025-08-01")) == .withdrawn)
        let lead = project(4, "储备", stage: .negotiating)
        #expect(ProjectMilestones(project: lead, history: []).stage(asOf: day("2020-01-01")) == .negotiating)
    }

    @Test("the year a stage was entered; 续建 on 1 January after the start unless completed before")
    func enteredStage() {
        let history = [
            change(nil, .lead, "2024-11-01"), change(.lead, .signed, "2025-01-20"),
            change(.signed, .preparing, "2025-02-01"), change(.preparing, .started, "2025-06-01"),
        ]
        let record = project(1, "续建项目", stage: .started, signed: "2025-01-20", start: "2025-06-01")
        let milestones = ProjectMilestones(project: record, history: history)
        #expect(milestones.enteredStage(.lead, in: 2024) && !milestones.enteredStage(.lead, in: 2025))
        #expect(milestones.enteredStage(.signed, in: 2025) && milestones.enteredStage(.preparing, in: 2025))
        #expect(milestones.enteredStage(.started, in: 2025) && !milestones.enteredStage(.started, in: 2026))
        #expect(milestones.enteredStage(.continuing, in: 2026) && !milestones.enteredStage(.continuing, in: 2025))
        #expect(!milestones.enteredStage(.continuing, in: 2027))
        #expect(!milestones.enteredStage(.completed, in: 2026) && !milestones.enteredStage(.negotiating, in: 2025))

        let quick = project(2, "当年竣工", stage: .completed, start: "2025-03-01", completion: "2025-12-01")
        let quickMilestones = ProjectMilestones(project: quick, history: [])
        #expect(!quickMilestones.enteredStage(.continuing, in: 2026))
        #expect(quickMilestones.enteredStage(.completed, in: 2025))
        let newYearsDay = project(3, "元旦竣工", stage: .completed, start: "2025-03-01", completion: "2026-01-01")
        #expect(ProjectMilestones(project: newYearsDay, history: []).enteredStage(.continuing, in: 2026))
    }

    @Test("signed as of a day: by its date, or by a post-signing stage when the date is unknown")
    func signedAsOf() {
        let dated = ProjectMilestones(project: project(1, "有签约日期", signed: "2026-03-01"), history: [])
        #expect(!dated.isSigned(asOf: day("2026-02-28")) && dated.isSigned(asOf: day("2026-03-01")))
        let undated = ProjectMilestones(
            project: project(2, "无签约日期", stage: .continuing, start: "2024-05-01"), history: [])
        #expect(undated.isSigned(asOf: day("2026-03-31")) && !undated.isSigned(asOf: day("2024-04-30")))
        #expect(
            !ProjectMilestones(project: project(3, "储备", stage: .lead), history: []).isSigned(asOf: day("2026-01-01")))
        let withdrawnLead = project(4, "退出", stage: .withdrawn, withdrawn: "2026-02-01")
        #expect(!ProjectMilestones(project: withdrawnLead, history: []).isSigned(asOf: day("2026-03-01")))
        #expect(ProjectMilestones(project: withdrawnLead, history: []).isWithdrawn(asOf: day("2026-02-01")))
    }
}
