/// The fixed words of the language (qualifiers, measures, helpers, keywords) and "did you mean" by edit distance.
enum TemplateVocabulary {
    /// Words naming the parent unit; 全区 is not one of them: in a zone's report it means the zone itself.
    static let parentWords: Set<String> = ["全市", "全县", "全省", "全州", "全盟", "上级", "市级"]

    static let periodWords: [String: PeriodChoice] = [
        "上年": PeriodChoice(yearsBack: 1), "去年": PeriodChoice(yearsBack: 1), "上年同期": PeriodChoice(yearsBack: 1),
        "本月": PeriodChoice(span: .month), "当月": PeriodChoice(span: .month),
        "累计": PeriodChoice(span: .cumulative), "全年": PeriodChoice(span: .year),
    ]

    static let measureWords: [String: TemplateMeasure] = [
        "增速": .growth, "增长": .growth, "同比": .growth, "同比增速": .growth, "同比增长": .growth, "增幅": .growth,
        "排名": .rank, "总量排名": .rank, "增速排名": .growthRank, "增幅排名": .growthRank,
        "完成率": .completionRate, "目标完成率": .completionRate, "较上年增加": .delta, "较上年增长": .delta,
        "增量": .delta, "增加额": .delta, "较上年": .delta, "目标": .target, "年度目标": .target, "目标值": .target,
        "目标增速": .targetGrowth, "增速目标": .targetGrowth,
    ]

    /// Measure words that may be glued to a name ("地区生产总值增速"), longest first so 增速排名 wins over 排名.
    static let gluedMeasureSuffixes: [String] = measureWords.keys.sorted { $0.count > $1.count }

    static let wordingWords: [String: TemplateWording] = [
        "增减": .change, "升降": .points, "高低": .compareParent(word: nil), "位次": .place,
    ]

    static let unitWords: Set<String> = ["亿元", "万元", "元", "亿美元", "万美元", "美元"]

    static let helperWords: [String] = ["增减", "升降", "高低", "位次", "带单位", "小数"] + unitWords.sorted()

    static let blockKeywords = ["每个", "如果"]
    static let directiveKeywords = ["表格", "填写", "落款", "否则"]

    /// Every word an expression head may contain besides a name, for suggestions.
    static var headWords: [String] {
        Array(parentWords) + Array(periodWords.keys) + Array(measureWords.keys)
    }

    /// Up to `limit` candidates within edit distance max(1, half the longer word), closest first.
    /// `containment` also admits a candidate containing the word or contained in it ("地区" for "地区生产总直"),
    /// useful for keywords, too loose beside the catalogue's own suggestions.
    static func closest(
        to word: String, among candidates: [String], limit: Int = 3, containment: Bool = true
    ) -> [String] {
        var scored: [(String, Int)] = []
        var seen: Set<String> = []
        for candidate in candidates where !seen.contains(candidate) {
            seen.insert(candidate)
            let distance = IndicatorName.editDistance(word, candidate)
            let contains = containment && !word.isEmpty && (candidate.contains(word) || word.contains(candidate))
            guard distance * 2 <= max(2, max(word.count, candidate.count)) || contains else { continue }
            scored.append((candidate, contains ? distance / 4 : distance))
        }
        return scored.sorted { ($0.1, $0.0.count, $0.0) < ($1.1, $1.0.count, $1.0) }.prefix(limit).map(\.0)
    }
}
