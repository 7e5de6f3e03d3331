import TaizhangStore

/// The services the controllers call, built once over the store; none of them knows about HTTP.
struct WebServices: Sendable {
    let configuration: WebConfiguration
    let orgUnits: OrgUnitService
    let indicators: IndicatorService
    let dashboard: DashboardService
    let comparison: CityComparisonService
    let entry: MonthEntryService
    let targets: TargetService
    let importing: ImportService
    let exporting: ExportService
    let months: MonthDefaults
    let users: UserRepository
    let tokens: ApiTokenRepository
    let sessions: SessionStore
    let workflow: WorkflowService
    let audit: AuditService
    /// The project ledger, the monthly dispatch and the bulletin.
    let projects: ProjectServices

    init(database: TaizhangDatabase, configuration: WebConfiguration) {
        self.configuration = configuration
        let orgUnits = OrgUnitService(database: database)
        let indicators = IndicatorService(database: database)
        self.orgUnits = orgUnits
        self.indicators = indicators
        self.dashboard = DashboardService(database: database, orgUnits: orgUnits, indicators: indicators)
        self.comparison = CityComparisonService(database: database, orgUnits: orgUnits, indicators: indicators)
        self.entry = MonthEntryService(database: database, orgUnits: orgUnits, indicators: indicators)
        self.targets = TargetService(database: database, orgUnits: orgUnits, indicators: indicators)
        self.importing = ImportService(database: database, orgUnits: orgUnits, indicators: indicators)
        self.exporting = ExportService(database: database, orgUnits: orgUnits, indicators: indicators)
        self.months = MonthDefaults(database: database, configuredMonth: configuration.defaultMonth)
        self.users = UserRepository(database: database)
        self.tokens = ApiTokenRepository(database: database)
        self.audit = AuditService(database: database)
        self.projects = ProjectServices(database: database)
        self.workflow = WorkflowService(database: database, deadlineDay: configuration.reviewDeadlineDay)
        self.sessions = SessionStore(driver: DatabasePersistDriver(keyValues: database.keyValues))
    }
}
