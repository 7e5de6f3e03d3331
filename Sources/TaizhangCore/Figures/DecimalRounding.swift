import Foundation

extension Decimal {
    /// Rounds half-up (四舍五入, away from zero on a tie) to `scale` decimal places; used only at presentation.
    public func roundedHalfUp(scale: Int) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, scale, .plain)
        return result
    }

    /// Parses a plain decimal literal such as "-1234.5" exactly (no binary floating point on the way).
    public init?(exactly text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty,
            trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
            let value = Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX"))
        else { return nil }
        self = value
    }

    /// The value as a plain string without grouping, e.g. "1234.5"; stable across platforms.
    public var plainString: String { NSDecimalNumber(decimal: self).stringValue }
}
