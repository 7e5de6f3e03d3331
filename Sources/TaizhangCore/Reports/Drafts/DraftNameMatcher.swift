/// A catalogue indicator name or alias found in a draft.
struct DraftNameMatch {
    var start: Int
    var end: Int
    var indicator: Indicator
}

/// Finds catalogue names and aliases in a draft, longest first and never overlapping, with the positions they
/// cover (so that cue words inside a name are not read as cues).
struct DraftNameMatcher {
    private var byFirst: [Unicode.Scalar: [([Unicode.Scalar], Int)]] = [:]
    private let indicators: [Indicator]

    init(catalogue: IndicatorCatalogue) {
        indicators = catalogue.indicators
        for (index, indicator) in indicators.enumerated() {
            for name in [indicator.name] + indicator.aliases + DraftNameMatcher.extraNames(for: indicator) {
                let key = DraftText.keyed(name).filter { $0 != " " }
                guard key.count >= 2, let first = key.first else { continue }
                byFirst[first, default: []].append((key, index))
            }
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.0.count > $1.0.count } }
    }

    /// A few everyday phrasings of catalogue names that the catalogue does not list (`进出口`).
    private static func extraNames(for indicator: Indicator) -> [String] {
        switch indicator.code {
        case "foreign_trade": ["进出口"]
        // The contract: the 到位资金 of investment promotion is 实际利用内资.
        case "domestic_capital": ["到位资金", "内资到位"]
        case "signed_value": ["签约总额", "签约额"]
        case "va_primary": ["第一产业"]
        case "va_secondary": ["第二产业"]
        case "va_tertiary": ["第三产业"]
        default: []
        }
    }

    func matches(in t: DraftText) -> (matches: [DraftNameMatch], covered: [Bool]) {
        var found: [DraftNameMatch] = []
        var covered = [Bool](repeating: false, count: t.count)
        var i = 0
        while i < t.count {
            if let candidates = byFirst[t.keys[i]],
                let (key, index) = candidates.first(where: { t.matches($0.0, at: i) }),
                !DraftNameMatcher.rejected(t, key, at: i)
            {
                found.append(DraftNameMatch(start: i, end: i + key.count, indicator: indicators[index]))
                for k in i..<(i + key.count) { covered[k] = true }
                i += key.count
            } else {
                i += 1
            }
        }
        return (found, covered)
    }

    /// Short aliases that are also parts of other words: the 出口 of 进出口, the 利润 of 利润率, 税收 of 税收优惠,
    /// and names turned into another quantity by a per-unit prefix (亩均税收, 人均营业收入).
    private static func rejected(_ t: DraftText, _ key: [Unicode.Scalar], at i: Int) -> Bool {
        let after = t[i + key.count]
        if perUnit.contains(where: { t.endsWith($0, before: i) }) { return true }
        if key == exports && t[i - 1] == "进" { return true }
        if after == "率" { return true }
        if key == tax, after == "优" || after == "政" { return true }
        return false
    }

    private static let exports = DraftText.keyed("出口")
    private static let perUnit = ["亩均", "人均", "户均", "平均", "单位", "地均"].map(DraftText.keyed)
    private static let tax = DraftText.keyed("税收")
}
