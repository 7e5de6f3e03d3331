import Foundation
import TaizhangCore

/// An axis domain widened to round tick values (1, 2 or 5 × 10ⁿ apart), computed exactly in `Decimal` so that
/// tick labels show the same figures a person would write.
public struct NiceScale: Hashable, Sendable {
    /// Lowest tick, at or below the smallest value.
    public let lower: Decimal
    /// Highest tick, at or above the largest value.
    public let upper: Decimal
    /// Distance between ticks.
    public let step: Decimal

    /// Covers `values` (nils ignored) with about `targetTicks` intervals. With `includesZero` the domain reaches
    /// zero, as bars and amounts need; a domain with no spread is widened so that it still has ticks.
    public init(covering values: [Decimal?], targetTicks: Int = 5, includesZero: Bool = true) {
        let present = values.compactMap { $0 }
        var low = present.min() ?? 0
        var high = present.max() ?? 1
        if includesZero {
            low = Swift.min(low, 0)
            high = Swift.max(high, 0)
        }
        if low == high {
            // With includesZero an empty spread can only be all zeros.
            if low == 0 {
                high = 1
            } else {
                let spread = abs(low) / 10
                low -= spread
                high += spread
            }
        }
        let intervals = Decimal(Swift.max(targetTicks, 1))
        let step = Self.niceStep(for: (high - low) / intervals)
        self.step = step
        self.lower = Self.floor(low / step) * step
        self.upper = Self.ceil(high / step) * step
    }

    /// Tick values from `lower` to `upper` inclusive.
    public var ticks: [Decimal] {
        var result: [Decimal] = []
        var value = lower
        while value <= upper {
            result.append(value)
            value += step
        }
        return result
    }

    /// Maps a value to a fraction of the domain (0 at `lower`, 1 at `upper`) for pixel placement.
    public func fraction(of value: Decimal) -> Double {
        let span = upper - lower
        guard span != 0 else { return 0 }
        return NSDecimalNumber(decimal: (value - lower) / span).doubleValue
    }

    /// The smallest of 1, 2, 5 × 10ⁿ that is at least `rough`.
    static func niceStep(for rough: Decimal) -> Decimal {
        guard rough > 0 else { return 1 }
        let exponent = Int(Foundation.floor(log10(NSDecimalNumber(decimal: rough).doubleValue)))
        var power = Decimal(sign: .plus, exponent: exponent, significand: 1)
        // log10 of a Double may land one decade off near exact powers; correct it exactly.
        while power > rough { power /= 10 }
        while power * 10 <= rough { power *= 10 }
        let fraction = rough / power
        for multiple: Decimal in [1, 2, 5] where fraction <= multiple {
            return multiple * power
        }
        return 10 * power
    }

    static func floor(_ value: Decimal) -> Decimal {
        let rounded = value.roundedHalfUp(scale: 0)
        return rounded > value ? rounded - 1 : rounded
    }

    static func ceil(_ value: Decimal) -> Decimal {
        let rounded = value.roundedHalfUp(scale: 0)
        return rounded < value ? rounded + 1 : rounded
    }
}
