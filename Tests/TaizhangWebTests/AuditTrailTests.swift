import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TaizhangCore
import TaizhangStore
import Testing

@testable import TaizhangWeb

@Suite struct AuditTrailTests {
    @Test func everySaveIsRecordedWithBeforeAndAfterAndShownInTheHistory() async throws {
        let city = try await TestCity.make()
        let zone = city.zoneA.id
        let database = city.database
        try await city.withApp(as: TestCity.clerkA) { clerk in
            let body: [String: Any] = [
                "orgUnit": zone, "month": "2026-10",
                "observations": [
                    [
                        "indicatorCode": "fixed_asset_investment", "monthly": "15", "cumulative": "150",
                        "priorCumulative": "120", "note": "与统计局核对一致",
                    ]
                ],
            ]
            let saved = try await clerk.execute(
                uri: "/api/v1/observations", method: .put, headers: jsonHeaders, body: try jsonBody(body))
            #expect(saved.status == .ok)
            let key = ObservationAudit.entityKey(orgUnitID: zone, month: TestCity.month, indicatorCode: "fixed_asset_investment")
            let history = try await database.audit.history(entityType: "observation", entityKey: key)
            let entry = try #require(history.last)
            #expect(history.count == 1)
            #expect(entry.username == TestCity.clerkA)
            #expect(entry.action == .update)
            #expect(entry.before?.contains("\"note\"") == false)
            #expect(entry.after?.contains("与统计局核对一致") == true)
            #expect(entry.after?.contains("\"cumulative\":\"150\"") == true)

            let page = try await clerk.execute(
                uri: "/history?unit=\(zone)&indicator=fixed_asset_investment&month=2026-10", method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains("甲开发区2026年10月“固定资产投资”"))
            #expect(page.text.contains("与统计局核对一致"))
            #expect(page.text.contains(TestCity.clerkA))
        }
    }

    @Test func secondWriterOfTheEntryFormGetsA409() async throws {
        let city = try await TestCity.make()
        let zone = city.zoneA.id
        try await city.withApp { client in
            let form = try await client.execute(uri: "/entry?unit=\(zone)&month=2026-10", method: .get)
            let loaded = try #require(Self.hidden("loaded", in: form.text))
            func save(_ note: String) async throws -> TestResponse {
                try await client.execute(
                    uri: "/entry", method: .post, headers: formHeaders,
                    body: formBody([
                        ("unit", String(zone)), ("month", "2026-10"), ("loaded", loaded), ("action", "save"),
                        ("monthly.fixed_asset_investment", "15"), ("cumulative.fixed_asset_investment", "150"),
                        ("prior.fixed_asset_investment", "120"), ("note.fixed_asset_investment", note),
                    ]))
            }
            let first = try await save("第一位填报人")
            #expect(first.status == .seeOther)
            let second = try await save("第二位填报人")
            #expect(second.status == .conflict)
            #expect(second.text.contains("已被他人修改"))
            let stored = try await city.database.observations.month(orgUnitID: zone, month: TestCity.month)
            #expect(stored.first { $0.indicatorCode == "fixed_asset_investment" }?.note == "第一位填报人")
        }
    }

    @Test func auditSearchIsScopedAndExports() async throws {
        let city = try await TestCity.make()
        try await city.withApp { admin in
            _ = try await admin.execute(
                uri: "/api/v1/org-units/\(city.zoneB.id)", method: .patch, headers: jsonHeaders,
                body: try jsonBody(["name": "乙开发区（新）"]))
            _ = try await admin.execute(
                uri: "/api/v1/org-units/\(city.park.id)", method: .patch, headers: jsonHeaders,
                body: try jsonBody(["name": "甲一园（新）"]))
            let all = try await admin.execute(uri: "/api/v1/audit?type=orgUnit", method: .get)
            #expect(try all.json()["total"] as? Int == 2)
            let page = try await admin.execute(uri: "/audit?type=orgUnit", method: .get)
            #expect(page.text.contains("乙开发区（新）"))
            let csv = try await admin.execute(uri: "/audit.csv?type=orgUnit", method: .get)
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            #expect(csv.text.contains("时间（北京时间）,用户,操作"))
            let xlsx = try await admin.execute(uri: "/audit.xlsx?type=orgUnit", method: .get)
            #expect(xlsx.status == .ok)
            #expect(Array(xlsx.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
        }
        let other = try await TestCity.make()
        let users = UserRepository(database: other.database, hasher: PasswordHasher(cost: 4))
        try await users.create(
            username: "zone.admin", password: TestCity.password, role: .zoneAdmin, scopeOrgUnitID: other.zoneA.id,
            by: .system)
        try await other.withApp { admin in
            _ = try await admin.execute(
                uri: "/api/v1/org-units/\(other.zoneB.id)", method: .patch, headers: jsonHeaders,
                body: try jsonBody(["name": "乙开发区（新）"]))
            _ = try await admin.execute(
                uri: "/api/v1/org-units/\(other.park.id)", method: .patch, headers: jsonHeaders,
                body: try jsonBody(["name": "甲一园（新）"]))
            let base = try #require((admin as? SignedInClient)?.base)
            let zoneAdmin = try await SignedInClient.signIn(base, username: "zone.admin", password: TestCity.password)
            let scoped = try await zoneAdmin.execute(uri: "/api/v1/audit?type=orgUnit", method: .get)
            let entries = try scoped.json()["entries"] as? [[String: Any]] ?? []
            #expect(entries.count == 1)
            #expect((entries.first?["after"] as? String)?.contains("甲一园（新）") == true)
        }
    }

    static func hidden(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}
