import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TaizhangCore
import Testing

@testable import TaizhangWeb

/// Two API clients load the same month; the first saves with `If-Match`, the second, still holding the old
/// version, is told (409) instead of silently overwriting the first one's figures.
@Suite struct ObservationVersionTests {
    @Test func secondWriterWithAStaleVersionGetsAConflict() async throws {
        let city = try await TestCity.make()
        let zone = city.zoneA.id
        try await city.withApp { client in
            let loaded = try await client.execute(
                uri: "/api/v1/observations?unit=T-A&month=2026-10", method: .get).json()
            let version = try #require(loaded["version"] as? String)

            func save(_ cumulative: String) async throws -> TestResponse {
                var headers = jsonHeaders
                headers[.ifMatch] = "\"\(version)\""
                let body: [String: Any] = [
                    "orgUnit": zone, "month": "2026-10",
                    "observations": [
                        [
                            "indicatorCode": "fixed_asset_investment", "monthly": "15", "cumulative": cumulative,
                            "priorCumulative": "120", "overrideReason": "统计局反馈修订",
                        ]
                    ],
                ]
                return try await client.execute(
                    uri: "/api/v1/observations", method: .put, headers: headers, body: try jsonBody(body))
            }

            let first = try await save("149")
            #expect(first.status == .ok)
            let stored = try await city.database.observations.month(orgUnitID: zone, month: TestCity.month)
            let second = try await save("151")
            #expect(second.status == .conflict)
            let message = (try second.json()["error"] as? [String: Any])?["message"] as? String ?? ""
            #expect(message.contains("已被他人修改"))
            #expect(try await city.database.observations.month(orgUnitID: zone, month: TestCity.month) == stored)
        }
    }
}
