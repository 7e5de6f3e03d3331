import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import TaizhangWeb

@Suite struct OpenAPITests {
    @Test func documentListsExactlyTheRegisteredRoutes() async throws {
        let router = Router(context: TaizhangRequestContext.self)
        let city = try await TestCity.make()
        let api = APIRouter(
            router: router, prefix: "/api/v1", authorizer: Authorizer(orgUnits: OrgUnitService(database: city.database)))
        APIControllers.register(
            on: api, services: WebServices(database: city.database, configuration: WebConfiguration()))
        try await city.database.shutdown()
        let registered = Set(api.routes)
        let documented = Set(OpenAPIDocument.documentedRoutes)
        #expect(!registered.isEmpty)
        #expect(registered.subtracting(documented).sorted() == [], "registered but not documented")
        #expect(documented.subtracting(registered).sorted() == [], "documented but not registered")
    }

    @Test func documentIsServedAndEveryPathHasItsMethods() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let response = try await client.execute(uri: "/api/openapi.json", method: .get)
            #expect(response.status == .ok)
            let json = try response.json()
            #expect(json["openapi"] as? String == "3.1.0")
            let paths = json["paths"] as? [String: [String: Any]] ?? [:]
            for route in OpenAPIDocument.documentedRoutes {
                #expect(paths[route.path]?[route.method] != nil, "\(route.method) \(route.path)")
            }
            // Every $ref points at a defined schema.
            let schemas = ((json["components"] as? [String: Any])?["schemas"] as? [String: Any]) ?? [:]
            let text = response.text
            let refs = text.components(separatedBy: "#/components/schemas/").dropFirst().map {
                $0.prefix { $0 != "\"" }
            }
            for name in refs { #expect(schemas[String(name)] != nil, "missing schema \(name)") }
        }
    }
}
