import Foundation
import TaizhangCore

/// Why an account, token or workflow operation of the store was refused, in Chinese for the user.
public enum AccessStoreError: UserFacingError, Equatable {
    case invalidUsername(String)
    case duplicateUsername(String)
    case userNotFound(String)
    case userIDNotFound(Int64)
    /// The current password given to change it was wrong.
    case wrongCurrentPassword
    /// The new password equals the current one.
    case passwordUnchanged
    case tokenNotFound(Int64)
    /// Someone else changed the period's workflow first (optimistic version check).
    case workflowConflict(unit: String, month: YearMonth, expected: Int, actual: Int, by: String?)
    /// The period (or a period of a unit above it) is approved and locked.
    case periodLocked(unit: String, month: YearMonth)
    /// Disabling or demoting the last active system administrator would lock everybody out of administration.
    case lastAdministrator

    public var userMessage: String {
        switch self {
        case .invalidUsername(let name):
            "用户名“\(name)”不符合要求：须为2～32位英文字母、数字或 . _ -，并以字母或数字开头。"
        case .duplicateUsername(let name): "用户名“\(name)”已存在，请换一个用户名。"
        case .userNotFound(let name): "找不到用户“\(name)”。"
        case .userIDNotFound(let id): "找不到编号为 \(id) 的用户。"
        case .wrongCurrentPassword: "当前密码不正确。"
        case .passwordUnchanged: "新密码不能与当前密码相同。"
        case .tokenNotFound(let id): "找不到编号为 \(id) 的接口令牌。"
        case .workflowConflict(let unit, let month, _, _, let by):
            "“\(unit)”\(month.year)年\(month.month)月的数据状态刚刚已被\(by.map { "“\($0)”" } ?? "他人")修改，"
                + "请刷新页面查看最新状态后再操作。"
        case .periodLocked(let unit, let month):
            "“\(unit)”\(month.year)年\(month.month)月的数据已审核锁定，不能修改；如需修改，请市级审核员重新打开。"
        case .lastAdministrator: "不能停用或降级最后一个可用的系统管理员账号。"
        }
    }

    public var description: String {
        switch self {
        case .invalidUsername(let name): "invalid user name \(name)"
        case .duplicateUsername(let name): "duplicate user name \(name)"
        case .userNotFound(let name): "user \(name) not found"
        case .userIDNotFound(let id): "user \(id) not found"
        case .wrongCurrentPassword: "wrong current password"
        case .passwordUnchanged: "new password equals the current one"
        case .tokenNotFound(let id): "API token \(id) not found"
        case .workflowConflict(let unit, let month, let expected, let actual, let by):
            "workflow of \(unit) \(month) is at version \(actual), expected \(expected) (changed by \(by ?? "?"))"
        case .periodLocked(let unit, let month): "period \(unit) \(month) is approved and locked"
        case .lastAdministrator: "refusing to disable or demote the last active system administrator"
        }
    }
}
