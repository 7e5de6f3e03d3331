/// Finds context words (cues) near a figure: the cue ending nearest to a position within a window, ignoring
/// words that sit inside a catalogue name (the 增加 of 增加值, the 占…比重 of 研发经费支出占GDP比重).
struct DraftCueFinder {
    let text: DraftText
    /// Positions covered by a catalogue name match.
    let covered: [Bool]

    /// A cue list compiled once: words in comparison form with a label.
    struct Cues<Label: Sendable>: Sendable {
        let words: [([Unicode.Scalar], Label)]
        init(_ pairs: [(String, Label)]) { words = pairs.map { (DraftText.keyed($0.0), $0.1) } }
    }

    /// The cue of `cues` whose end is nearest to `end` (ties: the longer cue) within `start..<end`, with
    /// its start position.
    func nearest<L>(_ cues: Cues<L>, in start: Int, _ end: Int) -> (label: L, start: Int, length: Int)? {
        guard end > start else { return nil }
        var best: (label: L, start: Int, length: Int)?
        var bestEnd = -1
        for (word, label) in cues.words {
            var s = end - word.count
            while s >= start {
                if text.matches(word, at: s) && !isCovered(s, word.count) && !blocked(s, word.count) {
                    let e = s + word.count
                    if e > bestEnd || (e == bestEnd && word.count > (best?.length ?? 0)) {
                        best = (label, s, word.count)
                        bestEnd = e
                    }
                    break
                }
                s -= 1
            }
        }
        return best
    }

    /// Whether any cue of `cues` occurs within `start..<end`.
    func contains<L>(_ cues: Cues<L>, in start: Int, _ end: Int) -> Bool { nearest(cues, in: start, end) != nil }

    /// Whether `word` occurs within `start..<end` (not inside a catalogue name).
    func contains(_ word: [Unicode.Scalar], in start: Int, _ end: Int) -> Bool {
        var s = max(0, start)
        while s + word.count <= end {
            if text.matches(word, at: s) && !isCovered(s, word.count) { return true }
            s += 1
        }
        return false
    }

    private func isCovered(_ s: Int, _ length: Int) -> Bool {
        for k in s..<(s + length) where covered[k] { return true }
        return false
    }

    /// Cue-like characters that are part of a longer ordinary word: 增加值, 增长点, 多元.
    private func blocked(_ s: Int, _ length: Int) -> Bool {
        let e = s + length
        if text.endsWith(DraftCueFinder.add, before: e), text[e] == "值" { return true }
        if text.endsWith(DraftCueFinder.grow, before: e), text[e] == "点" || text[e] == "极" { return true }
        return false
    }

    private static let add = DraftText.keyed("增加")
    private static let grow = DraftText.keyed("增长")
}

/// Where the clause and sentence around a position begin and end.
extension DraftText {
    /// The start of the clause holding `i` (just after the previous comma, colon or sentence end), looking back at
    /// most `limit` characters.
    func clauseStart(before i: Int, limit: Int = 60) -> Int {
        var p = i - 1
        let floor = max(0, i - limit)
        while p >= floor {
            if DraftText.isClauseEnd(keys[p]) { return p + 1 }
            p -= 1
        }
        return floor
    }

    /// The end of the clause holding `i` (the next comma, colon or sentence end), looking ahead at most `limit`.
    func clauseEnd(after i: Int, limit: Int = 60) -> Int {
        var p = i
        let ceiling = min(count, i + limit)
        while p < ceiling {
            if DraftText.isClauseEnd(keys[p]) { return p }
            p += 1
        }
        return ceiling
    }
}
