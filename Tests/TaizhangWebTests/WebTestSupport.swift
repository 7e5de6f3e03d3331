import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import TaizhangCore
import TaizhangStore
import Testing

@testable import TaizhangWeb

/// A hand-made tiny city on a temporary SQLite database, and the web application over it.
///
/// 测试市 (T) › 东区 (T-D) › 甲开发区 (T-A, with park 甲一园 T-A1), 乙开发区 (T-B), 丙开发区 (T-C).
/// Month under test: 2026-10. 固定资产投资 (fixed_asset_investment, nominal, 亿元) 1—10月:
/// 甲 150 (prior 120, September 135, this month 15, target 200), 乙 180 (prior 160), 丙 150 (prior 100).
/// 地区生产总值 (gdp, real) for 甲: 300 with published growth 6.5 and prior 250.
struct TestCity {
    let database: TaizhangDatabase
    let city: OrgUnit
    let zoneA: OrgUnit
    let zoneB: OrgUnit
    let zoneC: OrgUnit
    let park: OrgUnit

    /// Every test account's password (bcrypt cost 4, so tests stay fast).
    static let password = "Ce-Shi-2026!x"
    /// 系统管理员 over the whole system.
    static let admin = "admin"
    /// 园区填报员 of 甲开发区 (and its park).
    static let clerkA = "clerk.a"
    /// 市级审核员 over 测试市.
    static let reviewer = "reviewer"

    static let month = YearMonth(year: 2026, month: 10)!

    static func make() async throws -> TestCity {
        var logger = Logger(label: "taizhang.web.tests")
        logger.logLevel = .warning
        let database = try await TaizhangDatabase.open(.sqliteInMemory, logger: logger)
        try await database.indicators.upsertAll(IndicatorCatalogue.standard.indicators)
        let units = database.orgUnits
        let city = try await units.create(code: "T", name: "测试市", kind: .city)
        let district = try await units.create(code: "T-D", name: "东区", kind: .district, parentID: city.id)
        let zoneA = try await units.create(code: "T-A", name: "甲开发区", kind: .zone, parentID: district.id)
        let zoneB = try await units.create(code: "T-B", name: "乙开发区", kind: .zone, parentID: district.id)
        let zoneC = try await units.create(code: "T-C", name: "丙开发区", kind: .zone, parentID: district.id)
        let park = try await units.create(code: "T-A1", name: "甲一园", kind: .park, parentID: zoneA.id)

        let month = Self.month
        let september = month.previous
        let fai = "fixed_asset_investment"
        let observations = [
            Observation(
                indicatorCode: fai, orgUnitID: zoneA.id, month: september, monthly: 14, cumulative: 135,
                priorCumulative: 110),
            Observation(
                indicatorCode: fai, orgUnitID: zoneA.id, month: month, monthly: 15, cumulative: 150,
                priorCumulative: 120),
            Observation(
                indicatorCode: fai, orgUnitID: zoneA.id, month: month.sameMonthLastYear, monthly: 12, cumulative: 120),
            Observation(
                indicatorCode: fai, orgUnitID: zoneB.id, month: month, monthly: 20, cumulative: 180,
                priorCumulative: 160),
            Observation(
                indicatorCode: fai, orgUnitID: zoneC.id, month: month, monthly: 16, cumulative: 150,
                priorCumulative: 100),
            Observation(
                indicatorCode: "gdp", orgUnitID: zoneA.id, month: month, monthly: 31, cumulative: 300,
                priorCumulative: 250,
                publishedGrowth: Decimal(string: "6.5")!),
        ]
        let catalogue = Dictionary(uniqueKeysWithValues: IndicatorCatalogue.standard.indicators.map { ($0.code, $0) })
        try await database.observations.upsert(observations, indicators: catalogue)
        try await database.targets.upsert(
            [Target(indicatorCode: fai, orgUnitID: zoneA.id, year: 2026, value: 200, growth: 10)], indicators: catalogue
        )
        let users = UserRepository(database: database, hasher: PasswordHasher(cost: 4))
        try await users.create(
            username: admin, password: password, role: .systemAdmin, scopeOrgUnitID: nil, by: .system)
        try await users.create(
            username: clerkA, password: password, role: .zoneClerk, scopeOrgUnitID: zoneA.id, by: .system)
        try await users.create(
            username: reviewer, password: password, role: .cityReviewer, scopeOrgUnitID: city.id, by: .system)
        return TestCity(database: database, city: city, zoneA: zoneA, zoneB: zoneB, zoneC: zoneC, park: park)
    }

    /// Runs `body` against the real router in-process, signed in as `user` (nil: anonymous), then closes the
    /// database. A signed-in client sends the session cookie and the CSRF header with every request.
    func withApp<R: Sendable>(
        uploadLimit: Int = WebConfiguration.defaultUploadLimit, as user: String? = TestCity.admin,
        _ body: @Sendable (any TestClientProtocol) async throws -> R
    ) async throws -> R {
        try await withAnonymousApp(uploadLimit: uploadLimit) { client in
            guard let user else { return try await body(client) }
            return try await body(try await SignedInClient.signIn(client, username: user, password: Self.password))
        }
    }

    /// Runs `body` against the real router with a client that sends no credentials.
    func withAnonymousApp<R: Sendable>(
        uploadLimit: Int = WebConfiguration.defaultUploadLimit,
        _ body: @Sendable (any TestClientProtocol) async throws -> R
    ) async throws -> R {
        let configuration = WebConfiguration(uploadLimit: uploadLimit, defaultMonth: Self.month.description)
        var logger = Logger(label: "taizhang.web.tests")
        logger.logLevel = .warning
        let app = try await buildApplication(database: database, configuration: configuration, logger: logger)
        do {
            let result = try await app.test(.router, body)
            try await database.shutdown()
            return result
        } catch {
            try? await database.shutdown()
            throw error
        }
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any] ?? [:]
    }
}

/// Encodes a JSON body for a request.
func jsonBody(_ object: Any) throws -> ByteBuffer {
    ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
}

let jsonHeaders: HTTPFields = [.contentType: "application/json"]
let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

/// An url-encoded form body.
func formBody(_ pairs: [(String, String)]) -> ByteBuffer {
    let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
    let text = pairs.map { name, value in
        "\(name.addingPercentEncoding(withAllowedCharacters: allowed)!)=\(value.addingPercentEncoding(withAllowedCharacters: allowed)!)"
    }.joined(separator: "&")
    return ByteBuffer(string: text)
}

/// A test client that adds a signed-in session's cookie and CSRF token to every request.
struct SignedInClient: TestClientProtocol {
    let base: any TestClientProtocol
    let cookie: String
    let csrfToken: String

    var port: Int? { base.port }

    /// Signs in through POST /api/v1/session and keeps the cookie and CSRF token it returns.
    static func signIn(_ client: any TestClientProtocol, username: String, password: String) async throws
        -> SignedInClient
    {
        let response = try await client.execute(
            uri: "/api/v1/session", method: .post, headers: jsonHeaders,
            body: try jsonBody(["username": username, "password": password]))
        #expect(response.status == .ok, "sign-in of \(username) failed: \(response.text)")
        let cookie = try #require(sessionCookie(response))
        let token = try #require(try response.json()["csrfToken"] as? String)
        return SignedInClient(base: client, cookie: cookie, csrfToken: token)
    }

    /// `tz_session=…` from a response's Set-Cookie headers.
    static func sessionCookie(_ response: TestResponse) -> String? {
        response.headers[values: .setCookie].compactMap { header in
            header.split(separator: ";").first.map(String.init)
        }.first { $0.hasPrefix("tz_session=") && $0.count > "tz_session=".count }
    }

    func executeRequest(uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?)
        async throws -> TestResponse
    {
        var headers = headers
        // A test that sends its own cookie (e.g. a flash) still sends it from the signed-in browser.
        headers[.cookie] = headers[.cookie].map { "\($0); \(cookie)" } ?? cookie
        if headers[HTTPField.Name("X-CSRF-Token")!] == nil { headers[HTTPField.Name("X-CSRF-Token")!] = csrfToken }
        return try await base.executeRequest(uri: uri, method: method, headers: headers, body: body)
    }
}
