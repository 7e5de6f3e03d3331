import Foundation
import Hummingbird
import HummingbirdTesting
import TaizhangCore
import Testing

@testable import TaizhangWeb

/// A zone's clerk reaches her zone's projects and nothing else: every project route checks the project's own
/// org unit, lists are narrowed to her scope, and moving a project out of her zone is refused.
@Suite struct ProjectScopeTests {
    @Test func aClerkOfZoneAReachesOnlyZoneAProjects() async throws {
        let fixture = try await ProjectFixture.make()
        let city = fixture.city
        let outside = fixture.p3.id!
        try await city.withApp(as: TestCity.clerkA) { clerk in
            for (uri, method) in [
                ("/api/v1/projects/\(outside)", HTTPRequest.Method.get), ("/api/v1/projects/T-P3", .get),
                ("/projects/\(outside)", .get), ("/projects/\(outside)/edit", .get),
                ("/api/v1/projects/\(outside)/matters", .get), ("/api/v1/projects?unit=T-B", .get),
                ("/projects/board?unit=\(city.zoneB.id)", .get), ("/bulletin?unit=\(city.city.id)", .get),
                ("/api/v1/dispatch?unit=T-B&month=2026-10", .get),
            ] {
                let response = try await clerk.execute(uri: uri, method: method)
                #expect(response.status == .forbidden, "\(uri) → \(response.status)")
            }
            let stage = try await clerk.execute(
                uri: "/api/v1/projects/\(outside)/stage", method: .post, headers: jsonHeaders,
                body: try jsonBody(["to": "continuing"]))
            #expect(stage.status == .forbidden)
            #expect(
                (try stage.json()["error"] as? [String: Any])?["message"] as? String
                    == "“乙开发区”不在您的管辖范围（甲开发区及其下级）内，无权维护项目。")
            // Her own project may not be moved into another zone.
            let moved = try await clerk.execute(
                uri: "/api/v1/projects/T-P1", method: .put, headers: jsonHeaders, body: try jsonBody(["orgUnit": "T-B"]))
            #expect(moved.status == .forbidden)
            #expect(try await city.database.projects.find(code: "T-P1")?.orgUnitID == city.zoneA.id)
            // Inside her zone she reads and edits.
            let own = try await clerk.execute(uri: "/api/v1/projects/T-P2", method: .get)
            #expect(own.status == .ok)
            let renamed = try await clerk.execute(
                uri: "/api/v1/projects/T-P2", method: .put, headers: jsonHeaders,
                body: try jsonBody(["investor": "园区投资集团"]))
            #expect(renamed.status == .ok)
            #expect(try renamed.json()["investor"] as? String == "园区投资集团")
            #expect(try renamed.json()["annualPlans"] as? [String: String] == ["2026": "6000"])
            let unknown = try await clerk.execute(uri: "/api/v1/projects/99999", method: .get)
            #expect(unknown.status == .notFound)
            #expect((try unknown.json()["error"] as? [String: Any])?["message"] as? String == "找不到项目“99999”。")
        }
    }
}
