import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import TaizhangWeb

@Suite struct OrgUnitAndIndicatorAPITests {
    @Test func createRenameMoveAndArchiveAUnit() async throws {
        let city = try await TestCity.make()
        let zoneA = city.zoneA.id
        let zoneB = city.zoneB.id
        try await city.withApp { client in
            let created = try await client.execute(
                uri: "/api/v1/org-units", method: .post, headers: jsonHeaders,
                body: try jsonBody(["code": "T-A2", "name": "甲二园", "kind": "park", "parentID": zoneA]))
            #expect(created.status == .created)
            let id = try #require(try created.json()["id"] as? Int)

            let duplicate = try await client.execute(
                uri: "/api/v1/org-units", method: .post, headers: jsonHeaders,
                body: try jsonBody(["code": "T-A2", "name": "重复", "kind": "park", "parentID": zoneA]))
            #expect(duplicate.status == .conflict)
            #expect(((try duplicate.json()["error"] as? [String: Any])?["message"] as? String)?.contains("已存在") == true)

            let renamed = try await client.execute(
                uri: "/api/v1/org-units/\(id)", method: .patch, headers: jsonHeaders,
                body: try jsonBody(["name": "甲二园（新）", "parentID": zoneB]))
            #expect(renamed.status == .ok)
            let json = try renamed.json()
            #expect(json["name"] as? String == "甲二园（新）")
            #expect(json["parentID"] as? Int == Int(zoneB))

            let badMove = try await client.execute(
                uri: "/api/v1/org-units/\(zoneA)", method: .patch, headers: jsonHeaders,
                body: try jsonBody(["parentID": city.park.id]))
            #expect(badMove.status == .conflict)

            let archived = try await client.execute(
                uri: "/api/v1/org-units/\(id)", method: .patch, headers: jsonHeaders,
                body: try jsonBody(["archived": true]))
            #expect(try archived.json()["isArchived"] as? Bool == true)
            let list = try await client.execute(uri: "/api/v1/org-units", method: .get).json()
            let names = (list["orgUnits"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(!names.contains("甲二园（新）"))
        }
    }

    @Test func searchFindsAnIndicatorByAlias() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let json = try await client.execute(uri: "/api/v1/indicators?q=%E7%A4%BE%E9%9B%B6", method: .get).json()
            let codes = (json["indicators"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
            #expect(codes.first == "retail_sales")
            let page = try await client.execute(uri: "/indicators?q=%E5%9B%BA%E6%8A%95", method: .get).text
            #expect(page.contains("固定资产投资"))
            #expect(!page.contains("<td>地区生产总值</td>"))
        }
    }

    @Test func addingACustomIndicatorRefusesACollidingAlias() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let created = try await client.execute(
                uri: "/api/v1/indicators", method: .post, headers: jsonHeaders,
                body: try jsonBody(["name": "新增规上企业营收", "aliases": ["规上营收"], "unit": "亿元", "kind": "amount"]))
            #expect(created.status == .created)
            let json = try created.json()
            #expect(json["code"] as? String == "custom_1")
            #expect(json["isCustom"] as? Bool == true)
            let collision = try await client.execute(
                uri: "/api/v1/indicators", method: .post, headers: jsonHeaders,
                body: try jsonBody(["name": "另一个", "aliases": ["社零"], "unit": "亿元"]))
            #expect(collision.status == .conflict)
        }
    }

    @Test func formPostsRedirectWithAFlash() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let response = try await client.execute(
                uri: "/org-units", method: .post, headers: formHeaders,
                body: formBody([
                    ("code", "T-D2"), ("name", "西区"), ("kind", "district"), ("parent", String(city.city.id)),
                ]))
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/org-units")
            let cookie = String(try #require(response.headers[.setCookie]).split(separator: ";")[0])
            let page = try await client.execute(uri: "/org-units", method: .get, headers: [.cookie: cookie])
            #expect(page.text.contains("已新建区县“西区”。"))
            #expect(page.headers[.setCookie]?.contains("Max-Age=0") == true)
        }
    }

    @Test func targetsRoundTrip() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let saved = try await client.execute(
                uri: "/api/v1/targets", method: .put, headers: jsonHeaders,
                body: try jsonBody([
                    "orgUnit": "T-B", "year": 2026,
                    "targets": [["indicatorCode": "gdp", "value": "512.5", "growth": "6"]],
                ]))
            #expect(saved.status == .ok)
            let json = try await client.execute(uri: "/api/v1/targets?unit=T-B&year=2026", method: .get).json()
            let targets = json["targets"] as? [[String: Any]] ?? []
            #expect(targets.first?["value"] as? String == "512.5")
            let unknown = try await client.execute(
                uri: "/api/v1/targets", method: .put, headers: jsonHeaders,
                body: try jsonBody([
                    "orgUnit": "T-B", "year": 2026, "targets": [["indicatorCode": "nope", "value": "1"]],
                ]))
            #expect(unknown.status == .unprocessableContent)
        }
    }

    @Test func wrongContentTypeAndBadJSONAreChineseErrors() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let form = try await client.execute(
                uri: "/api/v1/org-units", method: .post, headers: formHeaders, body: formBody([("code", "X")]))
            #expect(form.status == .unsupportedMediaType)
            let formError = try form.json()["error"] as? [String: Any] ?? [:]
            #expect((formError["message"] as? String)?.contains("JSON") == true)

            let broken = try await client.execute(
                uri: "/api/v1/org-units", method: .post, headers: jsonHeaders, body: ByteBuffer(string: "{\"code\": "))
            #expect(broken.status == .badRequest)
            let missing = try await client.execute(
                uri: "/api/v1/org-units", method: .post, headers: jsonHeaders,
                body: try jsonBody(["code": "X", "kind": "zone"]))
            #expect(missing.status == .badRequest)
            let missingError = try missing.json()["error"] as? [String: Any] ?? [:]
            #expect((missingError["message"] as? String)?.contains("缺少字段“name”") == true)

            let unknownRoute = try await client.execute(uri: "/api/v1/nothing", method: .get)
            #expect(unknownRoute.status == .notFound)
            #expect(unknownRoute.headers[.contentType]?.hasPrefix("application/json") == true)
        }
    }
}
