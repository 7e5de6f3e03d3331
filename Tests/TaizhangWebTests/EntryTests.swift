import Foundation
import Hummingbird
import HummingbirdTesting
import TaizhangCore
import Testing

@testable import TaizhangWeb

@Suite struct EntryTests {
    /// September's cumulative is 135; 135 + 16 = 151 ≠ 160.
    static var mismatching: [String: Any] {
        [
            "orgUnit": "T-A", "month": "2026-10",
            "observations": [
                [
                    "indicatorCode": "fixed_asset_investment", "monthly": "16", "cumulative": "160",
                    "priorCumulative": "120",
                ]
            ],
        ]
    }

    @Test func validateFlagsAMismatchingCumulative() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let response = try await client.execute(
                uri: "/api/v1/observations/validate", method: .post, headers: jsonHeaders,
                body: try jsonBody(Self.mismatching))
            #expect(response.status == .ok)
            let json = try response.json()
            let problems = json["problems"] as? [[String: Any]] ?? []
            let mismatch = try #require(problems.first { $0["code"] as? String == "cumulative_mismatch" })
            #expect(mismatch["field"] as? String == "cumulative")
            #expect(mismatch["severity"] as? String == "warning")
            #expect((mismatch["message"] as? String)?.contains("上月累计135.00 + 本月16.00 = 151.00") == true)
            #expect(json["needsOverrideReasons"] as? Bool == true)
        }
    }

    @Test func savingWithWarningsNeedsAReasonAndStoresIt() async throws {
        let city = try await TestCity.make()
        let database = city.database
        let zone = city.zoneA.id
        try await city.withApp { client in
            let refused = try await client.execute(
                uri: "/api/v1/observations", method: .put, headers: jsonHeaders, body: try jsonBody(Self.mismatching))
            #expect(refused.status == .unprocessableContent)
            let error = try refused.json()["error"] as? [String: Any] ?? [:]
            #expect(error["code"] as? String == "validation_failed")
            let problems = error["problems"] as? [[String: Any]] ?? []
            #expect(problems.contains { $0["code"] as? String == "override_reason_required" })
            // Nothing was written: the stored cumulative is still 150.
            let before = try await database.observations.month(orgUnitID: zone, month: TestCity.month)
            #expect(before.first { $0.indicatorCode == "fixed_asset_investment" }?.cumulative == 150)

            var withReason = Self.mismatching
            withReason["observations"] = [
                [
                    "indicatorCode": "fixed_asset_investment", "monthly": "16", "cumulative": "160",
                    "priorCumulative": "120",
                    "overrideReason": "统计局反馈9月数据有调整",
                ]
            ]
            let saved = try await client.execute(
                uri: "/api/v1/observations", method: .put, headers: jsonHeaders, body: try jsonBody(withReason))
            #expect(saved.status == .ok)
            #expect(try saved.json()["savedCount"] as? Int == 1)
            let after = try await database.observations.month(orgUnitID: zone, month: TestCity.month)
            let row = try #require(after.first { $0.indicatorCode == "fixed_asset_investment" })
            #expect(row.cumulative == 160)
            #expect(row.overrideReason == "统计局反馈9月数据有调整")
        }
    }

    @Test func entryPageCheckShowsTheProblemNextToTheField() async throws {
        let city = try await TestCity.make()
        let zone = city.zoneA.id
        try await city.withApp { client in
            let response = try await client.execute(
                uri: "/entry", method: .post, headers: formHeaders,
                body: formBody([
                    ("unit", String(zone)), ("month", "2026-10"), ("action", "check"),
                    ("monthly.fixed_asset_investment", "16"), ("cumulative.fixed_asset_investment", "160"),
                    ("prior.fixed_asset_investment", "120"),
                ]))
            #expect(response.status == .ok)
            let html = response.text
            #expect(html.contains("检查发现"))
            #expect(html.contains("与填报累计160.00不一致"))
            #expect(html.contains("name=\"reason.fixed_asset_investment\""))
            // What was typed stays in the form.
            #expect(html.contains("name=\"cumulative.fixed_asset_investment\" value=\"160\""))
        }
    }

    @Test func entryPageSaveRedirectsWithAFlash() async throws {
        let city = try await TestCity.make()
        let zone = city.zoneA.id
        let database = city.database
        try await city.withApp { client in
            let missingReason = try await client.execute(
                uri: "/entry", method: .post, headers: formHeaders,
                body: formBody([
                    ("unit", String(zone)), ("month", "2026-10"), ("action", "save"),
                    ("monthly.fixed_asset_investment", "16"), ("cumulative.fixed_asset_investment", "160"),
                    ("prior.fixed_asset_investment", "120"),
                ]))
            #expect(missingReason.status == .unprocessableContent)
            #expect(missingReason.text.contains("未保存"))

            let saved = try await client.execute(
                uri: "/entry", method: .post, headers: formHeaders,
                body: formBody([
                    ("unit", String(zone)), ("month", "2026-10"), ("action", "save"),
                    ("monthly.fixed_asset_investment", "16"), ("cumulative.fixed_asset_investment", "160"),
                    ("prior.fixed_asset_investment", "120"), ("reason.fixed_asset_investment", "9月数据已由统计局修订"),
                ]))
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/entry?unit=\(zone)&month=2026-10")
            let cookie = try #require(saved.headers[.setCookie])
            #expect(cookie.hasPrefix("tz_flash="))
            let stored = try await database.observations.month(orgUnitID: zone, month: TestCity.month)
            #expect(stored.first { $0.indicatorCode == "fixed_asset_investment" }?.overrideReason == "9月数据已由统计局修订")

            // The next page shows the flash once.
            let value = String(cookie.split(separator: ";")[0])
            let page = try await client.execute(
                uri: "/entry?unit=\(zone)&month=2026-10", method: .get, headers: [.cookie: value])
            #expect(page.text.contains("已保存甲开发区2026年10月1项指标，其中1项附说明原因。"))
        }
    }

    @Test func notANumberIsAnErrorAndNothingIsSaved() async throws {
        let city = try await TestCity.make()
        let zone = city.zoneA.id
        try await city.withApp { client in
            let response = try await client.execute(
                uri: "/entry", method: .post, headers: formHeaders,
                body: formBody([
                    ("unit", String(zone)), ("month", "2026-10"), ("action", "save"),
                    ("cumulative.fixed_asset_investment", "12万"),
                ]))
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("累计“12万”不是有效的数值"))
        }
    }
}
