import Foundation
import TaizhangCore

/// SplitMix64, the demo data's own pseudo-random generator: the same seed gives the same city on every platform
/// and Swift version (the system generator is neither seedable nor stable).
struct DemoRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for one named stream (e.g. zone × indicator), so each series is independent of the order in
    /// which the others are generated.
    init(seed: UInt64, stream parts: String...) {
        // FNV-1a over the UTF-8 bytes: Swift's Hasher is randomised per process, so it cannot be used here.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            hash ^= 0xff
            hash = hash &* 0x0000_0100_0000_01b3
        }
        var mixer = DemoRandom(seed: seed ^ hash)
        state = mixer.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range`; the modulo bias is negligible for the small spans used here.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % span)
    }

    /// A uniform decimal in `low/per … high/per`, in steps of `1/per` (no binary floating point involved).
    mutating func fraction(_ low: Int, _ high: Int, per: Int = 1000) -> Decimal {
        Decimal(int(in: low...high)) / Decimal(per)
    }

    /// True with probability `permille` / 1000.
    mutating func chance(permille: Int) -> Bool { int(in: 0...999) < permille }
}

/// `n` thousandths as an exact decimal, e.g. `pm(65)` = 0.065.
func pm(_ n: Int) -> Decimal { Decimal(n) / 1000 }
