import Foundation

extension YearMonth {
    /// Reads a month as typed: "2024年3月", "2024/3", "2024-03", "2024.3", "202403" (full-width tolerated).
    public static func parse(_ text: String) -> YearMonth? {
        let s = PeriodText.normalise(text)
        if let ym = parseNumeric(s) { return ym }
        guard s.hasSuffix("月"), let split = s.firstIndex(of: "年") else { return nil }
        let yearText = s[s.startIndex..<split]
        let monthText = s[s.index(after: split)..<s.index(before: s.endIndex)]
        guard yearText.count == 4, yearText.allSatisfy(\.isASCIIDigit), let y = Int(yearText),
            let m = PeriodText.number(String(monthText))
        else { return nil }
        return YearMonth(year: y, month: m)
    }

    /// "2024—03" (after normalisation of "2024-03"), "2024/3", "2024.3", "202403".
    static func parseNumeric(_ s: String) -> YearMonth? {
        if s.count == 6, s.allSatisfy(\.isASCIIDigit), let k = Int(s) { return YearMonth(key: k) }
        for separator in ["—", "/", "."] {
            let parts = s.components(separatedBy: separator)
            if parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCIIDigit),
                (1...2).contains(parts[1].count), parts[1].allSatisfy(\.isASCIIDigit),
                let y = Int(parts[0]), let m = Int(parts[1])
            {
                return YearMonth(year: y, month: m)
            }
        }
        return nil
    }
}
