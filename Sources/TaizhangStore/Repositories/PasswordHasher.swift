import Foundation
import HummingbirdBcrypt
import NIOPosix

/// Hashes and checks passwords with bcrypt on a thread of its own, never on an event loop, the cooperative pool
/// or NIO's shared pool: one hash at cost 12 takes a few hundred milliseconds of CPU, and a rush of sign-ins at
/// month-end must queue behind each other rather than in front of every SQLite query (which use the shared pool).
public struct PasswordHasher: Sendable {
    /// log₂ of bcrypt's rounds; 12 for production, 4 (the minimum) makes tests fast.
    public let cost: UInt8

    public init(cost: UInt8 = 12) {
        precondition((4...31).contains(cost), "bcrypt cost must be between 4 and 31")
        self.cost = cost
    }

    /// Cost 12, or `TAIZHANG_BCRYPT_COST` when set (load tests lower it to measure the rest of the system).
    public static let standard: PasswordHasher = {
        let configured = ProcessInfo.processInfo.environment["TAIZHANG_BCRYPT_COST"].flatMap(UInt8.init)
        return PasswordHasher(cost: configured.map { min(max($0, 4), 31) } ?? 12)
    }()

    /// One thread: at most one hash at a time, so the other core stays free for everything else.
    private static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        return pool
    }()

    public func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await Self.pool.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await Self.pool.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}
