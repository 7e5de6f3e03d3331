/// Something that moves a workflow: 报送, 审核, 退回 (with a reason), 重新打开 (with a reason).
public enum WorkflowEvent: Sendable, Hashable, Codable {
    case submit
    case approve
    /// Sends a submitted period back to the filler (submitted → draft).
    case returnForRevision(reason: String)
    /// Unlocks an approved period so it can be changed again (approved → draft).
    case reopen(reason: String)

    public var kind: WorkflowEventKind {
        switch self {
        case .submit: .submit
        case .approve: .approve
        case .returnForRevision: .returnForRevision
        case .reopen: .reopen
        }
    }

    /// The written reason, for events that carry one.
    public var reason: String? {
        switch self {
        case .submit, .approve: nil
        case .returnForRevision(let reason), .reopen(let reason): reason
        }
    }

    /// Builds an event from its stored kind and reason (the inverse of `kind` and `reason`).
    public init(kind: WorkflowEventKind, reason: String?) {
        switch kind {
        case .submit: self = .submit
        case .approve: self = .approve
        case .returnForRevision: self = .returnForRevision(reason: reason ?? "")
        case .reopen: self = .reopen(reason: reason ?? "")
        }
    }
}

/// The kind of a `WorkflowEvent` without its payload: what the store and the audit trail record.
public enum WorkflowEventKind: String, Sendable, Hashable, Codable, CaseIterable {
    case submit
    case approve
    case returnForRevision
    case reopen

    /// Whether the event needs a written reason.
    public var requiresReason: Bool { self == .returnForRevision || self == .reopen }
}
