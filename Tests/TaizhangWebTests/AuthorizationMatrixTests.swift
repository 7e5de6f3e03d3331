import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import TaizhangCore
import TaizhangStore
import Testing

@testable import TaizhangWeb

/// Every route the router serves × every role × a unit inside and a unit outside the user's scope: nothing
/// outside a user's scope can be read or changed, and no route exists without a rule.
@Suite struct AuthorizationMatrixTests {
    @Test func everyRegisteredRouteHasARuleAndEveryRuleARoute() async throws {
        let city = try await TestCity.make()
        var logger = Logger(label: "taizhang.web.tests")
        logger.logLevel = .warning
        let router = try await buildRouter(
            database: city.database, configuration: WebConfiguration(defaultMonth: "2026-10"), logger: logger)
        try await city.database.shutdown()
        let registered = Set(router.routes.map(Self.key))
        let ruled = Set(AccessRules.table.keys)
        #expect(registered.count > 30)
        #expect(registered.subtracting(ruled).sorted() == [], "routes registered without an access rule")
        #expect(ruled.subtracting(registered).sorted() == [], "rules for routes that do not exist")
        // The sample requests below cover every ruled route, so the matrix really visits each one.
        #expect(ruled.subtracting(Set(Self.allSamples.keys)).sorted() == [], "routes the matrix does not visit")
    }

    static func key(_ route: Router<TaizhangRequestContext>.RouteDescription) -> RouteKey {
        let path = PageRouter.openAPIPath(route.path.description)
        return RouteKey(
            HTTPMethodName(rawValue: route.method.rawValue) ?? .get,
            path.hasPrefix("/") ? path : "/" + path)
    }

    /// One user per role, all scoped to 甲开发区.
    static func scopedUsers(_ city: TestCity) async throws -> [Role: String] {
        let users = UserRepository(database: city.database, hasher: PasswordHasher(cost: 4))
        var names: [Role: String] = [:]
        for role in Role.allCases {
            let name = "m." + role.rawValue.lowercased()
            try await users.create(
                username: name, password: TestCity.password, role: role, scopeOrgUnitID: city.zoneA.id, by: .system)
            names[role] = name
        }
        return names
    }

    @Test func nothingOutsideTheScopeCanBeReadOrChanged() async throws {
        let city = try await TestCity.make()
        let names = try await Self.scopedUsers(city)
        let database = city.database
        let fixtures = try await Self.projectFixtures(city)
        let tree = OrgTree(try await database.orgUnits.all(includeArchived: true))
        let outsideBefore = try await Self.fingerprint(of: city.zoneB, in: database)
        try await Self.$fixtures.withValue(fixtures) {
        try await city.withAnonymousApp { anonymous in
            for role in Role.allCases {
                let client = try await SignedInClient.signIn(
                    anonymous, username: names[role]!, password: TestCity.password)
                let grant = AccessGrant(role: role, scopeOrgUnitID: city.zoneA.id)
                for (key, rule) in AccessRules.table.sorted(by: { $0.key < $1.key }) {
                    guard case .action(let action, let target) = rule else { continue }
                    let sample = try #require(Self.allSamples[key], "no sample request for \(key)")
                    for (unit, inside) in [(city.park, true), (city.zoneB, false)] {
                        let request = sample(unit, city)
                        let response = try await client.execute(
                            uri: request.uri, method: HTTPRequest.Method(rawValue: key.method)!,
                            headers: request.headers, body: request.body)
                        let expected: AccessDecision =
                            switch target {
                            case .reference:
                                AccessPolicy.actions(of: role).contains(action) ? .allowed : .denied(reason: "")
                            case .system: AccessPolicy.decide(grant, action, targetUnitID: nil, tree: tree)
                            default: AccessPolicy.decide(grant, action, targetUnitID: unit.id, tree: tree)
                            }
                        let label = "\(role.rawValue) \(key) \(inside ? "inside" : "outside") → \(response.status.code)"
                        if expected.isAllowed {
                            #expect(response.status != .forbidden && response.status != .unauthorized, "\(label) \(response.text.prefix(300))")
                        } else {
                            #expect(Self.isRefusal(response), "\(label) \(response.text.prefix(300))")
                        }
                        if !inside, target != .reference, target != .system {
                            #expect(Self.isRefusal(response), "out of scope must be refused: \(label)")
                        }
                    }
                }
            }
            // Hundreds of requests later, 甲开发区's neighbour is exactly as it was.
            #expect(try await Self.fingerprint(of: city.zoneB, in: database) == outsideBefore)
        }
        }
    }

    /// The project and problem each unit's project routes are about, by unit id (see `projectFixtures`).
    struct ProjectFixtures: Sendable {
        var projects: [Int64: Int64] = [:]
        var matters: [Int64: Int64] = [:]
    }

    /// Set while the matrix runs, so that the static sample requests can name real records.
    @TaskLocal static var fixtures = ProjectFixtures()

    /// A lead (not in any dispatch) with one open problem in the park inside the scope and in 乙开发区 outside it.
    static func projectFixtures(_ city: TestCity) async throws -> ProjectFixtures {
        var fixtures = ProjectFixtures()
        for unit in [city.park, city.zoneB] {
            let project = try await city.database.projects.create(
                Project(code: "MX-\(unit.code)", name: "矩阵项目\(unit.code)", orgUnitID: unit.id), by: .system)
            let matter = try await city.database.matters.create(
                Matter(
                    projectID: project.id, orgUnitID: unit.id, kind: .other, description: "矩阵问题", ownerUnit: "矩阵单位",
                    raisedOn: CalendarDate(year: 2026, month: 9, day: 1)!),
                by: .system)
            fixtures.projects[unit.id] = project.id
            fixtures.matters[unit.id] = matter.id
        }
        return fixtures
    }

    static func projectID(_ unit: OrgUnit) -> Int64 { fixtures.projects[unit.id] ?? 0 }
    static func matterID(_ unit: OrgUnit) -> Int64 { fixtures.matters[unit.id] ?? 0 }

    static func dispatchStep(_ uri: String, _ unit: OrgUnit) -> SampleRequest {
        form(uri, [("unit", String(unit.id)), ("month", "2026-09"), ("version", "0"), ("reason", "矩阵测试原因"), ("back", String(unit.id))])
    }

    static func apiDispatchStep(_ name: String, _ unit: OrgUnit) -> SampleRequest {
        json(
            "/api/v1/dispatch/\(name)",
            ["orgUnit": unit.id, "month": "2026-09", "expectedVersion": 0, "reason": "矩阵测试原因"])
    }

    /// A request for each project route about `unit`.
    static let projectSamples: [RouteKey: @Sendable (OrgUnit, TestCity) -> SampleRequest] = [
        RouteKey(.get, "/projects"): { unit, _ in SampleRequest(uri: "/projects?unit=\(unit.id)&month=2026-10") },
        RouteKey(.get, "/projects/board"): { unit, _ in SampleRequest(uri: "/projects/board?unit=\(unit.id)") },
        RouteKey(.get, "/projects/sheet"): { unit, _ in SampleRequest(uri: "/projects/sheet?unit=\(unit.id)&month=2026-10") },
        RouteKey(.post, "/projects/sheet"): { unit, _ in
            let boundary = "MatrixBoundary"
            let body =
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"unit\"\r\n\r\n\(unit.id)\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"month\"\r\n\r\n2026-09\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n项目编号,项目名称\nMS-\(unit.code),矩阵台账项目\r\n--\(boundary)--\r\n"
            return SampleRequest(
                uri: "/projects/sheet", headers: [.contentType: "multipart/form-data; boundary=\(boundary)"],
                body: ByteBuffer(string: body))
        },
        RouteKey(.get, "/projects/sheet.xlsx"): { unit, _ in
            SampleRequest(uri: "/projects/sheet.xlsx?unit=\(unit.id)&month=2026-10")
        },
        RouteKey(.post, "/api/v1/projects/sheet"): { unit, _ in
            SampleRequest(
                uri: "/api/v1/projects/sheet?filename=m.csv&month=2026-09&unit=\(unit.id)", headers: [.contentType: "text/csv"],
                body: ByteBuffer(string: "项目编号,项目名称\nMS-\(unit.code),矩阵台账项目"))
        },
        RouteKey(.get, "/api/v1/projects/sheet.xlsx"): { unit, _ in
            SampleRequest(uri: "/api/v1/projects/sheet.xlsx?unit=\(unit.id)&month=2026-10")
        },
        RouteKey(.get, "/projects/mine"): { unit, _ in SampleRequest(uri: "/projects/mine?unit=\(unit.id)") },
        RouteKey(.get, "/projects/new"): { unit, _ in SampleRequest(uri: "/projects/new?unit=\(unit.id)") },
        RouteKey(.post, "/projects"): { unit, _ in
            form("/projects", [("code", "MXN-\(unit.code)"), ("name", "矩阵新项目"), ("orgUnit", String(unit.id))])
        },
        RouteKey(.get, "/projects/{id}"): { unit, _ in SampleRequest(uri: "/projects/\(projectID(unit))") },
        RouteKey(.get, "/projects/{id}/edit"): { unit, _ in SampleRequest(uri: "/projects/\(projectID(unit))/edit") },
        RouteKey(.post, "/projects/{id}"): { unit, _ in
            form(
                "/projects/\(projectID(unit))",
                [("code", "MX-\(unit.code)"), ("name", "矩阵项目改名"), ("orgUnit", String(unit.id))])
        },
        RouteKey(.post, "/projects/{id}/stage"): { unit, _ in
            form("/projects/\(projectID(unit))/stage", [("to", "negotiating")])
        },
        RouteKey(.post, "/projects/{id}/follow-ups"): { unit, _ in
            form("/projects/\(projectID(unit))/follow-ups", [("kind", "走访"), ("summary", "矩阵走访")])
        },
        RouteKey(.post, "/projects/{id}/matters"): { unit, _ in
            form(
                "/projects/\(projectID(unit))/matters",
                [("kind", "land"), ("description", "矩阵用地"), ("ownerUnit", "矩阵局")])
        },
        RouteKey(.post, "/matters/{id}/resolve"): { unit, _ in
            form("/matters/\(matterID(unit))/resolve", [("resolution", "矩阵解决")])
        },
        RouteKey(.get, "/dispatch"): { unit, _ in SampleRequest(uri: "/dispatch?unit=\(unit.id)&month=2026-10") },
        RouteKey(.post, "/dispatch"): { unit, _ in form("/dispatch", [("unit", String(unit.id)), ("month", "2026-11")]) },
        RouteKey(.post, "/dispatch/submit"): { unit, _ in dispatchStep("/dispatch/submit", unit) },
        RouteKey(.post, "/dispatch/approve"): { unit, _ in dispatchStep("/dispatch/approve", unit) },
        RouteKey(.post, "/dispatch/return"): { unit, _ in dispatchStep("/dispatch/return", unit) },
        RouteKey(.post, "/dispatch/reopen"): { unit, _ in dispatchStep("/dispatch/reopen", unit) },
        RouteKey(.get, "/bulletin"): { unit, _ in SampleRequest(uri: "/bulletin?unit=\(unit.id)&month=2026-10") },
        RouteKey(.get, "/bulletin.xlsx"): { unit, _ in SampleRequest(uri: "/bulletin.xlsx?unit=\(unit.id)&month=2026-10") },

        RouteKey(.get, "/api/v1/projects"): { unit, _ in SampleRequest(uri: "/api/v1/projects?unit=\(unit.id)") },
        RouteKey(.post, "/api/v1/projects"): { unit, _ in
            json("/api/v1/projects", ["code": "MXA-\(unit.code)", "name": "矩阵接口项目", "orgUnit": unit.id])
        },
        RouteKey(.get, "/api/v1/projects/statistics"): { unit, _ in
            SampleRequest(uri: "/api/v1/projects/statistics?unit=\(unit.id)&month=2026-10&by=zone")
        },
        RouteKey(.get, "/api/v1/projects/{id}"): { unit, _ in SampleRequest(uri: "/api/v1/projects/\(projectID(unit))") },
        RouteKey(.put, "/api/v1/projects/{id}"): { unit, _ in
            json("/api/v1/projects/\(projectID(unit))", ["investor": "矩阵投资方"])
        },
        RouteKey(.post, "/api/v1/projects/{id}/stage"): { unit, _ in
            json("/api/v1/projects/\(projectID(unit))/stage", ["to": "negotiating"])
        },
        RouteKey(.post, "/api/v1/projects/{id}/follow-ups"): { unit, _ in
            json("/api/v1/projects/\(projectID(unit))/follow-ups", ["summary": "矩阵洽谈"])
        },
        RouteKey(.get, "/api/v1/projects/{id}/matters"): { unit, _ in
            SampleRequest(uri: "/api/v1/projects/\(projectID(unit))/matters")
        },
        RouteKey(.post, "/api/v1/projects/{id}/matters"): { unit, _ in
            json(
                "/api/v1/projects/\(projectID(unit))/matters",
                ["kind": "供水", "description": "矩阵供水", "ownerUnit": "水务局"])
        },
        RouteKey(.put, "/api/v1/matters/{id}"): { unit, _ in
            json("/api/v1/matters/\(matterID(unit))", ["description": "矩阵问题（改）"])
        },
        RouteKey(.get, "/api/v1/dispatch"): { unit, _ in SampleRequest(uri: "/api/v1/dispatch?unit=\(unit.id)&month=2026-10") },
        RouteKey(.put, "/api/v1/dispatch"): { unit, _ in
            json("/api/v1/dispatch", ["orgUnit": unit.id, "month": "2026-11", "entries": [[String: Any]]()])
        },
        RouteKey(.post, "/api/v1/dispatch/submit"): { unit, _ in apiDispatchStep("submit", unit) },
        RouteKey(.post, "/api/v1/dispatch/approve"): { unit, _ in apiDispatchStep("approve", unit) },
        RouteKey(.post, "/api/v1/dispatch/return"): { unit, _ in apiDispatchStep("return", unit) },
        RouteKey(.post, "/api/v1/dispatch/reopen"): { unit, _ in apiDispatchStep("reopen", unit) },
        RouteKey(.get, "/api/v1/bulletin"): { unit, _ in SampleRequest(uri: "/api/v1/bulletin?unit=\(unit.id)&month=2026-10") },
    ]

    @Test func aZoneClerkSeesOnlyHerZone() async throws {
        let city = try await TestCity.make()
        try await city.withApp(as: TestCity.clerkA) { clerk in
            // Her pages open on her zone; the picker offers only her zone and park.
            let home = try await clerk.execute(uri: "/dashboard", method: .get)
            #expect(home.headers[.location] == "/dashboard?unit=\(city.zoneA.id)")
            let page = try await clerk.execute(uri: "/dashboard?unit=\(city.zoneA.id)", method: .get)
            #expect(page.text.contains("<option value=\"\(city.park.id)\""))
            #expect(!page.text.contains("<option value=\"\(city.zoneB.id)\""))
            // The comparison lists only her zone.
            let comparison = try await clerk.execute(
                uri: "/api/v1/comparison?unit=\(city.zoneA.id)&month=2026-10", method: .get)
            let rows = try comparison.json()["rows"] as? [[String: Any]] ?? []
            #expect(rows.count == 1)
            let refused = try await clerk.execute(
                uri: "/api/v1/comparison?unit=\(city.city.id)&month=2026-10", method: .get)
            #expect(refused.status == .forbidden)
            #expect((try refused.json()["error"] as? [String: Any])?["message"] as? String
                == "“测试市”不在您的管辖范围（甲开发区及其下级）内，无权查看数据。")
        }
    }

    /// 403, or an import refused (422) because a row names a unit outside the scope.
    static func isRefusal(_ response: TestResponse) -> Bool {
        response.status == .forbidden
            || (response.status == .unprocessableContent && response.text.contains("不在您的管辖范围"))
    }

    /// What a request could change about a unit: its row, children and stored figures.
    static func fingerprint(of unit: OrgUnit, in database: TaizhangDatabase) async throws -> String {
        let units = try await database.orgUnits.all(includeArchived: true)
        let own = units.first { $0.id == unit.id }.map { "\($0.name)|\(String(describing: $0.parentID))|\($0.isArchived)" }
        let children = units.filter { $0.parentID == unit.id }.map(\.code).sorted()
        let figures = try await database.observations.month(orgUnitID: unit.id, month: TestCity.month)
            .map { "\($0.indicatorCode)=\(String(describing: $0.cumulative))" }.sorted()
        // Its projects with their stage, investor and history, and their problems.
        let projects = try await database.projects.list(ProjectFilter(orgUnitIDs: [unit.id]))
        var records: [String] = []
        for project in projects {
            let history = try await database.projects.stageHistory(projectID: project.id ?? 0).count
            let followUps = try await database.projects.followUps(projectID: project.id ?? 0).count
            records.append(
                "\(project.code)|\(project.name)|\(project.stage)|\(project.investor ?? "")|\(history)|\(followUps)")
        }
        let matters = try await database.matters.list(orgUnitIDs: [unit.id])
            .map { "\($0.description)|\($0.status)" }.sorted()
        let dispatch = try await database.dispatchWorkflow.state(orgUnitID: unit.id, month: YearMonth(year: 2026, month: 9)!)
        return "\(own ?? "-")/\(children)/\(figures)/\(records)/\(matters)/\(dispatch.status)"
    }

    struct SampleRequest {
        let uri: String
        var headers: HTTPFields = [:]
        var body: ByteBuffer? = nil
    }

    static func json(_ uri: String, _ object: [String: Any]) -> SampleRequest {
        SampleRequest(uri: uri, headers: jsonHeaders, body: try? jsonBody(object))
    }

    static func form(_ uri: String, _ pairs: [(String, String)]) -> SampleRequest {
        SampleRequest(uri: uri, headers: formHeaders, body: formBody(pairs))
    }

    static func csv(_ unit: OrgUnit) -> String {
        ImportTests.header + "\n\(unit.code),固定资产投资,2026-11,10,190,170,,"
    }

    static func observation(_ unit: OrgUnit) -> [String: Any] {
        [
            "orgUnit": unit.id, "month": "2026-11",
            "observations": [["indicatorCode": "fixed_asset_investment", "monthly": "1", "cumulative": "151"]],
        ]
    }

    static func step(_ uri: String, _ unit: OrgUnit) -> SampleRequest {
        form(uri, [("unit", String(unit.id)), ("month", "2026-09"), ("version", "0"), ("reason", "矩阵测试原因")])
    }

    static func apiStep(_ name: String, _ unit: OrgUnit) -> SampleRequest {
        json(
            "/api/v1/workflow/\(name)",
            ["orgUnit": unit.id, "month": "2026-09", "expectedVersion": 0, "reason": "矩阵测试原因"])
    }

    /// The samples of every ruled route: the figures' and the project ledger's.
    static var allSamples: [RouteKey: @Sendable (OrgUnit, TestCity) -> SampleRequest] {
        samples.merging(projectSamples) { first, _ in first }.merging(reportSamples) { first, _ in first }
    }

    /// A request for each ruled route about `unit`.
    static let samples: [RouteKey: @Sendable (OrgUnit, TestCity) -> SampleRequest] = [
        RouteKey(.get, "/health"): { _, _ in SampleRequest(uri: "/health") },
        RouteKey(.get, "/login"): { _, _ in SampleRequest(uri: "/login") },
        RouteKey(.post, "/login"): { _, _ in form("/login", [("username", "x"), ("password", "y")]) },
        RouteKey(.get, "/api/openapi.json"): { _, _ in SampleRequest(uri: "/api/openapi.json") },
        RouteKey(.post, "/api/v1/session"): { _, _ in json("/api/v1/session", ["username": "x", "password": "y"]) },
        RouteKey(.get, "/"): { _, _ in SampleRequest(uri: "/") },
        RouteKey(.post, "/logout"): { _, _ in form("/logout", []) },
        RouteKey(.get, "/password"): { _, _ in SampleRequest(uri: "/password") },
        RouteKey(.post, "/password"): { _, _ in form("/password", [("current", "x")]) },
        RouteKey(.get, "/api/v1/session"): { _, _ in SampleRequest(uri: "/api/v1/session") },
        RouteKey(.delete, "/api/v1/session"): { _, _ in SampleRequest(uri: "/api/v1/session") },
        RouteKey(.get, "/api/v1/tokens"): { _, _ in SampleRequest(uri: "/api/v1/tokens") },
        RouteKey(.post, "/api/v1/tokens"): { _, _ in json("/api/v1/tokens", ["name": "t"]) },
        RouteKey(.delete, "/api/v1/tokens/{id}"): { _, _ in SampleRequest(uri: "/api/v1/tokens/999") },

        RouteKey(.get, "/dashboard"): { unit, _ in SampleRequest(uri: "/dashboard?unit=\(unit.id)&month=2026-10") },
        RouteKey(.get, "/comparison"): { unit, _ in SampleRequest(uri: "/comparison?unit=\(unit.id)&month=2026-10") },
        RouteKey(.get, "/entry"): { unit, _ in SampleRequest(uri: "/entry?unit=\(unit.id)&month=2026-10") },
        RouteKey(.post, "/entry"): { unit, _ in
            form("/entry", [("unit", String(unit.id)), ("month", "2026-11"), ("monthly.gdp", "5"), ("action", "save")])
        },
        RouteKey(.post, "/entry/submit"): { unit, _ in step("/entry/submit", unit) },
        RouteKey(.get, "/review"): { unit, _ in SampleRequest(uri: "/review?unit=\(unit.id)&month=2026-10") },
        RouteKey(.post, "/review/approve"): { unit, _ in step("/review/approve", unit) },
        RouteKey(.post, "/review/return"): { unit, _ in step("/review/return", unit) },
        RouteKey(.post, "/review/reopen"): { unit, _ in step("/review/reopen", unit) },
        RouteKey(.get, "/api/v1/workflow"): { unit, _ in SampleRequest(uri: "/api/v1/workflow?unit=\(unit.id)&month=2026-10") },
        RouteKey(.post, "/api/v1/workflow/submit"): { unit, _ in apiStep("submit", unit) },
        RouteKey(.post, "/api/v1/workflow/approve"): { unit, _ in apiStep("approve", unit) },
        RouteKey(.post, "/api/v1/workflow/return"): { unit, _ in apiStep("return", unit) },
        RouteKey(.post, "/api/v1/workflow/reopen"): { unit, _ in apiStep("reopen", unit) },
        RouteKey(.get, "/api/v1/review"): { unit, _ in SampleRequest(uri: "/api/v1/review?unit=\(unit.id)&month=2026-10") },
        RouteKey(.get, "/audit"): { unit, _ in SampleRequest(uri: "/audit?unit=\(unit.id)") },
        RouteKey(.get, "/audit.csv"): { unit, _ in SampleRequest(uri: "/audit.csv?unit=\(unit.id)") },
        RouteKey(.get, "/audit.xlsx"): { unit, _ in SampleRequest(uri: "/audit.xlsx?unit=\(unit.id)") },
        RouteKey(.get, "/history"): { unit, _ in
            SampleRequest(uri: "/history?unit=\(unit.id)&indicator=gdp&month=2026-10")
        },
        RouteKey(.get, "/api/v1/audit"): { unit, _ in SampleRequest(uri: "/api/v1/audit?unit=\(unit.id)") },
        RouteKey(.get, "/api/v1/history"): { unit, _ in
            SampleRequest(uri: "/api/v1/history?unit=\(unit.id)&indicator=gdp&month=2026-10")
        },
        RouteKey(.get, "/import"): { unit, _ in SampleRequest(uri: "/import?unit=\(unit.id)&month=2026-10") },
        RouteKey(.post, "/import"): { unit, _ in
            let boundary = "MatrixBoundary"
            let body =
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n\(csv(unit))\r\n--\(boundary)--\r\n"
            return SampleRequest(
                uri: "/import", headers: [.contentType: "multipart/form-data; boundary=\(boundary)"],
                body: ByteBuffer(string: body))
        },
        RouteKey(.get, "/import/template.xlsx"): { unit, _ in SampleRequest(uri: "/import/template.xlsx?unit=\(unit.id)") },
        RouteKey(.get, "/export.xlsx"): { unit, _ in
            SampleRequest(uri: "/export.xlsx?unit=\(unit.id)&from=2026-01&to=2026-10")
        },
        RouteKey(.get, "/indicators"): { _, _ in SampleRequest(uri: "/indicators") },
        RouteKey(.post, "/indicators"): { _, _ in form("/indicators", [("name", "矩阵指标"), ("unit", "亿元")]) },
        RouteKey(.get, "/org-units"): { _, _ in SampleRequest(uri: "/org-units") },
        RouteKey(.post, "/org-units"): { unit, _ in
            form("/org-units", [("code", "M-\(unit.id)"), ("name", "矩阵园\(unit.id)"), ("kind", "park"), ("parent", String(unit.id))])
        },
        RouteKey(.post, "/org-units/{id}/rename"): { unit, _ in
            form("/org-units/\(unit.id)/rename", [("name", unit.name + "新")])
        },
        RouteKey(.post, "/org-units/{id}/move"): { unit, _ in
            form("/org-units/\(unit.id)/move", [("parent", String(unit.parentID ?? 0))])
        },
        RouteKey(.post, "/org-units/{id}/archive"): { unit, _ in form("/org-units/\(unit.id)/archive", []) },
        RouteKey(.post, "/org-units/{id}/unarchive"): { unit, _ in form("/org-units/\(unit.id)/unarchive", []) },

        RouteKey(.get, "/api/v1/org-units"): { _, _ in SampleRequest(uri: "/api/v1/org-units") },
        RouteKey(.post, "/api/v1/org-units"): { unit, _ in
            json("/api/v1/org-units", ["code": "N-\(unit.id)", "name": "接口园\(unit.id)", "kind": "park", "parentID": unit.id])
        },
        RouteKey(.get, "/api/v1/org-units/{id}"): { unit, _ in SampleRequest(uri: "/api/v1/org-units/\(unit.id)") },
        RouteKey(.patch, "/api/v1/org-units/{id}"): { unit, _ in
            json("/api/v1/org-units/\(unit.id)", ["name": unit.name + "改"])
        },
        RouteKey(.get, "/api/v1/indicators"): { _, _ in SampleRequest(uri: "/api/v1/indicators") },
        RouteKey(.post, "/api/v1/indicators"): { _, _ in
            json("/api/v1/indicators", ["code": "matrix_x", "name": "矩阵接口指标", "unit": "亿元", "kind": "flow"])
        },
        RouteKey(.get, "/api/v1/indicators/{code}"): { _, _ in SampleRequest(uri: "/api/v1/indicators/gdp") },
        RouteKey(.get, "/api/v1/observations"): { unit, _ in
            SampleRequest(uri: "/api/v1/observations?unit=\(unit.id)&month=2026-10")
        },
        RouteKey(.put, "/api/v1/observations"): { unit, _ in json("/api/v1/observations", observation(unit)) },
        RouteKey(.post, "/api/v1/observations/validate"): { unit, _ in
            json("/api/v1/observations/validate", observation(unit))
        },
        RouteKey(.get, "/api/v1/targets"): { unit, _ in SampleRequest(uri: "/api/v1/targets?unit=\(unit.id)&year=2026") },
        RouteKey(.put, "/api/v1/targets"): { unit, _ in
            json("/api/v1/targets", ["orgUnit": unit.id, "year": 2026, "targets": [[String: Any]]()])
        },
        RouteKey(.get, "/api/v1/dashboard"): { unit, _ in SampleRequest(uri: "/api/v1/dashboard?unit=\(unit.id)&month=2026-10") },
        RouteKey(.get, "/api/v1/comparison"): { unit, _ in
            SampleRequest(uri: "/api/v1/comparison?unit=\(unit.id)&month=2026-10")
        },
        RouteKey(.post, "/api/v1/import"): { unit, _ in
            SampleRequest(
                uri: "/api/v1/import?filename=m.csv", headers: [.contentType: "text/csv"], body: ByteBuffer(string: csv(unit)))
        },
        RouteKey(.get, "/api/v1/export.xlsx"): { unit, _ in
            SampleRequest(uri: "/api/v1/export.xlsx?unit=\(unit.id)&from=2026-01&to=2026-10")
        },
        RouteKey(.get, "/api/v1/template.xlsx"): { unit, _ in SampleRequest(uri: "/api/v1/template.xlsx?unit=\(unit.id)") },
    ]
}
