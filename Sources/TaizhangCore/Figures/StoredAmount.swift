import Foundation

/// Converts exact decimal values to and from the scaled integers the store keeps, so that `SUM` stays exact in
/// both SQLite and PostgreSQL. A stored integer is the value in the unit's base unit (元 for money) × 10⁴.
public enum StoredAmount {
    /// Fixed-point scale of every stored figure: four decimal places of the base unit.
    public static let scale: Int64 = 10_000

    /// Encodes `value`, given in `unit`, as a scaled integer in the base unit; nil when it does not fit or needs
    /// more precision than four decimal places of the base unit (such a value would be stored inexactly).
    public static func encode(_ value: Decimal, in unit: IndicatorUnit) -> Int64? {
        let base = value * unit.factorToBase * Decimal(scale)
        guard base == base.roundedHalfUp(scale: 0) else { return nil }
        let limit = Decimal(Int64.max)
        guard base <= limit, base >= -limit else { return nil }
        return NSDecimalNumber(decimal: base).int64Value
    }

    /// Decodes a stored integer back into an exact decimal in `unit`.
    public static func decode(_ stored: Int64, in unit: IndicatorUnit) -> Decimal {
        Decimal(stored) / Decimal(scale) / unit.factorToBase
    }
}
