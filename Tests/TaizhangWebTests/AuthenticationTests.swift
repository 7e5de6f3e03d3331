import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TaizhangCore
import TaizhangStore
import Testing

@testable import TaizhangWeb

@Suite struct AuthenticationTests {
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    /// Signs in through the login form; returns the response (cookie in Set-Cookie).
    static func postLogin(
        _ client: any TestClientProtocol, _ username: String, _ password: String, next: String = "",
        headers: HTTPFields = formHeaders
    ) async throws -> TestResponse {
        try await client.execute(
            uri: "/login", method: .post, headers: headers,
            body: formBody([("username", username), ("password", password), ("next", next)]))
    }

    @Test func anonymousPagesRedirectToLoginAndAPIAnswers401() async throws {
        let city = try await TestCity.make()
        try await city.withAnonymousApp { client in
            let page = try await client.execute(uri: "/dashboard?unit=3", method: .get)
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/login?next=%2Fdashboard%3Funit%3D3")
            let api = try await client.execute(uri: "/api/v1/org-units", method: .get)
            #expect(api.status == .unauthorized)
            let error = try api.json()["error"] as? [String: Any] ?? [:]
            #expect(error["code"] as? String == "unauthenticated")
            #expect((error["message"] as? String)?.contains("请先登录") == true)
            let post = try await client.execute(
                uri: "/org-units", method: .post, headers: formHeaders, body: formBody([("code", "X")]))
            #expect(post.status == .seeOther)
            #expect(post.headers[.location] == "/login")
            // Public: the login page, the health check, static files and the API description.
            let login = try await client.execute(uri: "/login", method: .get)
            #expect(login.status == .ok)
            #expect(login.text.contains("用户名") && login.text.contains("密码"))
            #expect(try await client.execute(uri: "/health", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/static/taizhang.css", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/api/openapi.json", method: .get).status == .ok)
        }
    }

    @Test func loginSetsAHardenedCookieAndGoesToNext() async throws {
        let city = try await TestCity.make()
        try await city.withAnonymousApp { client in
            let response = try await Self.postLogin(client, TestCity.admin, TestCity.password, next: "/comparison")
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/comparison")
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("tz_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"))
            let session = try #require(SignedInClient.sessionCookie(response))
            let page = try await client.execute(uri: "/dashboard", method: .get, headers: [.cookie: session])
            #expect(page.status == .ok)
            #expect(page.text.contains("系统管理员"))
            #expect(page.text.contains("name=\"_csrf\""))

            // Behind a TLS-terminating proxy the cookie is Secure; a foreign `next` is ignored.
            var proxied = formHeaders
            proxied[HTTPField.Name("X-Forwarded-Proto")!] = "https"
            let secure = try await Self.postLogin(
                client, TestCity.admin, TestCity.password, next: "//evil.example/", headers: proxied)
            #expect(secure.headers[.location] == "/dashboard")
            #expect(secure.headers[values: .setCookie].contains { $0.hasPrefix("tz_session=") && $0.contains("Secure") })
        }
    }

    @Test func wrongPasswordsAreRefusedThenTheAccountLocks() async throws {
        let city = try await TestCity.make()
        try await city.withAnonymousApp { client in
            for _ in 1...4 {
                let response = try await Self.postLogin(client, TestCity.clerkA, "wrong-Passw0rd")
                #expect(response.status == .unauthorized)
                #expect(response.text.contains("用户名或密码错误"))
                #expect(SignedInClient.sessionCookie(response) == nil)
            }
            let fifth = try await Self.postLogin(client, TestCity.clerkA, "wrong-Passw0rd")
            #expect(fifth.status == .tooManyRequests)
            #expect(fifth.text.contains("账号已暂时锁定"))
            // Even the right password is refused while locked.
            let right = try await Self.postLogin(client, TestCity.clerkA, TestCity.password)
            #expect(right.status == .tooManyRequests)
            #expect(SignedInClient.sessionCookie(right) == nil)
        }
    }

    @Test func sessionsLiveInTheDatabase() async throws {
        let city = try await TestCity.make()
        let database = city.database
        try await city.withAnonymousApp { client in
            let response = try await Self.postLogin(client, TestCity.admin, TestCity.password)
            let cookie = try #require(SignedInClient.sessionCookie(response))
            let id = String(cookie.dropFirst("tz_session=".count))
            // Another instance (a fresh store over the same database) knows the session.
            let other = SessionStore(driver: DatabasePersistDriver(keyValues: database.keyValues))
            let session = try #require(try await other.load(id: id))
            #expect(session.userID == (try await database.users.find(username: TestCity.admin))?.id)

            // Signing out ends it everywhere.
            let page = try await client.execute(uri: "/dashboard", method: .get, headers: [.cookie: cookie])
            let token = try #require(Self.csrfToken(in: page.text))
            let logout = try await client.execute(
                uri: "/logout", method: .post, headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                body: formBody([("_csrf", token)]))
            #expect(logout.status == .seeOther)
            #expect(logout.headers[.location] == "/login")
            #expect(try await other.load(id: id) == nil)
            let after = try await client.execute(uri: "/dashboard", method: .get, headers: [.cookie: cookie])
            #expect(after.status == .seeOther)
        }
    }

    @Test func statePostsWithACookieNeedTheCSRFToken() async throws {
        let city = try await TestCity.make()
        try await city.withAnonymousApp { client in
            let response = try await Self.postLogin(client, TestCity.admin, TestCity.password)
            let cookie = try #require(SignedInClient.sessionCookie(response))
            let fields = [("code", "T-D2"), ("name", "西区"), ("kind", "district"), ("parent", String(city.city.id))]
            var headers = formHeaders
            headers[.cookie] = cookie
            let missing = try await client.execute(
                uri: "/org-units", method: .post, headers: headers, body: formBody(fields))
            #expect(missing.status == .forbidden)
            #expect(missing.text.contains("安全校验失败"))
            let wrong = try await client.execute(
                uri: "/org-units", method: .post, headers: headers, body: formBody(fields + [("_csrf", "0" + String(repeating: "a", count: 63))]))
            #expect(wrong.status == .forbidden)
            let apiWithoutHeader = try await client.execute(
                uri: "/api/v1/org-units", method: .post, headers: [.cookie: cookie, .contentType: "application/json"],
                body: try jsonBody(["code": "T-D3", "name": "北区", "kind": "district", "parentID": city.city.id]))
            #expect(apiWithoutHeader.status == .forbidden)
            #expect((try apiWithoutHeader.json()["error"] as? [String: Any])?["code"] as? String == "csrf_failed")
            #expect(try await city.database.orgUnits.find(code: "T-D2") == nil)

            let page = try await client.execute(uri: "/org-units", method: .get, headers: [.cookie: cookie])
            let token = try #require(Self.csrfToken(in: page.text))
            let good = try await client.execute(
                uri: "/org-units", method: .post, headers: headers, body: formBody(fields + [("_csrf", token)]))
            #expect(good.status == .seeOther)
            #expect(good.headers[.location] == "/org-units")
            #expect(try await city.database.orgUnits.find(code: "T-D2") != nil)
        }
    }

    @Test func apiTokensNeedNoCSRFAndCanBeRevoked() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let issued = try await client.execute(
                uri: "/api/v1/tokens", method: .post, headers: jsonHeaders, body: try jsonBody(["name": "统计局数据对接"]))
            #expect(issued.status == .created)
            let json = try issued.json()
            let secret = try #require(json["token"] as? String)
            let id = try #require(json["id"] as? Int)
            #expect(secret.hasPrefix("tzk_"))
            // A machine client: no cookie, no CSRF header.
            let machine = try #require((client as? SignedInClient)?.base)
            let bearer: HTTPFields = [.authorization: "Bearer \(secret)", .contentType: "application/json"]
            let list = try await machine.execute(
                uri: "/api/v1/org-units", method: .get, headers: [.authorization: "Bearer \(secret)"])
            #expect(list.status == .ok)
            let created = try await machine.execute(
                uri: "/api/v1/org-units", method: .post, headers: bearer,
                body: try jsonBody(["code": "T-D3", "name": "北区", "kind": "district", "parentID": city.city.id]))
            #expect(created.status == .created)
            let revoked = try await client.execute(uri: "/api/v1/tokens/\(id)", method: .delete)
            #expect(revoked.status == .noContent)
            let after = try await machine.execute(
                uri: "/api/v1/org-units", method: .get, headers: [.authorization: "Bearer \(secret)"])
            #expect(after.status == .unauthorized)
            #expect((try after.json()["error"] as? [String: Any])?["code"] as? String == "invalid_token")
        }
    }

    @Test func oneTimePasswordForcesAChangeFirst() async throws {
        let city = try await TestCity.make()
        let users = UserRepository(database: city.database, hasher: PasswordHasher(cost: 4))
        let oneTime = try await users.resetPassword(username: TestCity.clerkA, by: .commandLine)
        try await city.withAnonymousApp { client in
            let response = try await Self.postLogin(client, TestCity.clerkA, oneTime, next: "/entry")
            #expect(response.headers[.location] == "/password")
            let cookie = try #require(SignedInClient.sessionCookie(response))
            let held = try await client.execute(uri: "/dashboard", method: .get, headers: [.cookie: cookie])
            #expect(held.headers[.location] == "/password")
            let page = try await client.execute(uri: "/password", method: .get, headers: [.cookie: cookie])
            #expect(page.text.contains("一次性密码"))
            let token = try #require(Self.csrfToken(in: page.text))
            var headers = formHeaders
            headers[.cookie] = cookie
            let weak = try await client.execute(
                uri: "/password", method: .post, headers: headers,
                body: formBody([("_csrf", token), ("current", oneTime), ("new", "short"), ("confirm", "short")]))
            #expect(weak.status == .unprocessableContent)
            #expect(weak.text.contains("密码至少需要10个字符"))
            let changed = try await client.execute(
                uri: "/password", method: .post, headers: headers,
                body: formBody([
                    ("_csrf", token), ("current", oneTime), ("new", "Xin-Mima-2026"), ("confirm", "Xin-Mima-2026"),
                ]))
            #expect(changed.status == .seeOther)
            #expect(changed.headers[.location] == "/dashboard")
            // Free to go; a page without a unit opens on her own zone.
            let free = try await client.execute(uri: "/dashboard", method: .get, headers: [.cookie: cookie])
            #expect(free.headers[.location] == "/dashboard?unit=\(city.zoneA.id)")
            let own = try await client.execute(
                uri: "/dashboard?unit=\(city.zoneA.id)", method: .get, headers: [.cookie: cookie])
            #expect(own.status == .ok)
        }
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}
