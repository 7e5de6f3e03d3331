import Hummingbird

/// /api/v1/dashboard and /api/v1/comparison: the figures behind the dashboard and the city comparison pages.
struct ReportsAPI {
    let services: WebServices

    func register(on api: APIRouter) {
        api.on(.get, "/dashboard") { request, _ in
            try JSONResponse.make(
                try await services.dashboard.report(
                    unitID: request.query("unit"), month: request.query("month"), months: services.months))
        }
        api.on(.get, "/comparison") { request, context in
            try JSONResponse.make(
                try await services.comparison.report(
                    unit: request.query("unit"), month: request.query("month"), months: services.months,
                    readableUnitIDs: context.readableUnitIDs))
        }
    }
}
