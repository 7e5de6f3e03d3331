import Foundation
import TaizhangCore
import Testing

@Suite struct ValidationOutcomeTests {
    let issue = ValidationIssue(code: .cumulativeMismatch, field: .cumulative, message: "不一致")
    let observation = Observation(indicatorCode: "gdp", orgUnitID: 1, month: ym(2024, 3), cumulative: 10)

    @Test func warningsNeedAReason() throws {
        let outcome = ValidationOutcome(issues: [issue])
        #expect(outcome.requiresOverrideReason)
        #expect(outcome.issues(for: .cumulative) == [issue])
        #expect(outcome.issues(for: .monthly).isEmpty)
        #expect(throws: ValidationOverrideError.reasonRequired(issueCount: 1)) { try outcome.acceptedReason(nil) }
        #expect(throws: ValidationOverrideError.reasonRequired(issueCount: 1)) { try outcome.acceptedReason("   ") }
        #expect(throws: ValidationOverrideError.reasonTooShort(minimum: 4)) { try outcome.acceptedReason(" 已核实 ") }
        #expect(try outcome.acceptedReason(" 统计局更正 ") == "统计局更正")
        let saved = try outcome.accept(observation, reason: "统计局口径调整")
        #expect(saved.overrideReason == "统计局口径调整")
        #expect(ValidationOverrideError.reasonTooShort(minimum: 4).userMessage == "说明原因过短，请至少填写4个字")
    }

    @Test func cleanNeedsNoReasonAndDropsAStaleOne() throws {
        let outcome = ValidationOutcome(issues: [])
        #expect(try outcome.acceptedReason(nil) == nil)
        var old = observation
        old.overrideReason = "以前的说明"
        #expect(try outcome.accept(old, reason: "随便").overrideReason == nil)
    }
}
