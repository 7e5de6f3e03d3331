import Foundation
import TaizhangCore
import Testing

@testable import TaizhangStore

@Suite("User repository")
struct UserRepositoryTests {
    static func users(_ database: TaizhangDatabase) -> UserRepository {
        UserRepository(database: database, hasher: PasswordHasher(cost: 4))
    }

    @Test("accounts are created with a checked, hashed password and audited", arguments: TestEngine.all)
    func create(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let users = Self.users(database)
            let now = Date(timeIntervalSince1970: 1_800_000_000)
            let clerk = try await users.create(
                username: " LiPing ", displayName: "李萍", password: "Huanghe-2026", role: .zoneClerk,
                scopeOrgUnitID: tree.zone.id, by: .commandLine, at: now)
            #expect(clerk.username == "liping")
            #expect(clerk.grant == AccessGrant(role: .zoneClerk, scopeOrgUnitID: tree.zone.id))
            #expect(clerk.createdAt == now)
            #expect(try await users.find(username: "LIPING") == clerk)
            #expect(try await users.all().map(\.username) == ["liping"])
            let hash = try #require(try await users.passwordHash(id: clerk.id))
            #expect(hash.hasPrefix("$2"))
            #expect(!hash.contains("Huanghe"))

            await #expect(throws: AccessStoreError.duplicateUsername("liping")) {
                try await users.create(
                    username: "liping", password: "Another-2026x", role: .leader, scopeOrgUnitID: nil, by: .commandLine)
            }
            await #expect(throws: PasswordPolicyError.self) {
                try await users.create(
                    username: "wang", password: "short", role: .leader, scopeOrgUnitID: nil, by: .commandLine)
            }
            await #expect(throws: AccessStoreError.invalidUsername("王 五")) {
                try await users.create(
                    username: "王 五", password: "Huanghe-2026", role: .leader, scopeOrgUnitID: nil, by: .commandLine)
            }
            await #expect(throws: StoreError.orgUnitNotFound(id: 999)) {
                try await users.create(
                    username: "wang", password: "Huanghe-2026", role: .leader, scopeOrgUnitID: 999, by: .commandLine)
            }
            let trail = try await AuditRepository(database: database).history(entityType: "user", entityKey: "liping")
            #expect(trail.map(\.action) == [.create])
            #expect(trail.first?.username == "命令行")
            #expect(trail.first?.after?.contains("\"role\":\"zoneClerk\"") == true)
            #expect(trail.first?.after?.contains("$2") == false)
        }
    }

    @Test("login: right password, wrong password, lockout after five failures, disabled", arguments: TestEngine.all)
    func login(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let users = Self.users(database)
            let t0 = Date(timeIntervalSince1970: 1_800_000_000)
            let user = try await users.create(
                username: "zhang", password: "Huanghe-2026", role: .leader, scopeOrgUnitID: nil, by: .system, at: t0)
            #expect(try await users.authenticate(username: "Zhang", password: "Huanghe-2026", at: t0).id == user.id)
            await #expect(throws: LoginError.invalidCredentials) {
                try await users.authenticate(username: "nobody", password: "Huanghe-2026", at: t0)
            }
            for attempt in 1...4 {
                await #expect(throws: LoginError.invalidCredentials) {
                    try await users.authenticate(username: "zhang", password: "wrong", at: t0 + Double(attempt))
                }
            }
            #expect(try await users.find(id: user.id)?.throttle.failures == 4)
            await #expect(throws: LoginError.locked(until: t0 + 5 + 900)) {
                try await users.authenticate(username: "zhang", password: "wrong", at: t0 + 5)
            }
            // Locked: even the right password is refused until the lock ends.
            await #expect(throws: LoginError.locked(until: t0 + 5 + 900)) {
                try await users.authenticate(username: "zhang", password: "Huanghe-2026", at: t0 + 600)
            }
            #expect(
                try await users.authenticate(username: "zhang", password: "Huanghe-2026", at: t0 + 906).id == user.id)
            #expect(try await users.find(id: user.id)?.throttle == LoginThrottle())

            // The only administrator over everything cannot be disabled; a leader can.
            try await users.setDisabled(true, username: "zhang", by: .commandLine)
            await #expect(throws: LoginError.disabled) {
                try await users.authenticate(username: "zhang", password: "Huanghe-2026", at: t0 + 1000)
            }
            try await users.setDisabled(false, username: "zhang", by: .commandLine)
            #expect(
                try await users.authenticate(username: "zhang", password: "Huanghe-2026", at: t0 + 1001).id == user.id)
        }
    }

    @Test("concurrent failed logins each count", arguments: TestEngine.all)
    func concurrentFailures(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let users = Self.users(database)
            let t0 = Date(timeIntervalSince1970: 1_800_000_000)
            let user = try await users.create(
                username: "sun", password: "Huanghe-2026", role: .leader, scopeOrgUnitID: nil, by: .system, at: t0)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for attempt in 0..<5 {
                    group.addTask { try await users.recordFailure(id: user.id, at: t0 + Double(attempt) / 10) }
                }
                try await group.waitForAll()
            }
            #expect(try await users.find(id: user.id)?.throttle.isLocked(at: t0 + 1) == true)
        }
    }

    @Test("passwords: change needs the current one, reset hands out a one-time password", arguments: TestEngine.all)
    func passwords(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let users = Self.users(database)
            let user = try await users.create(
                username: "zhao", password: "Huanghe-2026", role: .leader, scopeOrgUnitID: nil, by: .system)
            await #expect(throws: AccessStoreError.wrongCurrentPassword) {
                try await users.changePassword(id: user.id, current: "nope-Nope-1", new: "Changjiang-2027")
            }
            await #expect(throws: PasswordPolicyError.self) {
                try await users.changePassword(id: user.id, current: "Huanghe-2026", new: "zhao-Zhao-2027")
            }
            try await users.changePassword(id: user.id, current: "Huanghe-2026", new: "Changjiang-2027")
            _ = try await users.authenticate(username: "zhao", password: "Changjiang-2027")

            let oneTime = try await users.resetPassword(username: "zhao", by: .commandLine)
            #expect(PasswordPolicy.violations(of: oneTime, username: "zhao") == [])
            let afterReset = try await users.authenticate(username: "zhao", password: oneTime)
            #expect(afterReset.mustChangePassword)
            await #expect(throws: LoginError.invalidCredentials) {
                try await users.authenticate(username: "zhao", password: "Changjiang-2027")
            }
            try await users.changePassword(id: user.id, current: oneTime, new: "Songhua-2028!")
            #expect(try await users.find(id: user.id)?.mustChangePassword == false)
            let actions = try await AuditRepository(database: database).history(entityType: "user", entityKey: "zhao")
                .map(\.action)
            #expect(actions == [.create, .changePassword, .resetPassword, .changePassword])
        }
    }

    @Test("the first start creates one administrator with a one-time password", arguments: TestEngine.all)
    func initialAdministrator(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let users = Self.users(database)
            let first = try #require(try await users.ensureInitialAdmin())
            #expect(first.username == "admin")
            #expect(try await users.ensureInitialAdmin() == nil)
            let admin = try await users.authenticate(username: "admin", password: first.password)
            #expect(admin.role == .systemAdmin)
            #expect(admin.scopeOrgUnitID == nil)
            #expect(admin.mustChangePassword)
            // The last administrator over everything can be neither disabled nor demoted.
            await #expect(throws: AccessStoreError.lastAdministrator) {
                try await users.setDisabled(true, username: "admin", by: .commandLine)
            }
            await #expect(throws: AccessStoreError.lastAdministrator) {
                try await users.update(id: admin.id, role: .leader, by: .commandLine)
            }
            try await users.create(
                username: "ops", password: "Huanghe-2026", role: .systemAdmin, scopeOrgUnitID: nil, by: .commandLine)
            let disabled = try await users.setDisabled(true, username: "admin", by: .commandLine)
            #expect(disabled.isDisabled)
        }
    }
}
