import Foundation

extension Decimal {
    /// Parses a figure as people type it in forms and office sheets: full-width digits, spaces, thousands
    /// separators in the right places ("1,234.56"), a leading + or − (also "－" and "−"); with
    /// `allowingPercentSign`, a trailing "%" is dropped ("6.5%" → 6.5). Nil for anything else ("1,23", "1e5",
    /// "XX", "—"), so nothing is ever stored as a guess.
    public init?(figure text: String, allowingPercentSign: Bool = false) {
        var s = String(text.precomposedStringWithCompatibilityMapping.filter { !$0.isWhitespace })
        s = s.replacingOccurrences(of: "\u{2212}", with: "-")
        if allowingPercentSign, s.hasSuffix("%") { s.removeLast() }
        var sign = ""
        if let first = s.first, first == "+" || first == "-" {
            sign = first == "-" ? "-" : ""
            s.removeFirst()
        }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let integerPart = parts.first, !integerPart.isEmpty else { return nil }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard parts.count == 1 || !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { return nil }
        let groups = integerPart.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                return nil
            }
        }
        let digits = groups.joined()
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        self.init(exactly: sign + digits + (fraction.isEmpty ? "" : "." + fraction))
    }
}
