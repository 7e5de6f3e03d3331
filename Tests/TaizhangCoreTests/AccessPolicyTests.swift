import Foundation
import Testing

@testable import TaizhangCore

@Suite("Access policy")
struct AccessPolicyTests {
    // Two cities, so a city-wide scope has something outside it:
    // 河西市(1) → 东城区(2) → 经开区(3) → 装备园(4); 东城区 → 高新区(5) → 软件园(6); 河东市(7) → 河东开发区(8).
    static let tree = OrgTree([
        OrgUnit(id: 1, code: "HX", name: "河西市", kind: .city, parentID: nil),
        OrgUnit(id: 2, code: "HX-DC", name: "东城区", kind: .district, parentID: 1),
        OrgUnit(id: 3, code: "HX-JK", name: "经开区", kind: .zone, parentID: 2),
        OrgUnit(id: 4, code: "HX-JK-1", name: "装备园", kind: .park, parentID: 3),
        OrgUnit(id: 5, code: "HX-GX", name: "高新区", kind: .zone, parentID: 2),
        OrgUnit(id: 6, code: "HX-GX-1", name: "软件园", kind: .park, parentID: 5, isArchived: true),
        OrgUnit(id: 7, code: "HD", name: "河东市", kind: .city, parentID: nil),
        OrgUnit(id: 8, code: "HD-KF", name: "河东开发区", kind: .zone, parentID: 7),
    ])

    /// Each role's usual grant: reviewer, leader and admin over 河西市, zone roles over 经开区.
    static func grant(_ role: Role) -> AccessGrant {
        switch role {
        case .systemAdmin, .cityReviewer, .leader: AccessGrant(role: role, scopeOrgUnitID: 1)
        case .zoneAdmin, .zoneClerk: AccessGrant(role: role, scopeOrgUnitID: 3)
        }
    }

    /// A unit inside each grant's scope (a park below its root) and one outside it.
    static func targets(_ role: Role) -> (inside: Int64, outside: Int64) {
        switch role {
        case .systemAdmin, .cityReviewer, .leader: (inside: 4, outside: 8)
        case .zoneAdmin, .zoneClerk: (inside: 4, outside: 5)
        }
    }

    /// The hand-written table: what each role may do inside its scope. Y = allowed.
    static let table: [Action: String] = [
        // Columns, in this order: systemAdmin, cityReviewer, zoneAdmin, zoneClerk, leader.
        .readFigures: /*    */ "Y Y Y Y Y",
        .editObservations: /**/ "Y N Y Y N",
        .submitMonth: /*    */ "Y N Y Y N",
        .approveMonth: /*   */ "Y Y N N N",
        .returnMonth: /*    */ "Y Y N N N",
        .reopenMonth: /*    */ "Y Y N N N",
        .importData: /*     */ "Y N Y Y N",
        .exportData: /*     */ "Y Y Y Y Y",
        .manageOrgUnits: /* */ "Y N Y N N",
        .manageIndicators: /**/ "Y N N N N",
        .manageTargets: /*  */ "Y Y Y N N",
        .manageUsers: /*    */ "Y N N N N",
        .readAudit: /*      */ "Y Y Y N N",
        .backup: /*         */ "Y N N N N",
        .readProjects: /*   */ "Y Y Y Y Y",
        .editProjects: /*   */ "Y N Y Y N",
        .reportDispatch: /* */ "Y N Y Y N",
        .submitDispatch: /* */ "Y N Y N N",
        .approveDispatch: /**/ "Y Y N N N",
        .readReports: /*    */ "Y Y Y Y Y",
        .writeReports: /*   */ "Y Y Y Y N",
    ]
    static let columns: [Role] = [.systemAdmin, .cityReviewer, .zoneAdmin, .zoneClerk, .leader]

    static func expected(_ role: Role, _ action: Action) -> Bool {
        let row = table[action]!.split(separator: " ")
        return row[columns.firstIndex(of: role)!] == "Y"
    }

    @Test("the table covers every action and every role")
    func tableIsComplete() {
        #expect(Set(Self.table.keys) == Set(Action.allCases))
        #expect(Set(Self.columns) == Set(Role.allCases))
        #expect(Self.table.values.allSatisfy { $0.split(separator: " ").count == Role.allCases.count })
    }

    @Test("every role × action × in-scope and out-of-scope unit", arguments: Role.allCases, Action.allCases)
    func decision(role: Role, action: Action) {
        let grant = Self.grant(role)
        let (inside, outside) = Self.targets(role)
        if action.isSystemWide {
            // A scoped grant never reaches system-wide actions, with or without a target.
            #expect(!AccessPolicy.decide(grant, action, targetUnitID: nil, tree: Self.tree).isAllowed)
            return
        }
        let insideDecision = AccessPolicy.decide(grant, action, targetUnitID: inside, tree: Self.tree)
        #expect(insideDecision.isAllowed == Self.expected(role, action), "\(role) \(action) inside: \(insideDecision)")
        // The scope's own root is in scope too.
        let rootDecision = AccessPolicy.decide(grant, action, targetUnitID: grant.scopeOrgUnitID, tree: Self.tree)
        #expect(rootDecision.isAllowed == Self.expected(role, action))
        let outsideDecision = AccessPolicy.decide(grant, action, targetUnitID: outside, tree: Self.tree)
        #expect(!outsideDecision.isAllowed, "\(role) \(action) outside must be denied")
        // A scoped grant cannot act on "everything".
        #expect(!AccessPolicy.decide(grant, action, targetUnitID: nil, tree: Self.tree).isAllowed)
    }

    @Test("a zone clerk edits her zone and parks, not another zone, and cannot approve")
    func clerk() {
        let clerk = AccessGrant(role: .zoneClerk, scopeOrgUnitID: 3)
        #expect(AccessPolicy.decide(clerk, .editObservations, targetUnitID: 3, tree: Self.tree) == .allowed)
        #expect(AccessPolicy.decide(clerk, .editObservations, targetUnitID: 4, tree: Self.tree) == .allowed)
        #expect(
            AccessPolicy.decide(clerk, .editObservations, targetUnitID: 5, tree: Self.tree)
                == .denied(reason: "“高新区”不在您的管辖范围（经开区及其下级）内，无权填报数据。"))
        #expect(
            AccessPolicy.decide(clerk, .approveMonth, targetUnitID: 3, tree: Self.tree)
                == .denied(reason: "园区填报员无权审核。"))
        // The parent district is outside a zone scope: scope goes down, never up.
        #expect(!AccessPolicy.decide(clerk, .readFigures, targetUnitID: 2, tree: Self.tree).isAllowed)
    }

    @Test("projects: a clerk fills in her zone's dispatch, her administrator submits it, the city approves it")
    func projectActions() {
        let clerk = AccessGrant(role: .zoneClerk, scopeOrgUnitID: 3)
        #expect(AccessPolicy.decide(clerk, .reportDispatch, targetUnitID: 4, tree: Self.tree).isAllowed)
        #expect(AccessPolicy.decide(clerk, .editProjects, targetUnitID: 3, tree: Self.tree).isAllowed)
        #expect(
            AccessPolicy.decide(clerk, .submitDispatch, targetUnitID: 3, tree: Self.tree)
                == .denied(reason: "园区填报员无权报送月调度。"))
        #expect(
            AccessPolicy.decide(clerk, .editProjects, targetUnitID: 5, tree: Self.tree)
                == .denied(reason: "“高新区”不在您的管辖范围（经开区及其下级）内，无权维护项目。"))
        let admin = AccessGrant(role: .zoneAdmin, scopeOrgUnitID: 3)
        #expect(AccessPolicy.decide(admin, .submitDispatch, targetUnitID: 3, tree: Self.tree).isAllowed)
        #expect(!AccessPolicy.decide(admin, .approveDispatch, targetUnitID: 3, tree: Self.tree).isAllowed)
        let reviewer = AccessGrant(role: .cityReviewer, scopeOrgUnitID: 1)
        #expect(AccessPolicy.decide(reviewer, .approveDispatch, targetUnitID: 3, tree: Self.tree).isAllowed)
        #expect(!AccessPolicy.decide(reviewer, .reportDispatch, targetUnitID: 3, tree: Self.tree).isAllowed)
        let leader = AccessGrant(role: .leader, scopeOrgUnitID: 1)
        #expect(AccessPolicy.decide(leader, .readProjects, targetUnitID: 4, tree: Self.tree).isAllowed)
        #expect(
            AccessPolicy.decide(leader, .editProjects, targetUnitID: 4, tree: Self.tree)
                == .denied(reason: "领导（只读）无权维护项目。"))
    }

    @Test("archived units stay in scope; unknown units are denied")
    func archivedAndUnknown() {
        let reviewer = AccessGrant(role: .cityReviewer, scopeOrgUnitID: 1)
        #expect(AccessPolicy.decide(reviewer, .readFigures, targetUnitID: 6, tree: Self.tree).isAllowed)
        #expect(
            AccessPolicy.decide(reviewer, .readFigures, targetUnitID: 99, tree: Self.tree)
                == .denied(reason: "找不到编号为 99 的组织。"))
    }

    @Test("an administrator without a scope unit may do everything, system-wide actions included")
    func unscopedAdmin() {
        let admin = AccessGrant(role: .systemAdmin, scopeOrgUnitID: nil)
        for action in Action.allCases {
            #expect(AccessPolicy.decide(admin, action, targetUnitID: nil, tree: Self.tree).isAllowed)
            #expect(AccessPolicy.decide(admin, action, targetUnitID: 8, tree: Self.tree).isAllowed)
        }
        // An unscoped leader still only reads.
        let leader = AccessGrant(role: .leader, scopeOrgUnitID: nil)
        #expect(AccessPolicy.decide(leader, .readFigures, targetUnitID: 8, tree: Self.tree).isAllowed)
        #expect(!AccessPolicy.decide(leader, .editObservations, targetUnitID: 8, tree: Self.tree).isAllowed)
    }

    @Test("permitted units: the scope's subtree, none without the right, nil for the whole system")
    func permittedUnits() {
        let clerk = AccessGrant(role: .zoneClerk, scopeOrgUnitID: 3)
        #expect(AccessPolicy.permittedUnitIDs(clerk, .editObservations, tree: Self.tree) == [3, 4])
        #expect(AccessPolicy.permittedUnitIDs(clerk, .approveMonth, tree: Self.tree) == [])
        let reviewer = AccessGrant(role: .cityReviewer, scopeOrgUnitID: 1)
        #expect(AccessPolicy.permittedUnitIDs(reviewer, .approveMonth, tree: Self.tree) == [1, 2, 3, 4, 5, 6])
        let admin = AccessGrant(role: .systemAdmin, scopeOrgUnitID: nil)
        #expect(AccessPolicy.permittedUnitIDs(admin, .readFigures, tree: Self.tree) == nil)
    }

    @Test("denial as an error carries the Chinese reason")
    func requireThrows() {
        let leader = AccessGrant(role: .leader, scopeOrgUnitID: 1)
        #expect(throws: AccessDenied(reason: "领导（只读）无权导入数据。")) {
            try AccessPolicy.decide(leader, .importData, targetUnitID: 3, tree: Self.tree).require()
        }
    }

    @Test("roles parse from codes and Chinese names")
    func roleParsing() {
        #expect(Role(parsing: "zoneClerk") == .zoneClerk)
        #expect(Role(parsing: "zone-clerk") == .zoneClerk)
        #expect(Role(parsing: "市级审核员") == .cityReviewer)
        #expect(Role(parsing: "领导") == .leader)
        #expect(Role(parsing: "SYSTEM_ADMIN") == .systemAdmin)
        #expect(Role(parsing: "boss") == nil)
        #expect(Role(parsing: "园区") == nil)  // 园区管理员 or 园区填报员: ambiguous
        #expect(Role.zoneAdmin.displayName == "园区管理员")
    }
}
