import Foundation
import SQLKit
import TaizhangCore

/// Accounts: creation with a checked, bcrypt-hashed password, lookup, password changes and resets, disabling,
/// and the failed-login counter. Every change is written to the audit trail in the same transaction.
public struct UserRepository: Sendable {
    let database: TaizhangDatabase
    let hasher: PasswordHasher

    public init(database: TaizhangDatabase, hasher: PasswordHasher = .standard) {
        self.database = database
        self.hasher = hasher
    }

    static let columns = [
        "id", "username", "display_name", "role", "scope_org_unit_id", "disabled", "must_change_password",
        "failed_attempts", "failure_window_start", "locked_until", "created_at", "updated_at",
    ]

    // MARK: Reading

    /// Every account, by user name.
    public func all() async throws -> [User] {
        try await database.withConnection { sql in
            try await sql.select().columns(Self.columns).from("users").orderBy("username").all().map(Self.decode)
        }
    }

    public func find(id: Int64) async throws -> User? {
        try await database.withConnection { sql in
            try await sql.select().columns(Self.columns).from("users").where("id", .equal, SQLValues.integer(id))
                .first().map(Self.decode)
        }
    }

    /// The account with this login name (compared ignoring case).
    public func find(username: String) async throws -> User? {
        guard let name = Username.normalized(username) else { return nil }
        return try await database.withConnection { sql in
            try await sql.select().columns(Self.columns).from("users").where("username", .equal, name)
                .first().map(Self.decode)
        }
    }

    public func count() async throws -> Int {
        try await database.withConnection { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM users").first()?.decode(column: "n", as: Int.self) ?? 0
        }
    }

    // MARK: Changing

    /// Creates an account. The password must meet `PasswordPolicy` unless `mustChangePassword` marks it as a
    /// one-time password the system generated; the scope unit must exist.
    @discardableResult
    public func create(
        username: String, displayName: String? = nil, password: String, role: Role, scopeOrgUnitID: Int64?,
        mustChangePassword: Bool = false, by actor: AuditActor, at now: Date = Date()
    ) async throws -> User {
        guard let name = Username.normalized(username) else { throw AccessStoreError.invalidUsername(username) }
        let shownName = displayName?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        try PasswordPolicy.validate(password, username: name)
        let hash = try await hasher.hash(password)
        let stamp = SQLValues.timestamp(now)
        return try await database.withTransaction { sql in
            if let scopeOrgUnitID, try await database.orgUnits.find(id: scopeOrgUnitID) == nil {
                throw StoreError.orgUnitNotFound(id: scopeOrgUnitID)
            }
            if try await find(username: name) != nil { throw AccessStoreError.duplicateUsername(name) }
            let row: (any SQLRow)?
            do {
                row = try await sql.raw(
                    """
                    INSERT INTO users (username, display_name, password_hash, role, scope_org_unit_id, disabled,
                                       must_change_password, failed_attempts, created_at, updated_at)
                    VALUES (\(bind: name), \(bind: shownName.isEmpty ? name : shownName), \(bind: hash),
                            \(bind: role.rawValue), \(SQLValues.integerOrNull(scopeOrgUnitID)), FALSE,
                            \(SQLLiteral.boolean(mustChangePassword)), 0, \(bind: stamp), \(bind: stamp))
                    RETURNING id
                    """
                ).first()
            } catch let error where EngineErrors.isUniqueViolation(error) {
                throw AccessStoreError.duplicateUsername(name)
            }
            guard let id = try row?.decode(column: "id", as: Int64.self),
                let user = try await find(id: id)
            else { throw StoreError.engine("INSERT INTO users … RETURNING id returned no row") }
            try await AuditRepository(database: database).append(
                [Self.audit(.create, user: user, before: nil, after: user, actor: actor, at: now)], on: sql)
            return user
        }
    }

    /// Changes role, scope or shown name (by an administrator). Refuses to demote the last active administrator.
    @discardableResult
    public func update(
        id: Int64, displayName: String? = nil, role: Role? = nil, scopeOrgUnitID: Int64?? = nil,
        by actor: AuditActor, at now: Date = Date()
    ) async throws -> User {
        try await database.withTransaction { sql in
            let before = try await existing(id)
            var after = before
            if let displayName {
                let trimmed = displayName.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty { after.displayName = trimmed }
            }
            if let role { after.role = role }
            if let scopeOrgUnitID {
                if let unit = scopeOrgUnitID, try await database.orgUnits.find(id: unit) == nil {
                    throw StoreError.orgUnitNotFound(id: unit)
                }
                after.scopeOrgUnitID = scopeOrgUnitID
            }
            if Self.isActiveAdministrator(before), !Self.isActiveAdministrator(after) {
                try await requireAnotherAdministrator(than: id, on: sql)
            }
            try await sql.update("users").set("display_name", to: after.displayName).set(
                "role", to: after.role.rawValue
            )
            .set(SQLIdentifier("scope_org_unit_id"), to: SQLValues.integerOrNull(after.scopeOrgUnitID))
            .set("updated_at", to: SQLValues.timestamp(now)).where("id", .equal, SQLValues.integer(id)).run()
            after.updatedAt = Self.second(now)
            try await AuditRepository(database: database).append(
                [Self.audit(.update, user: after, before: before, after: after, actor: actor, at: now)], on: sql)
            return after
        }
    }

    /// The user changes her own password: the current one must match, the new one must meet the policy and
    /// differ. Clears `mustChangePassword`.
    public func changePassword(
        id: Int64, current: String, new newPassword: String, at now: Date = Date()
    ) async throws {
        let user = try await existing(id)
        guard let hash = try await passwordHash(id: id), try await hasher.verify(current, hash: hash) else {
            throw AccessStoreError.wrongCurrentPassword
        }
        if current == newPassword { throw AccessStoreError.passwordUnchanged }
        try PasswordPolicy.validate(newPassword, username: user.username)
        try await store(
            password: newPassword, for: user, mustChange: false, action: .changePassword,
            actor: AuditActor(user), at: now)
    }

    /// Sets a new password chosen by an administrator (checked against the policy); the user must change it at
    /// the next login unless `mustChange` is false.
    public func setPassword(
        id: Int64, to password: String, mustChange: Bool = true, by actor: AuditActor, at now: Date = Date()
    ) async throws {
        let user = try await existing(id)
        try PasswordPolicy.validate(password, username: user.username)
        try await store(
            password: password, for: user, mustChange: mustChange, action: .resetPassword,
            actor: actor, at: now)
    }

    /// Replaces the password with a generated one-time password, returned for handing over once; the user must
    /// change it at the next login. Also lifts a lock.
    public func resetPassword(username: String, by actor: AuditActor, at now: Date = Date()) async throws -> String {
        guard let user = try await find(username: username) else { throw AccessStoreError.userNotFound(username) }
        let password = OneTimePassword.generate()
        try await store(password: password, for: user, mustChange: true, action: .resetPassword, actor: actor, at: now)
        return password
    }

    /// Disables (or re-enables) an account; a disabled account cannot log in and its tokens stop working.
    /// Refuses to disable the last active administrator.
    @discardableResult
    public func setDisabled(
        _ disabled: Bool, username: String, by actor: AuditActor, at now: Date = Date()
    ) async throws -> User {
        guard let user = try await find(username: username) else { throw AccessStoreError.userNotFound(username) }
        return try await database.withTransaction { sql in
            if disabled, Self.isActiveAdministrator(user) {
                try await requireAnotherAdministrator(than: user.id, on: sql)
            }
            try await sql.update("users").set(SQLIdentifier("disabled"), to: SQLLiteral.boolean(disabled))
                .set("updated_at", to: SQLValues.timestamp(now)).where("id", .equal, SQLValues.integer(user.id)).run()
            var after = user
            after.isDisabled = disabled
            after.updatedAt = Self.second(now)
            try await AuditRepository(database: database).append(
                [
                    Self.audit(
                        disabled ? .disable : .enable, user: after, before: user, after: after, actor: actor, at: now)
                ],
                on: sql)
            return after
        }
    }

    /// Counts a failed login at `now` (locking the account after the fifth within the window) and returns the
    /// new state. Not audited: the log records attempts, the trail records changes.
    @discardableResult
    public func recordFailure(id: Int64, at now: Date = Date()) async throws -> LoginThrottle {
        let engine = database.engine
        return try await database.withTransaction { sql in
            if engine == .postgres {
                // Concurrent failures for one account must each count; SQLite's BEGIN IMMEDIATE already serialises.
                try await sql.raw("SELECT id FROM users WHERE id = \(SQLValues.integer(id)) FOR UPDATE").run()
            }
            let user = try await existing(id)
            let next = user.throttle.recordingFailure(at: now)
            try await writeThrottle(next, id: id, on: sql)
            return next
        }
    }

    /// Clears the failure count after a successful login.
    public func recordSuccess(id: Int64) async throws {
        try await database.withTransaction { sql in try await writeThrottle(LoginThrottle(), id: id, on: sql) }
    }

    // MARK: Internals

    func passwordHash(id: Int64) async throws -> String? {
        try await database.withConnection { sql in
            try await sql.select().column("password_hash").from("users").where("id", .equal, SQLValues.integer(id))
                .first()?.decode(column: "password_hash", as: String.self)
        }
    }

    func existing(_ id: Int64) async throws -> User {
        guard let user = try await find(id: id) else { throw AccessStoreError.userIDNotFound(id) }
        return user
    }

    private func store(
        password: String, for user: User, mustChange: Bool, action: AuditAction, actor: AuditActor, at now: Date
    ) async throws {
        let hash = try await hasher.hash(password)
        try await database.withTransaction { sql in
            try await sql.update("users").set("password_hash", to: hash)
                .set(SQLIdentifier("must_change_password"), to: SQLLiteral.boolean(mustChange))
                .set("updated_at", to: SQLValues.timestamp(now)).where("id", .equal, SQLValues.integer(user.id)).run()
            try await writeThrottle(LoginThrottle(), id: user.id, on: sql)
            var after = user
            after.mustChangePassword = mustChange
            after.throttle = LoginThrottle()
            // The hash itself never enters the trail; that a password changed, and by whom, does.
            try await AuditRepository(database: database).append(
                [Self.audit(action, user: after, before: user, after: after, actor: actor, at: now)], on: sql)
        }
    }

    private func writeThrottle(_ throttle: LoginThrottle, id: Int64, on sql: any SQLDatabase) async throws {
        try await sql.update("users").set(SQLIdentifier("failed_attempts"), to: SQLValues.integer(throttle.failures))
            .set(
                SQLIdentifier("failure_window_start"),
                to: SQLValues.bindOrNull(throttle.windowStart.map { SQLValues.timestamp($0) })
            )
            .set(
                SQLIdentifier("locked_until"),
                to: SQLValues.bindOrNull(throttle.lockedUntil.map { SQLValues.timestamp($0) })
            )
            .where("id", .equal, SQLValues.integer(id)).run()
    }

    private func requireAnotherAdministrator(than id: Int64, on sql: any SQLDatabase) async throws {
        let others =
            try await sql.raw(
                """
                SELECT COUNT(*) AS n FROM users
                WHERE role = \(bind: Role.systemAdmin.rawValue) AND disabled = FALSE AND scope_org_unit_id IS NULL
                  AND id <> \(SQLValues.integer(id))
                """
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        if others == 0 { throw AccessStoreError.lastAdministrator }
    }

    /// An administrator over the whole system who can log in: the account that can repair all others.
    static func isActiveAdministrator(_ user: User) -> Bool {
        user.role == .systemAdmin && !user.isDisabled && user.scopeOrgUnitID == nil
    }

    static func audit(
        _ action: AuditAction, user: User, before: User?, after: User?, actor: AuditActor, at now: Date
    ) -> AuditEntry {
        AuditEntry(
            at: now, actor: actor, action: action, entityType: "user", entityKey: user.username,
            orgUnitID: user.scopeOrgUnitID, before: before.flatMap(AuditUserSnapshot.init).flatMap(AuditEntry.json),
            after: after.flatMap(AuditUserSnapshot.init).flatMap(AuditEntry.json))
    }

    /// Timestamps are stored to the second; values handed back match what a later read returns.
    static func second(_ date: Date) -> Date { Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)) }

    static func decode(_ row: any SQLRow) throws -> User {
        let roleText = try row.decode(column: "role", as: String.self)
        guard let role = Role(rawValue: roleText) else { throw StoreError.engine("unknown role \(roleText) in users") }
        return User(
            id: try row.decode(column: "id", as: Int64.self),
            username: try row.decode(column: "username", as: String.self),
            displayName: try row.decode(column: "display_name", as: String.self),
            role: role,
            scopeOrgUnitID: try row.optionalInt64("scope_org_unit_id"),
            isDisabled: try row.decode(column: "disabled", as: Bool.self),
            mustChangePassword: try row.decode(column: "must_change_password", as: Bool.self),
            throttle: LoginThrottle(
                failures: try row.decode(column: "failed_attempts", as: Int.self),
                windowStart: try date(row.optionalString("failure_window_start")),
                lockedUntil: try date(row.optionalString("locked_until"))),
            createdAt: try date(row.decode(column: "created_at", as: String.self)) ?? Date(timeIntervalSince1970: 0),
            updatedAt: try date(row.decode(column: "updated_at", as: String.self)) ?? Date(timeIntervalSince1970: 0))
    }

    static func date(_ text: String?) throws -> Date? {
        guard let text else { return nil }
        guard let date = try? Date(text, strategy: .iso8601) else {
            throw StoreError.engine("unreadable timestamp \(text)")
        }
        return date
    }
}

/// What the audit trail keeps of an account: no hash, no counters.
struct AuditUserSnapshot: Codable {
    var username: String
    var displayName: String
    var role: String
    var scopeOrgUnitID: Int64?
    var disabled: Bool
    var mustChangePassword: Bool

    init?(_ user: User) {
        username = user.username
        displayName = user.displayName
        role = user.role.rawValue
        scopeOrgUnitID = user.scopeOrgUnitID
        disabled = user.isDisabled
        mustChangePassword = user.mustChangePassword
    }
}
