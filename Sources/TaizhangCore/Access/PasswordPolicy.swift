import Foundation

/// The rules a new password must meet: length, a mix of character classes, not the user name, not a common
/// password. Checked on every password a person chooses; generated one-time passwords meet them too.
public enum PasswordPolicy {
    public static let minimumLength = 10
    /// Of lower case, upper case, digits and other characters.
    public static let minimumClasses = 3

    /// Passwords (compared ignoring case) that guessing tools try first, including the classic 10+ character ones
    /// that would pass the other rules.
    static let commonPasswords: Set<String> = [
        "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssw0rd", "p@ssw0rd1",
        "p@ssw0rd123", "passw0rd!", "qwerty", "qwerty123", "qwertyuiop", "qwer1234", "qwe123!@#", "1qaz2wsx",
        "1qaz@wsx3edc", "1qaz2wsx3edc", "1q2w3e4r5t", "1q2w3e4r!", "zaq12wsx", "abc123", "abcd1234",
        "abc@123456", "abc123456!", "aa123456", "aa123456!", "a123456789", "admin", "admin123", "admin@123",
        "admin@1234", "admin123456", "admin@123456", "admin!@#123", "administrator", "root@123", "root123456",
        "welcome1", "welcome@123", "welcome123!", "iloveyou", "woaini1314", "woaini520", "letmein", "changeme",
        "changeme123", "test@123", "test123456", "123456", "12345678", "123456789", "1234567890", "0123456789",
        "111111", "11111111", "000000", "00000000", "888888", "88888888", "666666", "88888888a", "123123",
        "123qwe", "123qwe!@#", "123qweasd", "123qweasdzxc", "qweasdzxc", "1234qwer", "a1234567890",
        "taizhang", "taizhang123", "taizhang@123", "taizhang@2024", "taizhang@2025", "taizhang@2026",
    ]

    /// Every rule the password breaks, in the order a person should fix them; empty when it is acceptable.
    public static func violations(of password: String, username: String) -> [PasswordRuleViolation] {
        var found: [PasswordRuleViolation] = []
        if password.count < minimumLength { found.append(.tooShort(minimum: minimumLength)) }
        let classes = characterClasses(in: password)
        if classes < minimumClasses { found.append(.tooFewClasses(found: classes, minimum: minimumClasses)) }
        let name = username.trimmingCharacters(in: .whitespaces).lowercased()
        // A one- or two-letter name would rule out too many passwords by accident.
        if name.count >= 3, password.lowercased().contains(name) { found.append(.containsUsername) }
        if commonPasswords.contains(password.lowercased()) { found.append(.common) }
        return found
    }

    /// Throws the broken rules, all of them at once, so the person fixes the password in one go.
    public static func validate(_ password: String, username: String) throws(PasswordPolicyError) {
        let broken = violations(of: password, username: username)
        if !broken.isEmpty { throw PasswordPolicyError(violations: broken) }
    }

    /// How many of the four classes (lower case, upper case, digit, other) occur.
    static func characterClasses(in password: String) -> Int {
        var lower = false, upper = false, digit = false, other = false
        for scalar in password.unicodeScalars {
            switch scalar {
            case "a"..."z": lower = true
            case "A"..."Z": upper = true
            case "0"..."9": digit = true
            default: other = true
            }
        }
        return [lower, upper, digit, other].filter { $0 }.count
    }
}

/// One password rule that is broken.
public enum PasswordRuleViolation: Sendable, Hashable {
    case tooShort(minimum: Int)
    case tooFewClasses(found: Int, minimum: Int)
    case containsUsername
    case common

    /// 密码至少需要10个字符 ….
    public var message: String {
        switch self {
        case .tooShort(let minimum): "密码至少需要\(minimum)个字符"
        case .tooFewClasses(_, let minimum): "密码须包含小写字母、大写字母、数字、符号中的至少\(minimum)类"
        case .containsUsername: "密码不能包含用户名"
        case .common: "密码过于常见，容易被猜中"
        }
    }
}

/// A password refused by `PasswordPolicy`, listing every broken rule.
public struct PasswordPolicyError: UserFacingError, Hashable {
    public let violations: [PasswordRuleViolation]

    public var userMessage: String { "密码不符合要求：" + violations.map(\.message).joined(separator: "；") + "。" }
    public var description: String { "password rejected: \(violations)" }
}
