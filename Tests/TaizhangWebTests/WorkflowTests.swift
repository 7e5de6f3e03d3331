import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TaizhangCore
import TaizhangStore
import Testing

@testable import TaizhangWeb

@Suite struct WorkflowTests {
    static func step(
        _ client: any TestClientProtocol, _ name: String, unit: Int64, version: Int, reason: String? = nil
    ) async throws -> TestResponse {
        var body: [String: Any] = ["orgUnit": unit, "month": "2026-10", "expectedVersion": version]
        if let reason { body["reason"] = reason }
        return try await client.execute(
            uri: "/api/v1/workflow/\(name)", method: .post, headers: jsonHeaders, body: try jsonBody(body))
    }

    static func save(_ unit: Int64) -> [String: Any] {
        [
            "orgUnit": unit, "month": "2026-10",
            "observations": [
                [
                    "indicatorCode": "fixed_asset_investment", "monthly": "15", "cumulative": "150",
                    "priorCumulative": "120", "note": "改备注",
                ]
            ],
        ]
    }

    @Test func submitApproveLocksThenReopenUnlocks() async throws {
        let city = try await TestCity.make()
        let zone = city.zoneA.id
        try await city.withAnonymousApp { anonymous in
            let clerk = try await SignedInClient.signIn(anonymous, username: TestCity.clerkA, password: TestCity.password)
            let reviewer = try await SignedInClient.signIn(
                anonymous, username: TestCity.reviewer, password: TestCity.password)

            // The clerk cannot approve her own month; the reviewer cannot approve what was not submitted.
            #expect(try await Self.step(clerk, "approve", unit: zone, version: 0).status == .forbidden)
            let early = try await Self.step(reviewer, "approve", unit: zone, version: 0)
            #expect(early.status == .conflict)

            let submitted = try await Self.step(clerk, "submit", unit: zone, version: 0)
            #expect(submitted.status == .ok)
            #expect(try submitted.json()["status"] as? String == "submitted")
            // A second writer on the old version is told, not overwritten.
            let stale = try await Self.step(clerk, "submit", unit: zone, version: 0)
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("刚刚已被"))

            let approved = try await Self.step(reviewer, "approve", unit: zone, version: 1)
            #expect(try approved.json()["locked"] as? Bool == true)

            // Locked: entry save, API PUT and import are refused, naming the unit and month.
            let put = try await clerk.execute(
                uri: "/api/v1/observations", method: .put, headers: jsonHeaders, body: try jsonBody(Self.save(zone)))
            #expect(put.status == .conflict)
            #expect(put.text.contains("“甲开发区”2026年10月的数据已审核锁定"))
            let csv = ImportTests.header + "\nT-A,固定资产投资,2026-10,15,150,120,,改"
            let imported = try await clerk.execute(
                uri: "/api/v1/import?filename=a.csv", method: .post, headers: [.contentType: "text/csv"],
                body: ByteBuffer(string: csv))
            #expect(imported.status == .conflict)
            #expect(imported.text.contains("已审核锁定"))
            // The park's month is locked with its zone.
            var parkRow = Self.save(city.park.id)
            parkRow["observations"] = [
                [
                    "indicatorCode": "fixed_asset_investment", "monthly": "1", "cumulative": "10",
                    "overrideReason": "园区首次填报",
                ]
            ]
            let parkPut = try await clerk.execute(
                uri: "/api/v1/observations", method: .put, headers: jsonHeaders, body: try jsonBody(parkRow))
            #expect(parkPut.status == .conflict)

            // The review list shows the statuses; reopening needs a reason.
            let review = try await reviewer.execute(uri: "/api/v1/review?unit=\(city.city.id)&month=2026-10", method: .get)
            let zones = try review.json()["zones"] as? [[String: Any]] ?? []
            #expect(zones.count == 3)
            #expect(zones.first { $0["orgUnitID"] as? Int == Int(zone) }?["statusName"] as? String == "已审核")
            #expect(zones.first { $0["orgUnitID"] as? Int == Int(city.zoneB.id) }?["statusName"] as? String == "逾期")
            let noReason = try await Self.step(reviewer, "reopen", unit: zone, version: 2)
            #expect(noReason.status == .conflict || noReason.status == .unprocessableContent)
            let reopened = try await Self.step(reviewer, "reopen", unit: zone, version: 2, reason: "统计局修订了9月数据")
            #expect(try reopened.json()["status"] as? String == "draft")
            let again = try await clerk.execute(
                uri: "/api/v1/observations", method: .put, headers: jsonHeaders, body: try jsonBody(Self.save(zone)))
            #expect(again.status == .ok)

            let history = try await clerk.execute(uri: "/api/v1/workflow?unit=\(zone)&month=2026-10", method: .get)
            let steps = try history.json()["history"] as? [[String: Any]] ?? []
            #expect(steps.map { $0["event"] as? String ?? "" } == ["submit", "approve", "reopen"])
            #expect(steps.last?["reason"] as? String == "统计局修订了9月数据")
        }
    }

    @Test func reviewPageAndEntryButton() async throws {
        let city = try await TestCity.make()
        try await city.withApp(as: TestCity.reviewer) { reviewer in
            let page = try await reviewer.execute(uri: "/review?unit=\(city.city.id)&month=2026-10", method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains("测试市报送审核"))
            #expect(page.text.contains("甲开发区") && page.text.contains("乙开发区"))
            #expect(page.text.contains("逾期"))
        }
        let other = try await TestCity.make()
        try await other.withApp(as: TestCity.clerkA) { clerk in
            let entry = try await clerk.execute(uri: "/entry?unit=\(other.zoneA.id)&month=2026-10", method: .get)
            #expect(entry.text.contains("本月状态"))
            #expect(entry.text.contains("action=\"/entry/submit\""))
            let submitted = try await clerk.execute(
                uri: "/entry/submit", method: .post, headers: formHeaders,
                body: formBody([("unit", String(other.zoneA.id)), ("month", "2026-10"), ("version", "0")]))
            #expect(submitted.status == .seeOther)
            #expect(submitted.headers[.location] == "/entry?unit=\(other.zoneA.id)&month=2026-10")
            // Only her zone appears on her review page.
            let review = try await clerk.execute(uri: "/review?unit=\(other.zoneA.id)&month=2026-10", method: .get)
            #expect(review.text.contains("已报送"))
            #expect(!review.text.contains(">乙开发区</a>"))
            #expect(review.text.contains(">甲开发区</a>"))
        }
    }
}
