import Foundation
import Testing

@testable import TaizhangCore

@Suite("Workflow machine")
struct WorkflowMachineTests {
    let machine = WorkflowMachine.periodFigures
    static let reason = "指标口径有误"

    static let events: [WorkflowEvent] = [
        .submit, .approve, .returnForRevision(reason: reason), .reopen(reason: reason),
    ]

    /// Hand-written: the status after each event, nil where the step is refused.
    static let expected: [WorkflowStatus: [WorkflowEventKind: WorkflowStatus]] = [
        .draft: [.submit: .submitted],
        .submitted: [.approve: .approved, .returnForRevision: .draft],
        .approved: [.reopen: .draft],
    ]

    @Test("every status × event: allowed steps move, the others are refused", arguments: WorkflowStatus.allCases)
    func transitions(status: WorkflowStatus) throws {
        for event in Self.events {
            if let target = Self.expected[status]?[event.kind] {
                #expect(try machine.next(from: status, on: event) == target)
            } else {
                #expect(
                    throws: WorkflowError.invalidTransition(
                        from: status, event: event.kind, vocabulary: .periodFigures)
                ) { try machine.next(from: status, on: event) }
            }
        }
        #expect(Set(machine.availableEvents(from: status)) == Set(Self.expected[status]!.keys))
    }

    @Test("a full round: submit, return, submit, approve (locked), reopen; versions count the steps")
    func round() throws {
        struct PeriodKey: Hashable, Sendable { let unit: Int64; let month: Int }
        var state = WorkflowState(subject: PeriodKey(unit: 3, month: 202_610))
        #expect(!state.isLocked)
        state = try machine.apply(.submit, to: state)
        state = try machine.apply(.returnForRevision(reason: "  规上工业产值漏报  "), to: state)
        #expect(state.status == .draft)
        #expect(state.reason == "规上工业产值漏报")
        state = try machine.apply(.submit, to: state)
        #expect(state.reason == nil)
        state = try machine.apply(.approve, to: state)
        #expect(state.isLocked)
        #expect(state.version == 4)
        state = try machine.apply(.reopen(reason: "统计局反馈需更正"), to: state)
        #expect(state.status == .draft)
        #expect(state.version == 5)
        #expect(state.subject == PeriodKey(unit: 3, month: 202_610))
    }

    @Test("return and reopen need a reason of at least four characters after trimming")
    func reasons() throws {
        for reason in ["", "   ", "有误", "数据错"] {
            #expect(
                throws: WorkflowError.reasonRequired(event: .returnForRevision, minimum: 4, vocabulary: .periodFigures)
            ) {
                try machine.next(from: .submitted, on: .returnForRevision(reason: reason))
            }
            #expect(throws: WorkflowError.reasonRequired(event: .reopen, minimum: 4, vocabulary: .periodFigures)) {
                try machine.next(from: .approved, on: .reopen(reason: reason))
            }
        }
        #expect(try machine.next(from: .submitted, on: .returnForRevision(reason: "数据有误")) == .draft)
    }

    @Test("refusals explain themselves in Chinese")
    func messages() {
        let words = WorkflowVocabulary.periodFigures
        #expect(
            WorkflowError.invalidTransition(from: .approved, event: .submit, vocabulary: words).userMessage
                == "当前状态为“已审核”，不能报送。数据已锁定；如需修改，请审核员“重新打开”。")
        #expect(
            WorkflowError.invalidTransition(from: .draft, event: .approve, vocabulary: words).userMessage
                == "当前状态为“填报中”，不能审核。请先报送。")
        #expect(
            WorkflowError.reasonRequired(event: .reopen, minimum: 4, vocabulary: words).userMessage
                == "重新打开必须填写原因（至少4个字）。")
    }

    @Test("another use brings its own words, the same rules")
    func otherVocabulary() {
        let publication = WorkflowMachine(
            vocabulary: WorkflowVocabulary(
                draft: "草稿", submitted: "待发布", approved: "已发布", submit: "提交", approve: "发布",
                returnForRevision: "退回", reopen: "撤回发布"))
        #expect(throws: WorkflowError.self) { try publication.next(from: .approved, on: .approve) }
        #expect(
            WorkflowError.invalidTransition(from: .approved, event: .approve, vocabulary: publication.vocabulary)
                .userMessage == "当前状态为“已发布”，不能发布。无需重复发布。")
    }

    @Test("events round-trip through their stored kind and reason")
    func eventStorage() {
        for event in Self.events {
            #expect(WorkflowEvent(kind: event.kind, reason: event.reason) == event)
        }
        #expect(WorkflowStatus.approved.isLocked)
        #expect(!WorkflowStatus.submitted.isLocked)
    }
}
