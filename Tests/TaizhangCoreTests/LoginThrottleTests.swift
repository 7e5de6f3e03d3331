import Foundation
import Testing

@testable import TaizhangCore

@Suite("Login throttle")
struct LoginThrottleTests {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    func failures(_ offsets: [TimeInterval], from start: LoginThrottle = LoginThrottle()) -> LoginThrottle {
        offsets.reduce(start) { $0.recordingFailure(at: t0 + $1) }
    }

    @Test("the fifth failure within 15 minutes locks for 15 minutes")
    func locksAfterFive() {
        let four = failures([0, 60, 120, 180])
        #expect(four.failures == 4)
        #expect(!four.isLocked(at: t0 + 181))
        let five = four.recordingFailure(at: t0 + 240)
        #expect(five.isLocked(at: t0 + 240))
        #expect(five.lockEnd(at: t0 + 241) == t0 + 240 + 900)
        #expect(five.isLocked(at: t0 + 240 + 899))
        #expect(!five.isLocked(at: t0 + 240 + 900))
    }

    @Test("failures spread over more than 15 minutes do not lock")
    func windowExpires() {
        // The window opens at 0; the failure at 900 s starts a new window of one.
        let state = failures([0, 100, 200, 300, 900])
        #expect(state.failures == 1)
        #expect(state.windowStart == t0 + 900)
        #expect(!state.isLocked(at: t0 + 900))
    }

    @Test("failures while locked do not extend the lock; after it, counting starts afresh")
    func lockedFailures() {
        let locked = failures([0, 1, 2, 3, 4])
        let retried = locked.recordingFailure(at: t0 + 600)
        #expect(retried.lockEnd(at: t0 + 600) == t0 + 4 + 900)
        let after = retried.recordingFailure(at: t0 + 1000)
        #expect(!after.isLocked(at: t0 + 1000))
        #expect(after.failures == 1)
    }

    @Test("failures arriving out of order (clocks of several instances) still count")
    func outOfOrder() {
        #expect(failures([3, 0, 1, 2, 4]).isLocked(at: t0 + 5))
    }

    @Test("a success clears the count")
    func success() {
        let state = failures([0, 1, 2, 3]).recordingSuccess()
        #expect(state == LoginThrottle())
        #expect(!state.recordingFailure(at: t0 + 5).isLocked(at: t0 + 5))
    }

    @Test("login errors speak Chinese and show Beijing time")
    func messages() {
        // 1_800_000_000 s = 2027-01-15 08:00:00 UTC = 16:00 in Beijing.
        #expect(LoginError.locked(until: t0).userMessage == "登录失败次数过多，账号已暂时锁定，请于16:00（北京时间）后再试。")
        #expect(LoginError.invalidCredentials.userMessage == "用户名或密码错误。")
    }
}
