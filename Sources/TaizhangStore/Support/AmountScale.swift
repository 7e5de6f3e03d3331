import Foundation
import TaizhangCore

/// `StoredAmount` for bulk work: the same conversions, but for units whose factor is a power of ten (all money
/// units) by moving the decimal exponent instead of `Decimal` multiplication and division, which cost about 10 µs
/// each and dominated reading and writing 100,000 observations. Anything unusual falls back to `StoredAmount`.
struct AmountScale: Sendable {
    let unit: IndicatorUnit
    /// Digits between a value in `unit` and the stored integer (4 + log₁₀ of the unit's factor), when the factor
    /// is a power of ten.
    private let shift: Int?

    init(_ unit: IndicatorUnit) {
        self.unit = unit
        var power = Decimal(1)
        var found: Int?
        for digits in 0...18 {
            if power == unit.factorToBase {
                found = digits
                break
            }
            power *= 10
        }
        shift = found.map { $0 + 4 }
    }

    /// Same result as `StoredAmount.encode(value, in: unit)`.
    func encode(_ value: Decimal) -> Int64? {
        guard let shift, !value.isNaN else { return StoredAmount.encode(value, in: unit) }
        if value.isZero { return 0 }
        let exponent = value.exponent + shift
        // A negative exponent may still be integral (trailing zeros); 19+ digits are out of range or need care.
        guard (0...18).contains(exponent) else { return StoredAmount.encode(value, in: unit) }
        let base = Decimal(sign: value.sign, exponent: exponent, significand: value.significand)
        guard base <= Self.limit, base >= -Self.limit else { return nil }
        return NSDecimalNumber(decimal: base).int64Value
    }

    /// Same value as `StoredAmount.decode(stored, in: unit)`, with the mantissa's trailing zeros removed as a
    /// division would.
    func decode(_ stored: Int64) -> Decimal {
        guard let shift else { return StoredAmount.decode(stored, in: unit) }
        if stored == 0 { return 0 }
        var magnitude = stored.magnitude
        var exponent = -shift
        while exponent < 0 && magnitude % 10 == 0 {
            magnitude /= 10
            exponent += 1
        }
        return Decimal(sign: stored < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(magnitude))
    }

    private static let limit = Decimal(Int64.max)

    /// Growth rates in %, stored ×10⁴ like every figure.
    static let percent = AmountScale(SQLValues.percent)
}
