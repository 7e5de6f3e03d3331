/// Gives each quantity the period the text states for it (informative, not scored): the latest year written
/// before it, the months, quarter or half-year of its sentence, `末` for stocks at a period's end and `预计` for
/// forecasts.
enum DraftPeriodTracker {
    private static let periodWords = [
        "前三季度", "一季度", "二季度", "三季度", "四季度", "第一季度", "第二季度", "第三季度", "第四季度", "上半年", "下半年", "全年",
    ].map(DraftText.keyed)
    private static let forecast = DraftText.keyed("预计")

    static func track(_ a: inout DraftAnalysis) {
        let t = a.text
        let bounds = DraftBounds(t)
        var year: String?
        var months: (text: String, sentence: Int)?
        var i = 0
        while i < a.runs.count {
            let r = a.runs[i]
            let sentence = bounds.sentenceStart[r.bodyStart]
            if a.types[i] == .date {
                if t[r.end] == "年" && a.length(i) >= 4 {
                    year = t.string(r.bodyStart..<(r.end + 1))
                } else if t[r.end] == "月" || (DraftText.isRangeConnector(t[r.end]) && i + 1 < a.runs.count) {
                    var j = i
                    while j + 1 < a.runs.count, a.types[j + 1] == .date, a.runs[j + 1].start <= a.runs[j].end + 1 { j += 1 }
                    var end = a.runs[j].end
                    if t[end] == "年" {
                        if a.length(j) >= 4 { year = t.string(a.runs[j].bodyStart..<(end + 1)) }
                        i = j + 1
                        continue
                    }
                    if t[end] == "月" || t[end] == "日" { end += 1 }
                    if t[end] == "末" || t[end] == "底" { end += 1 }
                    if t.matches(DraftText.keyed("季度"), at: end - 0) { end += 2 }
                    months = (t.string(a.runs[i].start..<end), sentence)
                    i = j + 1
                    continue
                }
            }
            if a.types[i] == .number {
                var period = year ?? ""
                if let m = months, m.sentence == sentence { period += m.text }
                let lo = sentence
                if let word = periodWords.first(where: { a.cues.contains($0, in: lo, r.bodyStart) }) {
                    period += String(String.UnicodeScalarView(word))
                }
                if a.cues.contains(forecast, in: lo, r.bodyStart) { period += "预计" }
                a.periods[i] = period.isEmpty ? nil : period
            }
            i += 1
        }
    }
}
