import Foundation
import Hummingbird
import HummingbirdTesting
import TaizhangCore
import Testing

@testable import TaizhangWeb

/// A lead followed to completion through the JSON API and the project page's forms, with the refusals a
/// change without its facts gets, in Chinese.
@Suite struct ProjectLifecycleWebTests {
    static func post(_ client: some TestClientProtocol, _ uri: String, _ object: [String: Any]) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .post, headers: jsonHeaders, body: try jsonBody(object))
    }

    static func message(_ response: TestResponse) throws -> String? {
        (try response.json()["error"] as? [String: Any])?["message"] as? String
    }

    @Test func aLeadIsFollowedFromSigningToCompletion() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let created = try await Self.post(
                client, "/api/v1/projects",
                [
                    "code": "T-NEW-1", "name": "新材料产业园", "orgUnit": city.zoneA.id, "plannedInvestment": "20000",
                    "levels": ["市重点"], "liaisonLeaders": ["李明"], "annualPlans": ["2026": "3000"],
                    "industryChain": "新材料",
                ])
            #expect(created.status == .created, "\(created.text)")
            let project = try created.json()
            let id = try #require(project["id"] as? Int)
            #expect(project["stage"] as? String == "lead")
            #expect(project["levels"] as? [String] == ["cityKey"])
            #expect(project["plannedInvestment"] as? String == "20000")

            // Signing needs a date and a value: refused in Chinese without them.
            let unsigned = try await Self.post(client, "/api/v1/projects/\(id)/stage", ["to": "signed"])
            #expect(unsigned.status == .unprocessableContent)
            #expect(try Self.message(unsigned) == "项目“新材料产业园”转为签约需要填写签约日期。")
            let noValue = try await Self.post(
                client, "/api/v1/projects/\(id)/stage", ["to": "signed", "signedOn": "2026-05-01"])
            #expect(try Self.message(noValue) == "项目“新材料产业园”转为签约需要填写签约金额。")
            let signed = try await Self.post(
                client, "/api/v1/projects/\(id)/stage",
                ["to": "签约", "signedOn": "2026-05-01", "contractValue": "18000"])
            #expect(signed.status == .ok, "\(signed.text)")
            let change = try signed.json()["change"] as? [String: Any]
            #expect(change?["to"] as? String == "signed")
            #expect(change?["on"] as? String == "2026-05-01")

            // The page form: 新开工 without a start date is refused on the page itself, then done with one.
            let noStart = try await client.execute(
                uri: "/projects/\(id)/stage", method: .post, headers: formHeaders, body: formBody([("to", "started")]))
            #expect(noStart.status == .unprocessableContent)
            #expect(noStart.text.contains("项目“新材料产业园”转为新开工需要填写实际开工日期。"))
            let early = try await client.execute(
                uri: "/projects/\(id)/stage", method: .post, headers: formHeaders,
                body: formBody([("to", "started"), ("actualStart", "2026-04-01")]))
            #expect(early.text.contains("实际开工日期（2026年4月1日）不能早于签约日期（2026年5月1日）"))
            let started = try await client.execute(
                uri: "/projects/\(id)/stage", method: .post, headers: formHeaders,
                body: formBody([("to", "started"), ("actualStart", "2026-06-01")]))
            #expect(started.status == .seeOther)
            #expect(started.headers[.location] == "/projects/\(id)")

            // 续建 only from the next year; 竣工 with its date.
            let continuing = try await Self.post(client, "/api/v1/projects/\(id)/stage", ["to": "continuing"])
            #expect(
                try Self.message(continuing) == "项目“新材料产业园”于2026年开工，当年为新开工项目，2027年1月1日起方可转为续建。")
            let completed = try await Self.post(
                client, "/api/v1/projects/T-NEW-1/stage", ["to": "completed", "actualCompletion": "2026-11-01"])
            #expect(completed.status == .ok, "\(completed.text)")

            let detail = try await client.execute(uri: "/api/v1/projects/T-NEW-1", method: .get).json()
            let history = (detail["history"] as? [[String: Any]] ?? []).compactMap { $0["to"] as? String }
            #expect(history == ["lead", "signed", "started", "completed"])
            #expect(detail["allowedStages"] as? [String] == ["operating"])
            let stored = detail["project"] as? [String: Any]
            #expect(stored?["actualStart"] as? String == "2026-06-01")
            #expect(stored?["contractValue"] as? String == "18000")

            // The project page shows the history, the next step and the charts.
            let page = try await client.execute(uri: "/projects/\(id)?month=2026-10", method: .get)
            #expect(page.status == .ok)
            for text in ["新材料产业园", "储备", "签约", "新开工", "竣工", "转为投产", "投产日期", "<svg", "2026年计划投资", "3,000.00万元"] {
                #expect(page.text.contains(text), "project page should contain \(text)")
            }
        }
    }

    @Test func withdrawingNeedsAReasonAndEndsTheRecord() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let created = try await Self.post(
                client, "/api/v1/projects", ["code": "T-W", "name": "撤出项目", "orgUnit": "T-B"])
            let id = try #require(try created.json()["id"] as? Int)
            let bare = try await Self.post(client, "/api/v1/projects/\(id)/stage", ["to": "withdrawn", "reason": "不"])
            #expect(try Self.message(bare) == "项目“撤出项目”调整退出必须填写原因（至少4个字）。")
            let done = try await Self.post(
                client, "/api/v1/projects/\(id)/stage", ["to": "withdrawn", "reason": "投资方资金链断裂，终止合作"])
            #expect(done.status == .ok)
            let again = try await Self.post(client, "/api/v1/projects/\(id)/stage", ["to": "lead"])
            #expect(try Self.message(again) == "项目“撤出项目”已调整退出，不能再转为“储备”。")
        }
    }

    @Test func theProjectFormCreatesEditsAndNamesEveryBadField() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let bad = try await client.execute(
                uri: "/projects", method: .post, headers: formHeaders,
                body: formBody([
                    ("code", "T-F1"), ("orgUnit", String(city.zoneA.id)), ("plannedInvestment", "两万"),
                    ("signedOn", "2026-13-01"), ("stage", "signed"),
                ]))
            #expect(bad.status == .unprocessableContent)
            for text in ["请填写项目名称。", "计划总投资“两万”不是有效的数值（单位：万元）。", "签约日期“2026-13-01”无法识别"] {
                #expect(bad.text.contains(text), "form should say \(text)")
            }
            // What was typed is kept.
            #expect(bad.text.contains("value=\"T-F1\""))
            let missingFacts = try await client.execute(
                uri: "/projects", method: .post, headers: formHeaders,
                body: formBody([("code", "T-F1"), ("name", "表单项目"), ("orgUnit", String(city.zoneA.id)), ("stage", "started")]))
            #expect(missingFacts.text.contains("“新开工”阶段的项目需要填写实际开工日期。"))
            let good = try await client.execute(
                uri: "/projects", method: .post, headers: formHeaders,
                body: formBody([
                    ("code", "T-F1"), ("name", "表单项目"), ("orgUnit", String(city.park.id)), ("level", "cityKey"),
                    ("level", "provincialKey"), ("plannedInvestment", "12,000.5"), ("plan.2026", "4000"),
                    ("liaisonLeaders", "李明、王强"), ("isInStatistics", "1"), ("constructionNature", "技改"),
                ]))
            #expect(good.status == .seeOther, "\(good.text.prefix(400))")
            let location = try #require(good.headers[.location])
            let project = try #require(try await city.database.projects.find(code: "T-F1"))
            #expect(location == "/projects/\(project.id!)")
            #expect(project.levels == [.cityKey, .provincialKey])
            #expect(project.plannedInvestment == Decimal(string: "12000.5"))
            #expect(project.annualPlans == [2026: 4000])
            #expect(project.liaisonLeaders == ["李明", "王强"])
            #expect(project.isInStatistics)
            #expect(project.constructionNature == .renovation)
            // The edit form shows the stored values; a duplicate code is refused.
            let edit = try await client.execute(uri: "/projects/\(project.id!)/edit", method: .get)
            #expect(edit.text.contains("value=\"12000.5\""))
            #expect(edit.text.contains("value=\"李明、王强\""))
            let duplicate = try await client.execute(
                uri: "/projects", method: .post, headers: formHeaders,
                body: formBody([("code", "T-F1"), ("name", "重复项目"), ("orgUnit", String(city.zoneA.id))]))
            #expect(duplicate.status == .unprocessableContent)
            #expect(duplicate.text.contains("项目编号“T-F1”已存在，请换一个编号。"))
            let renamed = try await client.execute(
                uri: "/projects/\(project.id!)", method: .post, headers: formHeaders,
                body: formBody([("code", "T-F1"), ("name", "表单项目（改）"), ("orgUnit", String(city.park.id))]))
            #expect(renamed.status == .seeOther)
            let after = try #require(try await city.database.projects.find(id: project.id!))
            #expect(after.name == "表单项目（改）")
            #expect(after.stage == .lead)
        }
    }

    @Test func followUpsAndProblemsAreRecordedAndResolved() async throws {
        let fixture = try await ProjectFixture.make()
        let id = fixture.p2.id!
        try await fixture.city.withApp { client in
            let followUp = try await client.execute(
                uri: "/projects/\(id)/follow-ups", method: .post, headers: formHeaders,
                body: formBody([("on", "2026-10-12"), ("kind", "走访"), ("summary", "现场协调用地问题")]))
            #expect(followUp.status == .seeOther)
            let raised = try await Self.post(
                client, "/api/v1/projects/T-P2/matters",
                ["kind": "供电", "description": "专线未接通", "ownerUnit": "供电公司", "deadline": "2026-12-31"])
            #expect(raised.status == .created)
            let matterID = try #require(try raised.json()["id"] as? Int)
            let resolved = try await client.execute(
                uri: "/api/v1/matters/\(matterID)", method: .put, headers: jsonHeaders,
                body: try jsonBody(["status": "resolved", "resolution": "专线已送电", "resolvedOn": "2026-11-20"]))
            #expect(resolved.status == .ok, "\(resolved.text)")
            #expect(try resolved.json()["statusName"] as? String == "已解决")
            let noResolution = try await client.execute(
                uri: "/matters/\(fixture.matter.id!)/resolve", method: .post, headers: formHeaders,
                body: formBody([("resolution", "")]))
            #expect(noResolution.status == .seeOther)
            let list = try await client.execute(uri: "/api/v1/projects/\(id)/matters", method: .get).json()
            let matters = list["matters"] as? [[String: Any]] ?? []
            #expect(matters.count == 2)
            #expect(matters.first?["overdue"] as? Bool == true)
            let page = try await client.execute(uri: "/projects/\(id)", method: .get).text
            for text in ["现场协调用地问题", "二期用地指标未落实", "逾期未解决", "专线已送电", "共2个问题，已解决1个，未解决1个。"] {
                #expect(page.contains(text), "project page should contain \(text)")
            }
        }
    }
}
