/// Registers every JSON API route.
enum APIControllers {
    static func register(on api: APIRouter, services: WebServices) {
        SessionAPI(services: services).register(on: api)
        OrgUnitsAPI(services: services).register(on: api)
        IndicatorsAPI(services: services).register(on: api)
        ObservationsAPI(services: services).register(on: api)
        TargetsAPI(services: services).register(on: api)
        ReportsAPI(services: services).register(on: api)
        InterchangeAPI(services: services).register(on: api)
        WorkflowAPI(services: services).register(on: api)
        AuditAPI(services: services).register(on: api)
        LedgerSheetAPI(services: services).register(on: api)
        ProjectsAPI(services: services).register(on: api)
        DispatchAPI(services: services).register(on: api)
    }
}
