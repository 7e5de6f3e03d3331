import Foundation

/// Slows password guessing: after `maximumFailures` failed logins within `window`, the account is locked for
/// `lockout`. A pure value; the store keeps it per user and passes the clock in.
public struct LoginThrottle: Sendable, Hashable, Codable {
    public static let maximumFailures = 5
    public static let window: TimeInterval = 15 * 60
    public static let lockout: TimeInterval = 15 * 60

    /// Failures counted in the current window.
    public var failures: Int
    /// When the current window began (the first failure counted), nil when none is counted.
    public var windowStart: Date?
    /// Until when logins are refused, if the account was locked.
    public var lockedUntil: Date?

    public init(failures: Int = 0, windowStart: Date? = nil, lockedUntil: Date? = nil) {
        self.failures = failures
        self.windowStart = windowStart
        self.lockedUntil = lockedUntil
    }

    /// The end of the lock at `now`, nil when a login may be tried.
    public func lockEnd(at now: Date) -> Date? {
        guard let lockedUntil, now < lockedUntil else { return nil }
        return lockedUntil
    }

    public func isLocked(at now: Date) -> Bool { lockEnd(at: now) != nil }

    /// The state after a failed login at `now`: the fifth failure within the window locks the account; failures
    /// while locked do not extend the lock (so a guesser cannot keep its owner out forever by trying on).
    public func recordingFailure(at now: Date) -> LoginThrottle {
        if isLocked(at: now) { return self }
        var next = self
        next.lockedUntil = nil
        // A failure stamped a little before the window start (another instance's clock) still counts.
        if let start = windowStart, now.timeIntervalSince(start) < Self.window {
            next.failures += 1
        } else {
            next.failures = 1
            next.windowStart = now
        }
        if next.failures >= Self.maximumFailures {
            return LoginThrottle(failures: 0, windowStart: nil, lockedUntil: now + Self.lockout)
        }
        return next
    }

    /// The state after a successful login: nothing counted, no lock.
    public func recordingSuccess() -> LoginThrottle { LoginThrottle() }
}

/// Why a login was refused; deliberately vague about which of user name and password was wrong.
public enum LoginError: UserFacingError, Hashable {
    case invalidCredentials
    case locked(until: Date)
    case disabled

    public var userMessage: String {
        switch self {
        case .invalidCredentials: "用户名或密码错误。"
        case .locked(let until):
            "登录失败次数过多，账号已暂时锁定，请于\(Self.beijingTime(until))（北京时间）后再试。"
        case .disabled: "该账号已停用，请联系系统管理员。"
        }
    }

    public var description: String {
        switch self {
        case .invalidCredentials: "invalid user name or password"
        case .locked(let until): "account locked until \(until)"
        case .disabled: "account disabled"
        }
    }

    static func beijingTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let hour = parts.hour ?? 0, minute = parts.minute ?? 0
        return "\(hour):" + (minute < 10 ? "0\(minute)" : "\(minute)")
    }
}
