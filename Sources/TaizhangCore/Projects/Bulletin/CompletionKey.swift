import Foundation

/// A completion rate kept so that a city's projects are ranked and checked against the lag threshold exactly
/// without a `Decimal` division each (see `ScaledAmount`): the two scaled amounts when they fit, else the rate.
/// Small on purpose: sorting copies it many times. Only for a positive plan.
enum CompletionKey: Sendable {
    case scaled(completed: Int64, plan: Int64)
    case exact(rate: Decimal)

    init?(completed: Amount, plan: Amount) {
        if let c = completed.scaled, let p = plan.scaled {
            guard p > 0 else { return nil }
            self = .scaled(completed: c, plan: p)
        } else {
            guard let rate = Statistics.completionRate(completed: completed.value, planned: plan.value) else {
                return nil
            }
            self = .exact(rate: rate)
        }
    }

    var rate: Decimal {
        switch self {
        case .scaled(let c, let p):
            Statistics.completionRate(completed: ScaledAmount.decimal(c), planned: ScaledAmount.decimal(p))!
        case .exact(let rate): rate
        }
    }

    /// The sign of a's rate − b's rate: c₁ ÷ p₁ against c₂ ÷ p₂ is c₁·p₂ against c₂·p₁ (plans are positive).
    static func compare(_ a: CompletionKey, _ b: CompletionKey) -> Int {
        if case .scaled(let ac, let ap) = a, case .scaled(let bc, let bp) = b {
            return ScaledAmount.compareProducts(ac, bp, bc, ap)
        }
        let (x, y) = (a.rate, b.rate)
        return x == y ? 0 : (x < y ? -1 : 1)
    }

    /// Whether rate − M ÷ 12 × 100 ≤ −lag. Multiplying by 12 × plan: 1200·c ≤ (100·M − 12·lag)·p; with the
    /// amounts and the lag scaled by 10⁸ the left side takes 10⁸ once more. `elapsed` (M ÷ 12 × 100) serves the
    /// `Decimal` path, for amounts or a lag that do not fit.
    func isBehind(month: Int, elapsed: Decimal, lag: Decimal, lagScaled: Int64?) -> Bool {
        if case .scaled(let c, let p) = self, let lagScaled {
            let (twelveLag, o1) = lagScaled.multipliedReportingOverflow(by: 12)
            let (hundredM, o2) = Int64(100 * month).multipliedReportingOverflow(by: 100_000_000)
            let (k, o3) = hundredM.subtractingReportingOverflow(twelveLag)
            if !o1, !o2, !o3 {
                return ScaledAmount.compareProducts(120_000_000_000, c, k, p) <= 0
            }
        }
        return rate - elapsed <= -lag
    }
}
