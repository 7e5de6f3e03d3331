extension TaizhangDatabase {
    /// Org units: the tree, its codes, archiving.
    public var orgUnits: OrgUnitRepository { OrgUnitRepository(database: self) }
    /// The indicator catalogue.
    public var indicators: IndicatorRepository { IndicatorRepository(database: self) }
    /// Monthly figures.
    public var observations: ObservationRepository { ObservationRepository(database: self) }
    /// Annual targets.
    public var targets: TargetRepository { TargetRepository(database: self) }
    /// Expiring shared entries (web sessions).
    public var keyValues: KeyValueRepository { KeyValueRepository(database: self) }
    /// Accounts, passwords (bcrypt at `PasswordHasher.standard`), login throttling, the first administrator.
    public var users: UserRepository { UserRepository(database: self) }
    /// API tokens of machine clients.
    public var apiTokens: ApiTokenRepository { ApiTokenRepository(database: self) }
    /// The audit trail (留痕).
    public var audit: AuditRepository { AuditRepository(database: self) }
    /// The figures' workflow per org unit × month (填报中 → 已报送 → 已审核).
    public var periodWorkflow: PeriodWorkflowRepository { PeriodWorkflowRepository(database: self) }
}

extension TaizhangDatabase {
    /// The project ledger: projects, stage history, monthly progress, follow-ups, industry chains.
    public var projects: ProjectRepository { ProjectRepository(database: self) }
    /// Matters (problems blocking projects) and their resolution.
    public var matters: MatterRepository { MatterRepository(database: self) }
    /// The projects' monthly dispatch (月调度) workflow per zone × month (`dispatch_workflow`).
    public var dispatchWorkflow: PeriodWorkflowRepository { PeriodWorkflowRepository(database: self, kind: .dispatch) }
}
