/// Decides what a quantity measures — value, growth, delta, rank, completion, share, change or other — from
/// the cue words before it in its clause, its unit and what follows it.
enum DraftMeasureClassifier {
    static func classify(_ a: inout DraftAnalysis) {
        for i in a.runs.indices where a.types[i] == .number {
            if a.ratioPart[i] != nil {
                a.measures[i] = .share
                continue
            }
            let m = measure(a, i)
            a.measures[i] = m
            if m == .rank { a.units[i] = nil }
        }
    }

    enum Kind { case growth, completion, share, value, delta, other, level }

    private static let percentCues = DraftCueFinder.Cues<Kind>([
        ("增长", .growth), ("增速", .growth), ("增幅", .growth), ("同比", .growth), ("环比", .growth), ("比上年", .growth),
        ("比去年", .growth), ("较上年", .growth), ("较去年", .growth), ("上涨", .growth), ("下降", .growth),
        ("降低", .growth), ("减少", .growth), ("增加", .growth), ("提高", .growth), ("回落", .growth), ("涨幅", .growth),
        ("降幅", .growth), ("减幅", .growth), ("负增长", .growth), ("上升", .growth), ("下滑", .growth),
        ("完成率", .completion), ("计划的", .completion), ("目标的", .completion), ("任务的", .completion),
        ("占年度", .completion), ("占全年", .completion), ("为年度", .completion), ("开工率", .completion),
        ("到位率", .completion), ("履约率", .completion), ("投产率", .completion), ("达产率", .completion),
        ("完成", .completion), ("进度", .completion), ("年度指标", .completion), ("年度目标", .completion),
        ("超计划", .completion), ("超目标", .completion), ("执行率", .completion), ("序时进度", .other), ("时序进度", .other),
        ("时间进度", .other), ("拉动", .other), ("贡献率", .other),
        ("提高到", .level), ("提高至", .level), ("提升到", .level), ("提升至", .level), ("上升到", .level), ("上升至", .level),
        ("增长到", .level), ("增长至", .level), ("增加到", .level), ("增至", .level), ("升至", .level), ("下降到", .level),
        ("下降至", .level), ("降至", .level), ("降低到", .level), ("降低至", .level), ("回落到", .level), ("回落至", .level),
        ("亏损面", .share), ("比重", .share), ("占比", .share), ("占", .share), ("份额", .share), ("所占", .share), ("构成", .share),
        ("率", .value), ("强度", .value), ("比", .value),
    ])

    private static let quantityCues = DraftCueFinder.Cues<Kind>([
        ("增加", .delta), ("减少", .delta), ("净增", .delta), ("净减", .delta), ("增长", .delta), ("下降", .delta),
        ("增收", .delta), ("减收", .delta), ("提高", .delta), ("回落", .delta), ("上升", .delta), ("提升", .delta), ("降低", .delta), ("多", .delta),
        ("少", .delta), ("扩大", .delta), ("缩小", .delta), ("前移", .delta), ("后移", .delta), ("进位", .delta),
        ("增至", .value), ("升至", .value), ("降至", .value), ("减至", .value), ("到", .value), ("至", .value),
        ("达到", .value), ("达", .value), ("实现", .value), ("完成", .value), ("为", .value), ("共", .value),
        ("累计", .value), ("新增", .value), ("突破", .value), ("超过", .value), ("有", .value), ("计", .value),
        ("预计", .value), ("增加到", .value), ("提高到", .value), ("提升到", .value), ("提升至", .value), ("提高至", .value),
        ("增长到", .value), ("增长至", .value), ("拉动", .other),
    ])

    private static let actionCues = DraftCueFinder.Cues<Kind>(
        ["会议", "召开", "督查", "检查", "巡查", "排查", "执法", "查处", "案件", "处罚", "立案", "问题", "隐患", "整改", "约谈",
            "调度", "事项", "宣讲", "活动", "座谈", "会商", "审议", "通报", "暗访", "核查", "抽查", "整治", "办结", "受理",
            "投诉", "信访", "诈骗", "犯罪", "破获", "抓获", "打击", "清理", "拆除", "取缔", "查封", "督导", "走访", "观摩",
            "许可", "审批",
        ].map { ($0, .other) })

    private static let rateWords = DraftCueFinder.Cues<Kind>(
        ["增速", "增幅", "降幅", "涨幅", "减幅", "同比", "环比", "增长率"].map { ($0, .growth) })

    private static let durationUnits: Set<String> = ["年", "个月", "天", "小时", "分钟", "周"]
    private static let alwaysActionUnits: Set<String> = ["次", "场次", "轮", "场", "批次"]
    private static let countUnits: Set<String> = ["起", "件", "条", "个", "家", "项", "宗", "批", "处", "名", "人", "户"]
    private static let batchUnits: Set<String> = ["批", "批次", "届", "期", "轮", "次", "条", "个", "季度", "号"]
    private static let thresholdWords = ["以上", "以下", "及以上", "以内", "以外", "及以下"].map(DraftText.keyed)

    private static func measure(_ a: DraftAnalysis, _ i: Int) -> SlotMeasure {
        let t = a.text
        let head = a.runs[a.chainHead[i]]
        let clause = t.clauseStart(before: head.bodyStart, limit: 40)
        let window = max(clause, head.bodyStart - 24)
        let unitKey = unitKey(a.units[i]?.key)
        let before = head.bodyStart
        // Ranks: 第X位, 全市排名第X, 前X名; ordinals of batches are other.
        if t[before - 1] == "第" {
            if let unit = unitKey, batchUnits.contains(unit) { return .other }
            if unitKey == nil || unitKey == "位" || unitKey == "名" { return .rank }
            return .other
        }
        if t[before - 1] == "前" || t[before - 1] == "后", unitKey == "名" || unitKey == "位" || unitKey == "强" {
            return .rank
        }
        if unitKey == "百分点" {
            return a.cues.contains(DraftText.keyed("拉动"), in: window, before)
                || a.cues.contains(DraftText.keyed("贡献"), in: window, before) ? .other : .change
        }
        if let unit = unitKey, durationUnits.contains(unit) { return .other }
        if unitKey == "%" || unitKey == "‰" || unitKey == "百分比" {
            if followedByGrowthWord(a, i) { return .growth }
            if isShareOfPlan(a, window, before) { return .completion }
            switch a.cues.nearest(percentCues, in: window, before)?.label {
            case .growth: return .growth
            case .completion: return .completion
            case .share: return .share
            case .other: return .other
            case .level:
                // `供地率提高到78.4%` is the rate's new level; `增速回落至5%` is still a growth rate.
                return a.cues.contains(rateWords, in: window, before) ? .growth : .value
            default: return .value
            }
        }
        if isThreshold(a, i) { return .other }
        // `增长1.5倍` is a growth rate.
        if unitKey == "倍", a.cues.nearest(percentCues, in: window, before)?.label == .growth { return .growth }
        let cue = a.cues.nearest(quantityCues, in: window, before)
        if cue?.label == .delta, let cue, isAdjacent(a, cue.start + cue.length, before) { return .delta }
        if cue?.label == .other { return .other }
        if let unit = unitKey {
            if alwaysActionUnits.contains(unit) { return .other }
            if countUnits.contains(unit) && a.cues.contains(actionCues, in: window, before) { return .other }
        }
        return .value
    }

    private static let projectWord = DraftText.keyed("项目")

    private static let plans = ["年度", "全年", "计划", "目标", "任务", "总投资"].map(DraftText.keyed)

    /// `为年度计划的XX%`, `占总投资的XX%`, `完成年度目标的XX%`: a share of a plan or target is a completion
    /// (checked on the raw text, since 年度计划 and 总投资 are also catalogue names).
    private static func isShareOfPlan(_ a: DraftAnalysis, _ window: Int, _ before: Int) -> Bool {
        let t = a.text
        var p = before - 1
        while p >= window {
            if t.keys[p] == "占" || (t.keys[p] == "为" && t[before - 1] == "的") {
                return plans.contains { word in (p + 1..<before).contains { t.matches(word, at: $0) } }
            }
            p -= 1
        }
        return t[before - 1] == "的" && plans.contains { word in (window..<before).contains { t.matches(word, at: $0) } }
    }

    /// A delta's verb stands right before the figure (`同比增加XX万元`, `净增了X家`), not a few words earlier
    /// (`技能提升培训XX人`).
    private static func isAdjacent(_ a: DraftAnalysis, _ cueEnd: Int, _ figure: Int) -> Bool {
        var p = cueEnd
        while p < figure, let c = a.text[p], c == "了" || c == "约" || c == "近" || c == "达" || c == " " { p += 1 }
        return p == figure
    }

    /// The unit's key without a magnitude (`万吨` → `吨`) for the few checks that need the base.
    private static func unitKey(_ key: String?) -> String? {
        guard let key else { return nil }
        if key == "％" { return "%" }
        return key
    }

    /// `实现5%的增幅`, `XX%的增长`.
    private static func followedByGrowthWord(_ a: DraftAnalysis, _ i: Int) -> Bool {
        guard let unit = a.units[i] else { return false }
        let t = a.text
        var p = unit.end
        if t[p] == "的" { p += 1 }
        return t.matches(DraftText.keyed("增幅"), at: p) || t.matches(DraftText.keyed("增长"), at: p)
            || t.matches(DraftText.keyed("增速"), at: p)
    }

    /// A threshold qualifies a noun: `X亿元以上项目`, `5000万元以上的企业`.
    static func isThreshold(_ a: DraftAnalysis, _ i: Int) -> Bool {
        let t = a.text
        var p = a.units[i]?.end ?? a.runs[i].end
        if t[p] == "余" || t[p] == "多" { p += 1 }
        // `10—50亿元项目`: a range of money qualifying 项目 is a size class.
        if a.chainLength[i] > 1, let unit = a.units[i], unit.key.contains("元"), t.matches(projectWord, at: p) { return true }
        guard let word = thresholdWords.first(where: { t.matches($0, at: p) }) else { return false }
        let next = t[p + word.count]
        guard let next else { return false }
        if DraftText.isClauseEnd(next) || next == "、" || next == "”" || next == "的" && t[p + word.count + 1] == "增" {
            return false
        }
        return true
    }
}
