import Foundation

/// Exact parsing of the number literals spreadsheets store ("1234.56", "-0.5", "1.5E-3"), without going
/// through binary floating point.
public enum DecimalLiteral {
    /// Parses a plain or scientific ASCII literal exactly; nil for anything else (no grouping, no spaces).
    /// With `significantDigits`, rounds half-up to that many significant digits first (see `excelPrecision`).
    public static func parse(_ text: Substring.UTF8View, significantDigits: Int? = nil) -> Decimal? {
        parseWithShape(text, significantDigits: significantDigits)?.value
    }

    /// The value with its shape: the exponent of its last significant digit and the count of digits before
    /// the decimal point (≤ 0 for values below 0.1), which bound it without comparing decimals.
    static func parseWithShape(
        _ text: Substring.UTF8View, significantDigits: Int? = nil
    )
        -> (value: Decimal, exponent: Int, integerDigits: Int)?
    {
        var isNegative = false
        var digits: [UInt8] = []
        digits.reserveCapacity(24)
        var fractionDigits = 0
        var seenPoint = false
        var seenDigit = false
        var exponent = 0
        var index = text.startIndex
        if index < text.endIndex, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
            isNegative = text[index] == UInt8(ascii: "-")
            index = text.index(after: index)
        }
        scan: while index < text.endIndex {
            let byte = text[index]
            if byte >= 48 && byte <= 57 {
                seenDigit = true
                if !(digits.isEmpty && byte == 48) { digits.append(byte - 48) }
                if seenPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else if (byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")) && seenDigit {
                index = text.index(after: index)
                var isExponentNegative = false
                if index < text.endIndex, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
                    isExponentNegative = text[index] == UInt8(ascii: "-")
                    index = text.index(after: index)
                }
                var seenExponentDigit = false
                while index < text.endIndex {
                    let e = text[index]
                    guard e >= 48 && e <= 57, exponent < 10_000 else { return nil }
                    exponent = exponent * 10 + Int(e - 48)
                    seenExponentDigit = true
                    index = text.index(after: index)
                }
                guard seenExponentDigit else { return nil }
                if isExponentNegative { exponent = -exponent }
                break scan
            } else {
                return nil
            }
            index = text.index(after: index)
        }
        guard seenDigit else { return nil }
        if digits.isEmpty { return (0, 0, 0) }
        var power = exponent - fractionDigits
        if let limit = significantDigits, digits.count > limit {
            let roundUp = digits[limit] >= 5
            power += digits.count - limit
            digits.removeSubrange(limit...)
            if roundUp {
                var position = limit - 1
                while position >= 0 {
                    if digits[position] == 9 {
                        digits[position] = 0
                        position -= 1
                    } else {
                        digits[position] += 1
                        break
                    }
                }
                if position < 0 { digits.insert(1, at: 0) }
            }
        }
        while digits.count > 1, digits[digits.count - 1] == 0 {
            digits.removeLast()
            power += 1
        }
        // Decimal keeps 38 significant digits; no spreadsheet writes a longer literal (17 at most).
        guard digits.count <= 38, power > -128, power < 127 else { return nil }
        var significand = Decimal(0)
        var chunk: UInt64 = 0
        var chunkDigits = 0
        var chunkScale: UInt64 = 1
        for digit in digits {
            chunk = chunk * 10 + UInt64(digit)
            chunkDigits += 1
            chunkScale *= 10
            if chunkDigits == 18 {
                significand = significand * Decimal(chunkScale) + Decimal(chunk)
                chunk = 0
                chunkDigits = 0
                chunkScale = 1
            }
        }
        if chunkDigits > 0 {
            significand = digits.count <= 18 ? Decimal(chunk) : significand * Decimal(chunkScale) + Decimal(chunk)
        }
        let value = Decimal(sign: isNegative ? .minus : .plus, exponent: power, significand: significand)
        return (value, power, digits.count + power)
    }

    /// Parses a literal exactly; nil when it is not a plain or scientific ASCII number.
    public static func parse(_ text: String, significantDigits: Int? = nil) -> Decimal? {
        parse(Substring(text).utf8, significantDigits: significantDigits)
    }

    /// The 15 significant digits Excel shows and keeps when a person types a number: rounding a stored
    /// literal to them removes binary artefacts (12.300000000000001 → 12.3) and keeps every typed digit.
    public static let excelPrecision = 15
}
