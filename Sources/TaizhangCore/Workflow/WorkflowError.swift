/// A workflow step that the rules refuse, with the Chinese words of the workflow it happened in.
public enum WorkflowError: UserFacingError, Hashable {
    /// The event does not apply in the current state, e.g. approving a period that was never submitted.
    case invalidTransition(from: WorkflowStatus, event: WorkflowEventKind, vocabulary: WorkflowVocabulary)
    /// 退回 and 重新打开 need a written reason of at least `minimum` characters.
    case reasonRequired(event: WorkflowEventKind, minimum: Int, vocabulary: WorkflowVocabulary)

    public var userMessage: String {
        switch self {
        case .invalidTransition(let from, let event, let words):
            "当前状态为“\(words.name(of: from))”，不能\(words.name(of: event))。" + Self.hint(from: from, event: event, words)
        case .reasonRequired(let event, let minimum, let words):
            "\(words.name(of: event))必须填写原因（至少\(minimum)个字）。"
        }
    }

    public var description: String {
        switch self {
        case .invalidTransition(let from, let event, _):
            "event \(event.rawValue) is not allowed in state \(from.rawValue)"
        case .reasonRequired(let event, let minimum, _):
            "event \(event.rawValue) needs a reason of \(minimum)+ characters"
        }
    }

    /// What the person can do instead.
    private static func hint(from: WorkflowStatus, event: WorkflowEventKind, _ words: WorkflowVocabulary) -> String {
        switch (from, event) {
        case (.approved, .submit), (.approved, .returnForRevision):
            "数据已锁定；如需修改，请审核员“\(words.reopen)”。"
        case (.submitted, .submit): "已\(words.submit)，请等待\(words.approve)。"
        case (.submitted, .reopen): "尚未\(words.approve)；如需修改，请“\(words.returnForRevision)”。"
        case (.draft, .approve), (.draft, .returnForRevision): "请先\(words.submit)。"
        case (.draft, .reopen): "数据未锁定，可直接修改。"
        case (.approved, .approve): "无需重复\(words.approve)。"
        default: ""
        }
    }
}
