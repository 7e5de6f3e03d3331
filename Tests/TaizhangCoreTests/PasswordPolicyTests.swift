import Foundation
import Testing

@testable import TaizhangCore

@Suite("Password policy")
struct PasswordPolicyTests {
    @Test("a long password of three classes that is neither common nor the user name passes")
    func accepts() {
        #expect(PasswordPolicy.violations(of: "Huanghe-2026", username: "liping") == [])
        #expect(PasswordPolicy.violations(of: "sanjiang.river7", username: "liping") == [])  // lower, digit, other
        #expect(PasswordPolicy.violations(of: "河西经开区统计Ab1", username: "liping") == [])  // Chinese counts as other
    }

    @Test("too short, too few classes, user name inside, common: every broken rule is listed")
    func rejects() {
        #expect(PasswordPolicy.violations(of: "Ab1-xyz", username: "liping") == [.tooShort(minimum: 10)])
        #expect(
            PasswordPolicy.violations(of: "abcdefghijk", username: "liping")
                == [.tooFewClasses(found: 1, minimum: 3)])
        #expect(
            PasswordPolicy.violations(of: "Liping-2026x", username: "liping") == [.containsUsername])
        #expect(PasswordPolicy.violations(of: "P@ssw0rd123", username: "zhang") == [.common])
        #expect(PasswordPolicy.violations(of: "Admin@123456", username: "ops") == [.common])
        #expect(
            PasswordPolicy.violations(of: "admin", username: "admin")
                == [.tooShort(minimum: 10), .tooFewClasses(found: 1, minimum: 3), .containsUsername, .common])
        // A two-letter user name is not checked: it would forbid too much by chance.
        #expect(PasswordPolicy.violations(of: "Lx-2026-river", username: "lx") == [])
    }

    @Test("the error message lists every rule in Chinese")
    func message() {
        #expect(throws: PasswordPolicyError.self) { try PasswordPolicy.validate("abc", username: "wang") }
        let error = PasswordPolicyError(violations: [.tooShort(minimum: 10), .common])
        #expect(error.userMessage == "密码不符合要求：密码至少需要10个字符；密码过于常见，容易被猜中。")
    }

    @Test("one-time passwords always meet the policy and differ")
    func oneTimePasswords() {
        var seen: Set<String> = []
        for _ in 0..<200 {
            let password = OneTimePassword.generate()
            #expect(password.count == 16)
            #expect(PasswordPolicy.violations(of: password, username: "admin") == [])
            #expect(PasswordPolicy.characterClasses(in: password) == 4)
            seen.insert(password)
        }
        #expect(seen.count == 200)
    }
}
