/// The words a workflow shows people. Monthly figures say 填报中 / 已报送 / 已审核; a later use of the same machine
/// (a project's monthly dispatch, an evaluation's publication) passes its own words without changing the rules.
public struct WorkflowVocabulary: Sendable, Hashable {
    public var draft: String
    public var submitted: String
    public var approved: String
    public var submit: String
    public var approve: String
    public var returnForRevision: String
    public var reopen: String

    public init(
        draft: String, submitted: String, approved: String, submit: String, approve: String,
        returnForRevision: String, reopen: String
    ) {
        self.draft = draft
        self.submitted = submitted
        self.approved = approved
        self.submit = submit
        self.approve = approve
        self.returnForRevision = returnForRevision
        self.reopen = reopen
    }

    /// The words of a period's figures (填报 → 报送 → 审核, 退回, 重新打开).
    public static let periodFigures = WorkflowVocabulary(
        draft: "填报中", submitted: "已报送", approved: "已审核", submit: "报送", approve: "审核",
        returnForRevision: "退回", reopen: "重新打开")

    public func name(of status: WorkflowStatus) -> String {
        switch status {
        case .draft: draft
        case .submitted: submitted
        case .approved: approved
        }
    }

    public func name(of event: WorkflowEventKind) -> String {
        switch event {
        case .submit: submit
        case .approve: approve
        case .returnForRevision: returnForRevision
        case .reopen: reopen
        }
    }
}
