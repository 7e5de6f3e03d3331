import Foundation

/// The review workflow as a pure state machine: draft → submitted → approved (locked), 退回 (submitted → draft)
/// and 重新打开 (approved → draft), each with a written reason. It knows nothing about what is reviewed: the store
/// drives it for an org unit × month of figures, and later uses (project monthly dispatch, evaluation
/// publication) drive the same machine for their own subjects through `WorkflowState<Subject>`, with their own
/// `WorkflowVocabulary`.
public struct WorkflowMachine: Sendable, Hashable {
    /// Characters a reason must have at least (after trimming spaces).
    public static let minimumReasonLength = 4

    public var vocabulary: WorkflowVocabulary

    public init(vocabulary: WorkflowVocabulary = .periodFigures) {
        self.vocabulary = vocabulary
    }

    /// The machine of a period's figures.
    public static let periodFigures = WorkflowMachine()

    /// The status after `event` in `status`, or why the event is refused. A reason is trimmed and checked before
    /// the state, so an empty reason is reported even when the step would also be refused.
    public func next(from status: WorkflowStatus, on event: WorkflowEvent) throws(WorkflowError) -> WorkflowStatus {
        if event.kind.requiresReason {
            let reason = (event.reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if reason.count < Self.minimumReasonLength {
                throw .reasonRequired(event: event.kind, minimum: Self.minimumReasonLength, vocabulary: vocabulary)
            }
        }
        switch (status, event.kind) {
        case (.draft, .submit): return .submitted
        case (.submitted, .approve): return .approved
        case (.submitted, .returnForRevision): return .draft
        case (.approved, .reopen): return .draft
        default: throw .invalidTransition(from: status, event: event.kind, vocabulary: vocabulary)
        }
    }

    /// The events that apply in `status` (for showing only the buttons that can work).
    public func availableEvents(from status: WorkflowStatus) -> [WorkflowEventKind] {
        switch status {
        case .draft: [.submit]
        case .submitted: [.approve, .returnForRevision]
        case .approved: [.reopen]
        }
    }

    /// Applies `event` to a subject's state: the new status, the version one higher (the optimistic-concurrency
    /// token the store compares), the reason kept when the event had one.
    public func apply<Subject>(
        _ event: WorkflowEvent, to state: WorkflowState<Subject>
    ) throws(WorkflowError) -> WorkflowState<Subject> {
        let status = try next(from: state.status, on: event)
        return WorkflowState(
            subject: state.subject, status: status, version: state.version + 1,
            reason: event.reason?.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// Where one subject (an org unit × month, later a project's month or an evaluation) stands in its workflow.
public struct WorkflowState<Subject: Sendable & Hashable>: Sendable, Hashable {
    public var subject: Subject
    public var status: WorkflowStatus
    /// Increases with every step; a writer that read version n may only write when it is still n.
    public var version: Int
    /// The reason of the last 退回 or 重新打开, if the last step had one.
    public var reason: String?

    public init(subject: Subject, status: WorkflowStatus = .draft, version: Int = 0, reason: String? = nil) {
        self.subject = subject
        self.status = status
        self.version = version
        self.reason = reason
    }

    /// Whether the figures are locked (approved) and cannot change.
    public var isLocked: Bool { status.isLocked }
}

extension WorkflowStatus {
    /// Approved figures are locked: no edit, import or delete until a reviewer reopens the period.
    public var isLocked: Bool { self == .approved }
}
