/// Decides each slot's type — date, name, text or number — from the characters around it.
enum DraftSlotTyper {
    static func classify(_ a: inout DraftAnalysis) {
        for i in a.runs.indices where a.types[i] == nil {
            a.types[i] = type(a, i)
        }
        // A letters-only mask read as a name but enumerated with quantities after a numeric cue
        // (`分别为XX、XX、XX亿元`) is a number too.
        var i = a.runs.count - 1
        while i > 0 {
            if a.types[i] == .number, a.types[i - 1] == .name, enumerated(a, i - 1) {
                var head = i - 1
                while head > 0, a.types[head - 1] == .name || a.types[head - 1] == .number, enumerated(a, head - 1) {
                    head -= 1
                }
                if hasNumericCue(a, head) { for k in head..<i where a.types[k] == .name { a.types[k] = .number } }
            }
            i -= 1
        }
    }

    /// Run `i` has no unit and is followed by `、` and the next run.
    private static func enumerated(_ a: DraftAnalysis, _ i: Int) -> Bool {
        a.units[i] == nil && a.runs[i].nameShaped && a.next(i, startsAfter: 1) && a.text[a.runs[i].end] == "、"
    }

    private static func type(_ a: DraftAnalysis, _ i: Int) -> DraftSlotType {
        let t = a.text
        let r = a.runs[i]
        let b = r.bodyStart
        let e = r.end
        let before = t[b - 1]
        let after = t[e]
        // Labels: 5G/XG, XKV, 3+2, 7×24小时, X号车间, 〔2019〕98号.
        if t.isUpperLatin(at: e) || t.isUpperLatin(at: b - 1) { return .text }
        if after == "+" || before == "+" || after == "×" || before == "×" { return .text }
        if isBracket(before, opening: true) && isBracket(after, opening: false) {
            return a.length(i) == 4 && !r.hasDot && DraftStructures.isYear(a, i) ? .date : .text
        }
        if after == "号" { return before == "月" ? .date : .text }
        if isDateBySuffix(a, i) { return .date }
        if isInlineListNumber(a, i) { return .text }
        // The first figure of a date range: 1—10月, X—X季度, 2021-2025年.
        if DraftText.isRangeConnector(after), a.next(i, startsAfter: 1), isDateBySuffix(a, i + 1) { return .date }
        if !r.masked && !r.hasDot {
            let digits = a.length(i)
            if digits >= 7 && a.units[i] == nil { return .text }
            if digits >= 3 && t.keys[b] == "0" { return .text }
        }
        if isPhoneNumber(a, i) { return .text }
        if r.nameShaped && a.units[i] == nil {
            // `给予XX—XXX万元奖励`: the first figure of a range whose end carries the unit.
            if let after, DraftText.isRangeConnector(after), a.next(i, startsAfter: 1), a.units[i + 1] != nil,
                !isDateBySuffix(a, i + 1)
            {
                return .number
            }
            return hasNumericCue(a, i) ? .number : .name
        }
        return .number
    }

    private static let phoneCues = DraftCueFinder.Cues(["电话", "传真", "手机", "热线"].map { ($0, ()) })

    /// `联系电话：XXXX-XXXXXXX`: the parts of a phone number right after its label.
    private static func isPhoneNumber(_ a: DraftAnalysis, _ i: Int) -> Bool {
        var k = i
        while k > 0, a.runs[k].start == a.runs[k - 1].end + 1, a.text[a.runs[k - 1].end] == "-" { k -= 1 }
        let b = a.runs[k].bodyStart
        guard a.units[k] == nil, a.units[i] == nil else { return false }
        var p = b
        if a.text[p - 1] == ":" || a.text[p - 1] == "：" { p -= 1 }
        guard let cue = a.cues.nearest(phoneCues, in: max(0, p - 2), p) else { return false }
        return cue.start + cue.length == p
    }

    /// A list number inside a line (`附件：1.重点项目清单`, `主要有：（1）…；（2）…`).
    private static func isInlineListNumber(_ a: DraftAnalysis, _ i: Int) -> Bool {
        let r = a.runs[i]
        guard !r.masked, !r.hasDot, a.length(i) <= 2 else { return false }
        let t = a.text
        let before = t[r.start - 1]
        let after = t[r.end]
        if before == "(" && after == ")" { return a.units[i] == nil }
        guard after == "." || after == "、", !DraftText.isDigit(t[r.end + 1]) else { return false }
        return before == ":" || before == ";" || before == "。" || before == nil || DraftText.isLineBreak(before)
    }

    private static func isBracket(_ c: Unicode.Scalar?, opening: Bool) -> Bool {
        opening ? (c == "〔" || c == "[" || c == "【" || c == "〖") : (c == "〕" || c == "]" || c == "】" || c == "〗")
    }

    private static let month = DraftText.keyed("月")
    private static let quarter = DraftText.keyed("季度")
    private static let monthsCount = DraftText.keyed("个月")
    private static let durationCues = DraftCueFinder.Cues(
        ["连续", "搁浅", "持续", "长达", "历时", "近", "超过", "已有", "经过", "为期", "期限", "满", "未来", "第", "每", "用", "约"]
            .map { ($0, ()) })

    /// A year, month, day or quarter by the character after it (`2021年`, `X月`, `X日`, `1季度`, `前11个月`).
    static func isDateBySuffix(_ a: DraftAnalysis, _ i: Int) -> Bool {
        let t = a.text
        let r = a.runs[i]
        let e = r.end
        if r.hasDot { return false }
        if t.matches(month, at: e) || t[e] == "日" || t.matches(quarter, at: e) { return true }
        if t.matches(monthsCount, at: e) && t[r.bodyStart - 1] == "前" { return true }
        guard t[e] == "年" else { return false }
        let length = a.length(i)
        if length == 4 { return DraftStructures.isYear(a, i) }
        // `21年3月`: a short year followed by a month.
        let next = t[e + 1]
        if DraftText.isDigit(next) || DraftText.isMask(next), a.next(i, startsAfter: 1), t.matches(month, at: a.runs[i + 1].end) {
            return true
        }
        if !r.masked || length < 2 { return false }
        if t[e + 1] == "来" { return false }
        return !a.cues.contains(durationCues, in: max(0, r.bodyStart - 2), r.bodyStart)
    }

    private static let numericCues = DraftCueFinder.Cues(
        ["分别为", "分别", "增长", "下降", "达到", "达", "为", "完成", "实现", "约", "超过", "突破", "排名", "位居", "居", "提高",
            "降低", "增加", "减少", "第", "前", "增速", "增幅", "占", "比重", "共", "计", "合计", "累计", "同比"]
            .map { ($0, ()) })

    /// Whether a letters-only mask without a unit stands where a quantity is expected (`全市排名第X`, `增长XX，`).
    static func hasNumericCue(_ a: DraftAnalysis, _ i: Int) -> Bool {
        let b = a.runs[i].bodyStart
        guard let cue = a.cues.nearest(numericCues, in: max(0, b - 3), b), cue.start + cue.length == b else { return false }
        let after = a.text[a.runs[i].end]
        return after == nil || DraftText.isClauseEnd(after) || after == "、" || after == "”" || after == "位" || after == "名"
            || after == ")"
    }
}
