import Foundation
import TaizhangCore

/// One line of the audit trail (留痕): who did what to which entity, when, from what to what, and why.
public struct AuditEntry: Sendable, Hashable, Codable {
    /// Assigned by the store; nil before the entry is written.
    public var id: Int64?
    /// When the change happened (stored as ISO-8601 UTC text, to the second).
    public var at: Date
    public var userID: Int64?
    /// The user name at the time (kept even if the account changes later); `系统` for unattended work.
    public var username: String
    public var action: AuditAction
    /// What kind of thing changed: `observation`, `period`, `target`, `orgUnit`, `indicator`, `user`, …
    public var entityType: String
    /// Which one, e.g. `3/gdp/2026-10` for an observation; with `entityType` the key of its history.
    public var entityKey: String
    public var orgUnitID: Int64?
    public var month: YearMonth?
    /// The entity before and after, as JSON text (nil before a create and after a delete).
    public var before: String?
    public var after: String?
    /// The written reason, where the step needs one (退回, 重新打开, a reviewer's override).
    public var reason: String?

    public init(
        id: Int64? = nil, at: Date = Date(), actor: AuditActor, action: AuditAction, entityType: String,
        entityKey: String, orgUnitID: Int64? = nil, month: YearMonth? = nil, before: String? = nil,
        after: String? = nil, reason: String? = nil
    ) {
        self.id = id
        self.at = at
        self.userID = actor.userID
        self.username = actor.username
        self.action = action
        self.entityType = entityType
        self.entityKey = entityKey
        self.orgUnitID = orgUnitID
        self.month = month
        self.before = before
        self.after = after
        self.reason = reason
    }

    /// A value as the canonical JSON of `before`/`after`: sorted keys, so equal values give equal text.
    public static func json(_ value: some Encodable) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) }
    }
}

/// Who acts: a logged-in user, or the system itself (the command line, a first start).
public struct AuditActor: Sendable, Hashable, Codable {
    public var userID: Int64?
    public var username: String

    public init(userID: Int64?, username: String) {
        self.userID = userID
        self.username = username
    }

    public init(_ user: User) { self.init(userID: user.id, username: user.username) }

    /// Work done by Taizhang itself (first start, seeding).
    public static let system = AuditActor(userID: nil, username: "系统")
    /// Work done by the operator on the command line (`taizhang user …`, `taizhang restore`).
    public static let commandLine = AuditActor(userID: nil, username: "命令行")
}

/// What was done; an open set of names so later ledgers add their own (`AuditAction("dispatch")`).
public struct AuditAction: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static let create: AuditAction = "create"
    public static let update: AuditAction = "update"
    public static let delete: AuditAction = "delete"
    public static let importFile: AuditAction = "import"
    public static let submit: AuditAction = "submit"
    public static let approve: AuditAction = "approve"
    public static let returnForRevision: AuditAction = "returnForRevision"
    public static let reopen: AuditAction = "reopen"
    public static let changePassword: AuditAction = "changePassword"
    public static let resetPassword: AuditAction = "resetPassword"
    public static let disable: AuditAction = "disable"
    public static let enable: AuditAction = "enable"
    public static let issueToken: AuditAction = "issueToken"
    public static let revokeToken: AuditAction = "revokeToken"

    /// The workflow event's action.
    public init(_ event: WorkflowEventKind) { self.rawValue = event.rawValue }

    /// 新增、修改、删除 … (the raw name for actions this list does not know).
    public var displayName: String {
        switch rawValue {
        case "create": "新增"
        case "update": "修改"
        case "delete": "删除"
        case "import": "导入"
        case "submit": "报送"
        case "approve": "审核"
        case "returnForRevision": "退回"
        case "reopen": "重新打开"
        case "changePassword": "修改密码"
        case "resetPassword": "重置密码"
        case "disable": "停用账号"
        case "enable": "启用账号"
        case "issueToken": "创建接口令牌"
        case "revokeToken": "吊销接口令牌"
        default: rawValue
        }
    }
}
