import Foundation
import Testing

@testable import TaizhangCore

@Suite("Access user names")
struct AccessUsernameTests {
    @Test("login names are trimmed, lower-cased and limited to ASCII letters, digits and . _ -")
    func usernames() {
        #expect(Username.normalized("  LiPing ") == "liping")
        #expect(Username.normalized("zone.clerk-01") == "zone.clerk-01")
        #expect(Username.normalized("9admin") == "9admin")
        #expect(Username.normalized("a") == nil)
        #expect(Username.normalized("_admin") == nil)
        #expect(Username.normalized("李萍") == nil)
        #expect(Username.normalized("li ping") == nil)
        #expect(Username.normalized(String(repeating: "a", count: 33)) == nil)
    }

    @Test("a user's grant is her role and scope")
    func grant() {
        let user = User(
            id: 7, username: "liping", displayName: "李萍", role: .zoneClerk, scopeOrgUnitID: 3,
            createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0))
        #expect(user.grant == AccessGrant(role: .zoneClerk, scopeOrgUnitID: 3))
    }
}
