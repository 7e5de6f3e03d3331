import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TaizhangCore
import Testing

@testable import TaizhangWeb

/// The monthly dispatch: who has not reported, saving a screen in one go with Chinese row errors, refusing a
/// stale save, the workflow 报送 → 审核 and the lock that follows, and 重新打开.
@Suite struct DispatchTests {
    static func put(_ client: some TestClientProtocol, _ object: [String: Any], ifMatch: String? = nil) async throws
        -> TestResponse
    {
        var headers = jsonHeaders
        if let ifMatch { headers[.ifMatch] = ifMatch }
        return try await client.execute(uri: "/api/v1/dispatch", method: .put, headers: headers, body: try jsonBody(object))
    }

    static func step(_ client: some TestClientProtocol, _ name: String, _ unit: Int64, version: Int, reason: String? = nil)
        async throws -> TestResponse
    {
        var body: [String: Any] = ["orgUnit": unit, "month": "2026-10", "expectedVersion": version]
        if let reason { body["reason"] = reason }
        return try await client.execute(
            uri: "/api/v1/dispatch/\(name)", method: .post, headers: jsonHeaders, body: try jsonBody(body))
    }

    static func message(_ response: TestResponse) throws -> String? {
        (try response.json()["error"] as? [String: Any])?["message"] as? String
    }

    @Test func theScreenShowsWhoHasNotReportedAndDerivesTheCumulative() async throws {
        let fixture = try await ProjectFixture.make()
        let city = fixture.city
        try await city.withApp(as: TestCity.clerkA) { clerk in
            let sheet = try await clerk.execute(uri: "/api/v1/dispatch?unit=T-A&month=2026-10", method: .get).json()
            #expect(sheet["unreportedCount"] as? Int == 1)
            let rows = sheet["rows"] as? [[String: Any]] ?? []
            #expect(rows.compactMap { $0["code"] as? String } == ["T-P1", "T-P2"])
            #expect(rows.first?["yearBefore"] as? String == "8000")
            #expect(rows.first?["yearCompleted"] as? String == "9000")
            #expect(rows.last?["entry"] == nil)  // 未报: no entry
            let zones = sheet["zones"] as? [[String: Any]] ?? []
            #expect(zones.count == 1)
            #expect((zones.first?["unreported"] as? [[String: Any]])?.first?["code"] as? String == "T-P2")

            let page = try await clerk.execute(uri: "/dispatch?unit=\(city.zoneA.id)&month=2026-10", method: .get)
            #expect(page.status == .ok)
            let html = page.text
            for text in [
                "甲开发区项目月调度", "1—10月累计", "9,000.00", "未报", "共2个项目参加本月调度，已报1个，未报1个。",
                "name=\"investment.\(fixture.p2.id!)\"", "data-year-before=\"3000\"", "data-grid",
            ] {
                #expect(html.contains(text), "dispatch page should contain \(text)")
            }
            // A clerk fills in but does not submit: no 报送 button for her.
            #expect(!html.contains("action=\"/dispatch/submit\""))
        }
    }

    @Test func aSaveIsAllOrNothingWithRowErrorsInChinese() async throws {
        let fixture = try await ProjectFixture.make()
        let city = fixture.city
        let p1 = fixture.p1.id!, p2 = fixture.p2.id!
        try await city.withApp(as: TestCity.clerkA) { clerk in
            let loaded = try await clerk.execute(uri: "/api/v1/dispatch?unit=T-A&month=2026-10", method: .get).json()
            let version = try #require(loaded["version"] as? String)
            let bad = try await clerk.execute(
                uri: "/dispatch", method: .post, headers: formHeaders,
                body: formBody([
                    ("unit", String(city.zoneA.id)), ("month", "2026-10"), ("loaded", version),
                    ("row", String(p1)), ("investment.\(p1)", "1200"),
                    ("row", String(p2)), ("investment.\(p2)", "五百"), ("progress.\(p2)", "厂房封顶"),
                ]))
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("第2行“甲园二号项目”：本月完成投资“五百”不是有效的数值。"))
            #expect(bad.text.contains("value=\"五百\""))
            // Nothing was saved, not even the good row.
            let october = try await city.database.projects.progress(month: TestCity.month)
            #expect(october.first { $0.projectID == p1 }?.completedInvestment == 1000)

            let cleared = try await clerk.execute(
                uri: "/dispatch", method: .post, headers: formHeaders,
                body: formBody([("unit", String(city.zoneA.id)), ("month", "2026-10"), ("row", String(p1))]))
            #expect(cleared.text.contains("第1行“甲一号项目”：已填报的调度数据不能清空；本月无投资请填0。"))

            let good = try await clerk.execute(
                uri: "/dispatch", method: .post, headers: formHeaders,
                body: formBody([
                    ("unit", String(city.zoneA.id)), ("month", "2026-10"), ("loaded", version),
                    ("row", String(p1)), ("investment.\(p1)", "1000"), ("progress.\(p1)", "设备安装"),
                    ("row", String(p2)), ("investment.\(p2)", "500"), ("funds.\(p2)", "300"), ("progress.\(p2)", "厂房封顶"),
                ]))
            #expect(good.status == .seeOther)
            let saved = try await clerk.execute(uri: "/api/v1/dispatch?unit=T-A&month=2026-10", method: .get).json()
            #expect(saved["unreportedCount"] as? Int == 0)
            let row = (saved["rows"] as? [[String: Any]])?.last
            #expect(row?["yearCompleted"] as? String == "3500")
            // The screen loaded before that save is now stale: its save is refused, not applied.
            let stale = try await Self.put(
                clerk, ["orgUnit": "T-A", "month": "2026-10", "entries": [["project": "T-P1", "completedInvestment": "999"]]],
                ifMatch: version)
            #expect(stale.status == .conflict)
            #expect(try Self.message(stale) == "“甲开发区”2026年10月的数据已被他人修改，您的改动未保存。请刷新页面查看最新数据后重新填写。")
        }
    }

    @Test func submitApproveLockAndReopen() async throws {
        let fixture = try await ProjectFixture.make()
        let city = fixture.city
        let zoneA = city.zoneA.id
        try await city.withAnonymousApp { anonymous in
            let clerk = try await SignedInClient.signIn(anonymous, username: TestCity.clerkA, password: TestCity.password)
            let admin = try await SignedInClient.signIn(
                anonymous, username: ProjectFixture.zoneAdminA, password: TestCity.password)
            let reviewer = try await SignedInClient.signIn(
                anonymous, username: TestCity.reviewer, password: TestCity.password)

            // Not before every project has reported; and never by the clerk.
            let early = try await Self.step(admin, "submit", zoneA, version: 0)
            #expect(early.status == .conflict)
            #expect(
                try Self.message(early)
                    == "“甲开发区”2026年10月尚有1个项目未报（甲园二号项目），请填报后再报送；本月无投资的项目请填0。")
            let byClerk = try await Self.step(clerk, "submit", zoneA, version: 0)
            #expect(byClerk.status == .forbidden)

            let saved = try await Self.put(
                clerk,
                ["orgUnit": zoneA, "month": "2026-10", "entries": [["project": "T-P2", "completedInvestment": 500]]])
            #expect(saved.status == .ok, "\(saved.text)")
            #expect(try saved.json()["savedCount"] as? Int == 1)

            let submitted = try await Self.step(admin, "submit", zoneA, version: 0)
            #expect(submitted.status == .ok, "\(submitted.text)")
            #expect(try submitted.json()["status"] as? String == "submitted")
            let approved = try await Self.step(reviewer, "approve", zoneA, version: 1)
            #expect(try approved.json()["status"] as? String == "approved")

            // Approved: the zone's entries are locked, for the API and the screen alike.
            let locked = try await Self.put(
                clerk,
                ["orgUnit": "T-A", "month": "2026-10", "entries": [["project": "T-P1", "completedInvestment": "1100"]]])
            #expect(locked.status == .conflict)
            #expect(
                try Self.message(locked) == "“甲开发区”2026年10月的月调度已审核锁定，不能修改项目进展；如需修改，请审核员重新打开。")
            let lockedPage = try await clerk.execute(
                uri: "/dispatch", method: .post, headers: formHeaders,
                body: formBody([
                    ("unit", String(zoneA)), ("month", "2026-10"), ("row", String(fixture.p1.id!)),
                    ("investment.\(fixture.p1.id!)", "1100"),
                ]))
            #expect(lockedPage.status == .conflict)
            #expect(lockedPage.text.contains("已审核锁定"))
            let screen = try await clerk.execute(uri: "/dispatch?unit=\(zoneA)&month=2026-10", method: .get).text
            #expect(screen.contains("已审核（锁定）"))
            #expect(!screen.contains("name=\"investment."))
            // The city sees the zone approved; 乙 has not submitted. Reopening needs a reason.
            let citySheet = try await reviewer.execute(uri: "/dispatch?unit=\(city.city.id)&month=2026-10", method: .get).text
            #expect(citySheet.contains("action=\"/dispatch/reopen\""))
            #expect(citySheet.contains("3个开发区中2个尚未报送"))
            let noReason = try await Self.step(reviewer, "reopen", zoneA, version: 2)
            #expect(noReason.status == .conflict)
            let reopened = try await Self.step(reviewer, "reopen", zoneA, version: 2, reason: "项目投资数据需更正")
            #expect(try reopened.json()["status"] as? String == "draft")
            let again = try await Self.put(
                clerk,
                ["orgUnit": "T-A", "month": "2026-10", "entries": [["project": "T-P1", "completedInvestment": "1100"]]])
            #expect(again.status == .ok)
        }
    }
}
