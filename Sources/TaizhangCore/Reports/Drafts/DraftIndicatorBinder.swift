/// Binds each quantity to the catalogue indicator it measures: the nearest catalogue name before it in its
/// clause, carried to growth rates and later clauses of the sentence, mapped in order across `分别` lists, and
/// left empty for single projects or enterprises and for subsets (thresholds, `省百大`, `新建` only).
enum DraftIndicatorBinder {
    static func bind(_ a: inout DraftAnalysis, skipping decided: [Bool]) {
        let bounds = DraftBounds(a.text)
        var current: Indicator?
        var sentence = -1
        var subset = false
        for i in a.runs.indices {
            let r = a.runs[i]
            let s = bounds.sentenceStart[r.bodyStart]
            if s != sentence {
                sentence = s
                current = nil
                subset = false
            }
            guard a.types[i] == .number, !decided[i], let measure = a.measures[i] else { continue }
            if measure == .other {
                if DraftMeasureClassifier.isThreshold(a, i) { subset = true }
                continue
            }
            // A size class of projects (`10亿元以上重大项目5个`) narrows only project figures: `实际到位内资增长10%`
            // later in the sentence is the whole zone's again.
            if subset, let match = lastName(a, from: bounds.clauseStart[r.bodyStart], to: r.bodyStart),
                !projectCodes.contains(match.indicator.code)
            {
                subset = false
            }
            if let part = a.ratioPart[i] {
                a.indicators[i] = threeIndustries(a, i, part)
                continue
            }
            let head = a.chainHead[i]
            if let listed = listed(a, i, bounds) {
                a.indicators[i] = listed
                current = listed
                continue
            }
            if head != i {
                a.indicators[i] = a.indicators[head]
                continue
            }
            if subset || isSubset(a, i, bounds) {
                a.indicators[i] = nil
                if measure == .value { current = nil }
                continue
            }
            // A value names its own quantity after the figure before it in the clause (`城镇新增就业XX人、转移农村
            // 劳动力XX人`); rates and differences describe the quantity named before.
            var from = bounds.clauseStart[r.bodyStart]
            if measure == .value, i > 0, a.runs[i - 1].end >= from, a.types[i - 1] == .number {
                from = a.units[i - 1].map { max($0.end, a.runs[i - 1].end) } ?? a.runs[i - 1].end
            }
            var found = named(a, i, bounds, measure, from: from)
            let clause = bounds.clauseStart[r.bodyStart]
            if found == nil {
                if measure != .value || isFillerOnly(a, from, r.bodyStart) {
                    found = current
                } else if let earlier = lastName(a, from: clause, to: from) {
                    // `粮食种植面积XX万亩、产量达X亿公斤` → 粮食 + 产量.
                    found = composed(a, i, earlier, gapFrom: from)
                }
            }
            if let candidate = found, measure == .value || measure == .delta, !compatible(a.units[i]?.key, candidate) {
                found = lastName(a, from: from, to: r.bodyStart).flatMap { composed(a, i, $0, gapFrom: $0.end) }
            }
            if let candidate = found { found = projectInvestment(a, candidate, i, bounds) }
            a.indicators[i] = found
            if measure == .value || found != nil { current = found }
        }
    }

    // MARK: names

    /// The nearest catalogue name before the figure within its clause (before the 占/为 of a share or
    /// completion, whose object is the denominator), or a name right after a count (`共有7个省市重点项目`).
    private static func named(
        _ a: DraftAnalysis, _ i: Int, _ bounds: DraftBounds, _ measure: SlotMeasure, from clause: Int
    ) -> Indicator? {
        let r = a.runs[i]
        var anchor = r.bodyStart
        if measure == .completion || measure == .share {
            // `占固定资产投资的比重为44.1%`: the 占 opens the denominator even when a 为 stands nearer.
            var p = r.bodyStart - 1
            while p >= clause {
                let c = a.text.keys[p]
                if c == "占" { anchor = p; break }
                if c == "为" && anchor == r.bodyStart { anchor = p }
                p -= 1
            }
        }
        if var match = lastName(a, from: clause, to: anchor) {
            // `完成年度计划的95.2%`: a name joined to the rate by 的 is what the rate is measured against.
            if measure == .completion || measure == .share, a.text[match.end] == "的" {
                guard let earlier = lastName(a, from: clause, to: match.start) else { return nil }
                // `重点项目完成年度计划投资的XX%`: what key projects complete against their plan is their investment.
                if measure == .completion, planCodes.contains(match.indicator.code), earlier.indicator.code == "key_projects",
                    a.text.endsWith(completeWord, before: match.start),
                    let done = a.catalogue.indicator(code: "key_project_completed_investment")
                {
                    return isQualified(a, earlier) ? nil : done
                }
                match = earlier
            }
            if isQualified(a, match) || isPerUnit(a, match, before: r.bodyStart) || isOfNarrowPopulation(a, match) {
                return nil
            }
            return match.indicator
        }
        if let unit = a.units[i], countDimension(unit.key) {
            if let match = firstName(a, from: unit.end), match.start == unit.end, countDimension(match.indicator.unit.symbol) {
                return isQualified(a, match) ? nil : match.indicator
            }
            // 招引7个项目 → 招引项目, 新开工X个项目 → 新开工项目.
            let noun = DraftText.keyed("项目")
            if a.text.matches(noun, at: unit.end) {
                // `今年签约的58个项目` reads as 签约项目 too.
                let verbEnd = a.text[r.bodyStart - 1] == "的" ? r.bodyStart - 1 : r.bodyStart
                for length in [3, 2] where verbEnd - length >= clause {
                    let verb = a.text.keyString((verbEnd - length)..<verbEnd)
                    if let found = a.catalogue.resolve(verb + "项目") { return found }
                }
            }
        }
        return nil
    }

    private static let planCodes: Set<String> = ["key_project_annual_plan", "key_project_planned_investment"]
    private static let completeWord = DraftText.keyed("完成")

    /// The first name match starting at or after `p`.
    private static func firstName(_ a: DraftAnalysis, from p: Int) -> DraftNameMatch? {
        let low = firstNameIndex(a, from: p)
        return low < a.names.count ? a.names[low] : nil
    }

    private static func firstNameIndex(_ a: DraftAnalysis, from p: Int) -> Int {
        var low = 0
        var high = a.names.count
        while low < high {
            let mid = (low + high) / 2
            if a.names[mid].start < p { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private static func lastName(_ a: DraftAnalysis, from lo: Int, to hi: Int) -> DraftNameMatch? {
        // Binary search for the last match ending at or before `hi`.
        var low = 0
        var high = a.names.count
        while low < high {
            let mid = (low + high) / 2
            if a.names[mid].end <= hi { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return nil }
        let match = a.names[low - 1]
        // A name may straddle the clause start when it holds brackets: 经营（销售）收入.
        return match.end > lo ? match : nil
    }

    /// Words that narrow a name to one class or one industry (`限上`, `新建项目`, `工业税收`, `制造业项目到位资金`,
    /// `新材料产业营业收入`).
    private static let qualifiers = [
        "新建", "续建", "规下", "限上", "县级", "省级", "市级", "区级", "单个", "工业", "制造业", "服务业", "农业", "建筑业",
        "产业", "行业",
    ].map(DraftText.keyed)

    /// Enterprise populations that are a part of all enterprises: their revenue or profit is a subset's.
    private static let narrowPopulations: Set<String> = ["hightech_enterprises", "tech_smes", "ecommerce_enterprises"]
    private static let linkVerbs = ["实现", "完成", "的", "共", "合计", "累计"].map(DraftText.keyed)

    /// `高新技术企业实现营业收入XX亿元`: an amount of one enterprise population, not the zone's total.
    private static func isOfNarrowPopulation(_ a: DraftAnalysis, _ match: DraftNameMatch) -> Bool {
        guard !countDimension(match.indicator.unit.symbol),
            let population = lastName(a, from: max(0, match.start - 8), to: match.start),
            narrowPopulations.contains(population.indicator.code)
        else { return false }
        var p = population.end
        while p < match.start, let word = linkVerbs.first(where: { a.text.matches($0, at: p) }) { p += word.count }
        return p == match.start
    }

    private static let perUnitWords = ["亩均", "人均", "户均", "地均", "每万人"].map(DraftText.keyed)

    /// `规上工业企业亩均增加值`, `每万人有效发明专利拥有量`: a per-unit figure is another quantity than the name's total.
    private static func isPerUnit(_ a: DraftAnalysis, _ match: DraftNameMatch, before figure: Int) -> Bool {
        rawContainsAny(a.text, perUnitWords, max(0, match.start - 3), match.start)
            || rawContainsAny(a.text, perUnitWords, match.end, figure)
    }

    private static func rawContainsAny(_ t: DraftText, _ words: [[Unicode.Scalar]], _ lo: Int, _ hi: Int) -> Bool {
        words.contains { rawContains(t, $0, lo, hi) }
    }

    private static let projectWord = DraftText.keyed("项目")

    /// A name narrowed to a subset by the words before it (`新建项目完成投资额`, `县级重点项目`).
    private static func isQualified(_ a: DraftAnalysis, _ match: DraftNameMatch) -> Bool {
        let start = a.text.endsWith(projectWord, before: match.start) ? match.start - projectWord.count : match.start
        return qualifiers.contains { a.text.endsWith($0, before: start) }
    }

    // MARK: 分别 lists

    private static let respectively = DraftText.keyed("分别")

    /// In `A、B、C分别…X、Y、Z` the n-th figure belongs to the n-th name.
    private static func listed(_ a: DraftAnalysis, _ i: Int, _ bounds: DraftBounds) -> Indicator? {
        let head = a.runs[a.chainHead[i]]
        let clause = bounds.clauseStart[head.bodyStart]
        var p = head.bodyStart - respectively.count
        var at = -1
        while p >= clause {
            if a.text.matches(respectively, at: p) { at = p; break }
            p -= 1
        }
        guard at >= 0 else { return nil }
        let sentence = bounds.sentenceStart[head.bodyStart]
        // Names are sorted and do not overlap: walk from the first at or after the sentence start (linear overall).
        var all: [DraftNameMatch] = []
        var m = firstNameIndex(a, from: sentence)
        while m < a.names.count, a.names[m].end <= at {
            all.append(a.names[m])
            m += 1
        }
        // Only the names after the figures before 分别 head this list (`A、B分别签约X个、Y个，签约金额分别为…`); when
        // none stand there, the list repeats the names of an earlier list (`分别实现…，同比分别增长…`).
        var previous = sentence
        var q = a.chainHead[i] - 1
        while q >= 0 && a.runs[q].start >= at { q -= 1 }
        if q >= 0 && a.runs[q].end > sentence { previous = a.runs[q].end }
        let recent = all.filter { $0.start >= previous }
        let names = recent.isEmpty ? all : recent
        if recent.count == 1 { return isQualified(a, recent[0]) ? nil : recent[0].indicator }
        guard names.count >= 2 else { return nil }
        // The figures after 分别 in this clause, in order (`分别居全市第3、第5、第11位` is not one chain).
        var listedRuns: [Int] = []
        var k = a.chainHead[i]
        while k > 0 && a.runs[k - 1].start > at { k -= 1 }
        while k < a.runs.count && bounds.clauseStart[a.runs[k].bodyStart] == clause {
            if a.types[k] == .number && a.runs[k].start > at { listedRuns.append(k) }
            k += 1
        }
        guard let index = listedRuns.firstIndex(of: i) else { return nil }
        let length = listedRuns.count
        if names.count >= length { return names[names.count - length + index].indicator }
        return index < names.count ? names[index].indicator : nil
    }

    // MARK: subsets

    private static let segmentQualifiers = [
        "省百大", "市百大", "省重点", "县级重点", "省级重点", "市级重点", "区级重点", "县重点", "市重点",
    ].map(DraftText.keyed)

    /// A class word, but not the 市重点 of `省市重点` or `全市重点` (all key projects).
    private static func rawContainsClass(_ t: DraftText, _ word: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> Bool {
        var p = max(0, lo)
        while p + word.count <= hi {
            if t.matches(word, at: p), !(word.first == "市" && (t[p - 1] == "省" || t[p - 1] == "全" || t[p - 1] == "本")) {
                return true
            }
            p += 1
        }
        return false
    }
    private static let entityWords = DraftCueFinder.Cues(
        ["项目", "公司", "集团", "企业", "厂", "有限"].map { ($0, ()) })
    private static let verbs: Set<Unicode.Scalar> = ["共", "有", "是", "为", "获", "坚", "将", "以", "在", "已", "把", "对", "与", "和", "的", "等", "、"]

    /// Figures of one project or enterprise (`XX精密铸锻造产业园项目…完成投资`) or of one class of projects
    /// named at the head of the passage (`二是推进市百大产业链项目。…`).
    private static func isSubset(_ a: DraftAnalysis, _ i: Int, _ bounds: DraftBounds) -> Bool {
        let t = a.text
        let r = a.runs[i]
        // A class named at the head of a 一是/二是 passage covers the passage; otherwise only its own sentence
        // (`其中，省重点项目18个…；市重点项目45个…。新开工项目39个` — the last is all projects again).
        let marked = bounds.segmentMarked[r.bodyStart]
        let segment = marked ? bounds.segmentStart[r.bodyStart] : bounds.sentenceStart[r.bodyStart]
        for word in segmentQualifiers where rawContainsClass(a.text, word, segment, r.bodyStart) { return true }
        // Only the figure's clause and the clause before it (`其中xx项目，总投资2亿元`).
        let clause = bounds.clauseStart[r.bodyStart]
        let previous = clause > 0 ? max(bounds.sentenceStart[r.bodyStart], bounds.clauseStart[clause - 1]) : clause
        var k = i - 1
        while k >= 0 && a.runs[k].start >= previous {
            if a.types[k] == .name {
                let end = a.runs[k].end
                // `重点引进xx，年营业收入可达6亿元`: the clause before ends with the entity's name.
                if end == clause - 1 { return true }
                var p = end
                let limit = min(t.count, end + 10)
                while p < limit, let c = t[p], !DraftText.isClauseEnd(c), !verbs.contains(c), !DraftText.isDigit(c),
                    !DraftText.isMask(c)
                {
                    if let cue = a.cues.nearest(entityWords, in: end, p + 1), cue.start + cue.length == p + 1 { return true }
                    p += 1
                }
            }
            k -= 1
        }
        return false
    }

    // MARK: carrying a name to later clauses

    private static let fillers = [
        "全年预计", "全年", "预计", "完成", "实现", "达到", "达", "为", "累计", "共计", "共", "约", "可", "将", "力争", "确保", "已",
        "超额", "总计", "合计", "突破", "超过", "年", "月", "季度", "前", "上半", "下半", "底", "末", "份", "同期", "当年", "今年",
        "去年", "全区", "全县", "全市", "截至", "截止", "目前", "其中", "-", "—", "至", " ", "、", "同比", "比上年", "总数", "总量", "共有",
    ].map(DraftText.keyed)

    /// Whether the clause before the figure holds only dates and verbs (`全年预计完成XX亿元`), so that the
    /// quantity is the one named before.
    private static func isFillerOnly(_ a: DraftAnalysis, _ lo: Int, _ hi: Int) -> Bool {
        var p = lo
        while p < hi {
            let c = a.text.keys[p]
            if DraftText.isDigit(c) || DraftText.isMask(c) || c == "." { p += 1; continue }
            guard let word = fillers.first(where: { a.text.matches($0, at: p) && p + $0.count <= hi }) else { return false }
            p += word.count
        }
        return true
    }

    // MARK: units

    private enum Dimension { case money, percent, area, mass, count, other }

    private static let countUnits: Set<String> = [
        "户", "家", "个", "件", "项", "人", "名", "座", "栋", "条", "处", "所", "批", "宗", "套", "台", "辆", "株",
    ]

    private static func countDimension(_ key: String) -> Bool { dimension(key) == .count }

    private static func dimension(_ key: String) -> Dimension {
        if key.contains("元") { return .money }
        if key == "%" || key == "‰" || key == "百分比" { return .percent }
        if key.hasSuffix("亩") || key.hasSuffix("公顷") || key.hasSuffix("平方米") || key.hasSuffix("平米") || key.hasSuffix("平方公里") {
            return .area
        }
        if key.hasSuffix("吨") || key.hasSuffix("公斤") || key.hasSuffix("千克") { return .mass }
        var base = key
        if base.hasPrefix("万") || base.hasPrefix("亿") { base.removeFirst() }
        return countUnits.contains(base) ? .count : .other
    }

    private static func dimension(_ indicator: Indicator) -> Dimension {
        if indicator.unit.isMoney { return .money }
        return dimension(indicator.unit.symbol)
    }

    private static func compatible(_ unit: String?, _ indicator: Indicator) -> Bool {
        guard let unit else { return true }
        let mine = dimension(unit)
        let theirs = dimension(indicator)
        return mine == theirs || mine == .other || theirs == .other
    }

    private static let quantityNouns = ["总产值", "产值", "增加值", "营业收入", "销售收入", "总产量", "产量"]
    private static let populationWords = ["种植面积", "播种面积", "企业数", "企业", "面积"]

    /// `规模以上工业企业完成总产值…亿元`: an enterprise population followed by a quantity names the quantity's
    /// indicator (规模以上工业 + 总产值).
    private static func composed(_ a: DraftAnalysis, _ i: Int, _ match: DraftNameMatch, gapFrom: Int) -> Indicator? {
        let r = a.runs[i]
        var stem = a.text.keyString(match.start..<match.end)
        for suffix in populationWords where stem.hasSuffix(suffix) {
            stem.removeLast(suffix.count)
            break
        }
        if rawContainsAny(a.text, perUnitWords, gapFrom, r.bodyStart) { return nil }
        let gap = a.text.keyString(gapFrom..<r.bodyStart)
        for noun in quantityNouns where gap.contains(noun) {
            if let found = a.catalogue.resolve(stem + noun), compatible(a.units[i]?.key, found) { return found }
        }
        return nil
    }

    private static let projectCodes: Set<String> = [
        "signed_projects", "signed_value", "key_projects", "key_project_planned_investment", "key_project_annual_plan",
        "key_project_completed_investment", "completed_projects", "new_projects_started",
    ]

    private static let keyProjects = DraftText.keyed("重点项目")
    private static let keyWord = DraftText.keyed("重点")

    /// The generic project-investment names (总投资, 完成投资, 年度计划投资) measure the key projects only where the
    /// passage is about key projects; for signed or introduced projects the total investment is 签约金额.
    private static func projectInvestment(_ a: DraftAnalysis, _ candidate: Indicator, _ i: Int, _ bounds: DraftBounds)
        -> Indicator?
    {
        guard candidate.code.hasPrefix("key_project_") else { return candidate }
        let b = a.runs[i].bodyStart
        let sentence = bounds.sentenceStart[b]
        if let match = lastName(a, from: bounds.clauseStart[b], to: b), match.indicator == candidate,
            rawContains(a.text, keyWord, match.start, match.end)
        {
            return candidate
        }
        if rawContains(a.text, keyProjects, min(sentence, bounds.segmentStart[b]), b) { return candidate }
        if candidate.code == "key_project_planned_investment", isSignedContext(a, sentence, b) {
            return a.catalogue.indicator(code: "signed_value")
        }
        // A bulletin whose title (a short first line) is about key projects.
        if bounds.firstLineEnd <= 40, rawContains(a.text, keyProjects, 0, min(b, bounds.firstLineEnd)) {
            return candidate
        }
        return nil
    }

    private static func rawContains(_ t: DraftText, _ word: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> Bool {
        var p = max(0, lo)
        while p + word.count <= hi {
            if t.matches(word, at: p) { return true }
            p += 1
        }
        return false
    }

    private static let signedWords = DraftCueFinder.Cues(["签约", "招引", "引进", "招商", "落地"].map { ($0, ()) })

    /// The total investment of signed or introduced projects is 签约金额.
    private static func isSignedContext(_ a: DraftAnalysis, _ sentence: Int, _ b: Int) -> Bool {
        a.cues.contains(signedWords, in: sentence, b)
    }

    private static let structureWords = DraftCueFinder.Cues(["三次产业", "产业结构", "三产结构", "一二三产"].map { ($0, ()) })

    /// The parts of `三次产业 XX：XX：XX` are the shares of the three industries' value added.
    private static func threeIndustries(_ a: DraftAnalysis, _ i: Int, _ part: (index: Int, count: Int)) -> Indicator? {
        guard part.count == 3 else { return nil }
        let first = a.runs[i - part.index].bodyStart
        guard a.cues.contains(structureWords, in: max(0, first - 16), first) else { return nil }
        return a.catalogue.indicator(code: ["va_primary", "va_secondary", "va_tertiary"][part.index])
    }
}

/// For every position of a draft: where its sentence, clause and passage (一是…, 二是…, or the line) begin.
struct DraftBounds {
    var sentenceStart: [Int]
    var clauseStart: [Int]
    var segmentStart: [Int]
    /// Whether the passage holding the position was opened by 一是, 二是… rather than by a line break.
    var segmentMarked: [Bool]
    /// The end of the first line (the title of most drafts).
    var firstLineEnd: Int

    private static let segmentMarks = ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "一方面", "另一方面"]
        .map(DraftText.keyed)

    init(_ t: DraftText) {
        let n = t.count
        sentenceStart = Array(repeating: 0, count: n + 1)
        clauseStart = Array(repeating: 0, count: n + 1)
        segmentStart = Array(repeating: 0, count: n + 1)
        segmentMarked = Array(repeating: false, count: n + 1)
        let lineEnd = t.keys.firstIndex(where: DraftText.isLineBreak) ?? n
        firstLineEnd = t.keys[0..<lineEnd].contains("。") ? n : lineEnd
        var sentence = 0
        var clause = 0
        var segment = 0
        var marked = false
        for p in 0...n {
            if p < n, DraftBounds.segmentMarks.contains(where: { t.matches($0, at: p) }) {
                segment = p
                marked = true
            }
            sentenceStart[p] = sentence
            clauseStart[p] = clause
            segmentStart[p] = segment
            segmentMarked[p] = marked
            guard p < n else { break }
            let c = t.keys[p]
            if DraftText.isSentenceEnd(c) { sentence = p + 1 }
            if DraftText.isClauseEnd(c) { clause = p + 1 }
            if DraftText.isLineBreak(c) {
                segment = p + 1
                marked = false
            }
        }
    }
}
