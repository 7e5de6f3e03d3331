/// Recognises figures that only make sense together: times of day (`12:14`), ratios (`XX：XX：XX`) and
/// dates written with separators (`2024-07-24`, `R/2024-01953`).
enum DraftStructures {
    static func mark(_ a: inout DraftAnalysis) {
        let t = a.text
        var i = 0
        while i < a.runs.count {
            // A run of figures joined by colons.
            var j = i
            while a.next(j, startsAfter: 1) && t[a.runs[j].end] == ":" { j += 1 }
            if j > i {
                let asciiColon = t.scalars[a.runs[i].end] == ":"
                if j == i + 1 && isTime(a, i) && (asciiColon || !hasRatioCue(a, i)) {
                    a.types[i] = .text
                    a.types[j] = .text
                } else {
                    for k in i...j {
                        a.types[k] = .number
                        a.ratioPart[k] = (k - i, j - i + 1)
                        a.units[k] = nil
                    }
                }
                i = j + 1
                continue
            }
            markSeparatedDate(&a, i)
            i += 1
        }
    }

    private static func isTime(_ a: DraftAnalysis, _ i: Int) -> Bool {
        let h = a.runs[i]
        let m = a.runs[i + 1]
        guard !h.masked, !m.masked, !h.hasDot, !m.hasDot, a.length(i) <= 2, a.length(i + 1) == 2 else { return false }
        guard let hours = Int(a.text.keyString(h.bodyStart..<h.end)), let minutes = Int(a.text.keyString(m.bodyStart..<m.end))
        else { return false }
        return hours < 24 && minutes < 60
    }

    private static let ratioCues = DraftCueFinder.Cues([("比", ()), ("结构", ()), ("比例", ()), ("调整为", ()), ("调整到", ())])

    private static func hasRatioCue(_ a: DraftAnalysis, _ i: Int) -> Bool {
        let b = a.runs[i].bodyStart
        return a.cues.contains(ratioCues, in: max(0, b - 12), b)
    }

    /// `2024-07-24`, `2024/7/24`, and the year of an index number `…/2024-01953`.
    private static func markSeparatedDate(_ a: inout DraftAnalysis, _ i: Int) {
        let t = a.text
        let r = a.runs[i]
        guard a.length(i) == 4, !r.hasDot, isYear(a, i) else { return }
        let sep = t[r.end]
        guard sep == "-" || sep == "/", a.next(i, startsAfter: 1) else { return }
        if a.next(i + 1, startsAfter: 1), t[a.runs[i + 1].end] == sep, a.length(i + 1) <= 2, a.length(i + 2) <= 2 {
            a.types[i] = .date
            a.types[i + 1] = .date
            a.types[i + 2] = .date
        } else if t[r.bodyStart - 1] == "/" && a.length(i + 1) >= 4 {
            a.types[i] = .date
            a.types[i + 1] = .text
        }
    }

    static func isYear(_ a: DraftAnalysis, _ i: Int) -> Bool {
        let r = a.runs[i]
        let first = a.text.keys[r.bodyStart]
        return first == "1" || first == "2" || DraftText.isMask(first)
    }
}
