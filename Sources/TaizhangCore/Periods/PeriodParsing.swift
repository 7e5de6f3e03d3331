import Foundation

extension Period {
    /// Reads a period as offices type it: "2021年1—10月" (also with -, –, ～ or 至), "1—10月" (with
    /// `defaultYear`), "2021年上半年", "前三季度", "全年", "全年预计", "第三季度", "三季度", "2021年10月", "10月份",
    /// "2021-10", "2021/10", "202110", "2021年", and every `storageKey`. Full-width characters and spaces are
    /// tolerated. "全年" and "2021年度" read as `.year`.
    public static func parse(_ text: String, defaultYear: Int? = nil) throws(PeriodParseError) -> Period {
        let original = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var s = PeriodText.normalise(text)
        guard !s.isEmpty else { throw .empty }

        if let period = Period(storageKey: original.precomposedStringWithCompatibilityMapping) { return period }
        if let ym = YearMonth.parseNumeric(s) { return .month(ym) }

        var year = defaultYear
        if let range = s.range(of: "年"), s[s.startIndex..<range.lowerBound].count == 4,
            s[s.startIndex..<range.lowerBound].allSatisfy(\.isASCIIDigit)
        {
            year = Int(s[s.startIndex..<range.lowerBound])
            s = String(s[range.upperBound...])
            if s.hasPrefix("度") { s.removeFirst() }
            if s.isEmpty, let year { return try checked(.year(year), original) }
        }
        if s.hasSuffix("累计") { s.removeLast(2) }
        if s.hasSuffix("月份") { s.removeLast() }
        guard let rest = PeriodText.Rest(s) else { throw .unrecognised(original) }
        if case .spanFromLaterMonth = rest { throw .spanNotFromJanuary(original) }
        guard let year else { throw .missingYear(original) }
        guard (1900...9999).contains(year) else { throw .outOfRange(original) }
        switch rest {
        case .fullYear: return .year(year)
        case .forecast: return .forecast(year: year)
        case .quarter(let q):
            guard (1...4).contains(q) else { throw .outOfRange(original) }
            return .quarter(year: year, quarter: q)
        case .month(let m):
            guard let ym = YearMonth(year: year, month: m) else { throw .outOfRange(original) }
            return .month(ym)
        case .yearToDate(let m):
            guard let ym = YearMonth(year: year, month: m) else { throw .outOfRange(original) }
            return .cumulative(through: ym)
        case .spanFromLaterMonth: throw .spanNotFromJanuary(original)
        }
    }

    /// Like `parse(_:defaultYear:)`, nil when the text is not a period.
    public init?(_ text: String, defaultYear: Int? = nil) {
        guard let period = try? Period.parse(text, defaultYear: defaultYear) else { return nil }
        self = period
    }

    private static func checked(_ p: Period, _ original: String) throws(PeriodParseError) -> Period {
        guard (1900...9999).contains(p.year) else { throw .outOfRange(original) }
        return p
    }
}

/// Normalisation and the part of a period name after the year.
enum PeriodText {
    /// NFKC (full-width → half-width), no spaces, every range dash or word (-, –, —, ——, ～, ~, 至, 到) as "—".
    static func normalise(_ text: String) -> String {
        let folded = text.precomposedStringWithCompatibilityMapping
        var out = ""
        for ch in folded where !ch.isWhitespace {
            if "-–—―‐‑−~～〜至到".contains(ch) {
                if out.last != "—" { out.append("—") }
            } else {
                out.append(ch)
            }
        }
        return out
    }

    enum Rest {
        case fullYear, forecast
        case quarter(Int)
        case month(Int)
        case yearToDate(Int)
        case spanFromLaterMonth

        init?(_ s: String) {
            switch s {
            case "全年", "年度", "全年度": self = .fullYear; return
            case "全年预计", "预计", "全年预测", "全年预计数": self = .forecast; return
            case "上半年": self = .yearToDate(6); return
            case "前三季度", "1—3季度": self = .yearToDate(9); return
            default: break
            }
            if s.hasSuffix("季度") || s.uppercased().hasPrefix("Q") {
                var q = s
                if q.hasSuffix("季度") { q.removeLast(2) }
                if q.hasPrefix("第") { q.removeFirst() }
                if q.uppercased().hasPrefix("Q") { q.removeFirst() }
                guard let n = PeriodText.number(q) else { return nil }
                self = .quarter(n)
                return
            }
            guard s.hasSuffix("月") else { return nil }
            let body = s.dropLast()
            let bounds = body.split(separator: "—", omittingEmptySubsequences: false)
            switch bounds.count {
            case 1:
                guard let m = PeriodText.number(String(body)) else { return nil }
                self = .month(m)
            case 2:
                var first = String(bounds[0])
                if first.hasSuffix("月") { first.removeLast() }
                guard let from = PeriodText.number(first), let to = PeriodText.number(String(bounds[1])) else {
                    return nil
                }
                self = from == 1 && to >= 1 ? .yearToDate(to) : .spanFromLaterMonth
            default:
                return nil
            }
        }
    }

    /// "3", "03", "三", "十", "十二".
    static func number(_ s: String) -> Int? {
        if !s.isEmpty, s.count <= 2, s.allSatisfy(\.isASCIIDigit) { return Int(s) }
        let digits: [Character: Int] = ["一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        switch s.count {
        case 1: return s == "十" ? 10 : digits[s.first!]
        case 2 where s.first == "十": return digits[s.last!].map { 10 + $0 }
        default: return nil
        }
    }
}
