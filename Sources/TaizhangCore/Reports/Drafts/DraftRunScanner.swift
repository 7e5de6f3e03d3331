/// A figure or masked run found in a draft, before it is classified: `start` includes a sign, `body` does not.
struct DraftRun {
    var start: Int
    var bodyStart: Int
    var end: Int
    var masked: Bool
    /// A masked run of letters only (`XX`, `xx`), the usual shape of a masked name.
    var lettersOnly: Bool
    /// Holds a decimal point.
    var hasDot: Bool
    /// A masked run of mask characters only (`XX`, `**`), the shape of a masked name.
    var nameShaped: Bool = false
}

/// Finds the runs of the slot contract's "Where a slot is": list markers and page numbers set aside, masked
/// runs, figures with digit groups and at most one decimal point, and leading signs.
enum DraftRunScanner {
    static func scan(_ t: DraftText) -> [DraftRun] {
        var excluded = [Bool](repeating: false, count: t.count)
        markExcludedLines(t, &excluded)
        var runs: [DraftRun] = []
        var i = 0
        let n = t.count
        func inClass(_ k: Int) -> Bool {
            guard k < n, !excluded[k] else { return false }
            let c = t.keys[k]
            return DraftText.isDigit(c) || DraftText.isMask(c) || c == "."
        }
        while i < n {
            guard inClass(i) else { i += 1; continue }
            var j = i
            while inClass(j) { j += 1 }
            var s = i
            var e = j
            while s < e && t.keys[s] == "." { s += 1 }
            while e > s && t.keys[e - 1] == "." { e -= 1 }
            if s == e { i = j; continue }
            var hasMask = false
            var lettersOnly = true
            var hasDot = false
            var nameShaped = true
            for k in s..<e {
                if !DraftText.isMask(t.keys[k]) { nameShaped = false }
                let c = t.keys[k]
                if DraftText.isMask(c) { hasMask = true }
                if c != "x" { lettersOnly = false }
                if c == "." { hasDot = true }
            }
            if hasMask {
                // A letters-only run touching a lower-case Latin letter is part of a word (Xbox, max, .docx).
                if !(lettersOnly && (t.isLowerLatin(at: s - 1) || t.isLowerLatin(at: e))) {
                    var run = signed(t, excluded, s, e, masked: true, lettersOnly: lettersOnly, hasDot: hasDot)
                    run.nameShaped = nameShaped
                    runs.append(run)
                }
                i = j
                continue
            }
            var k = s
            var last = j
            while k < e {
                if t.keys[k] == "." { k += 1; continue }
                let figureEnd = figure(t, excluded, from: k)
                let dot = t.keys[k..<figureEnd].contains(".")
                runs.append(signed(t, excluded, k, figureEnd, masked: false, lettersOnly: false, hasDot: dot))
                k = figureEnd
                last = max(last, figureEnd)
            }
            i = last
        }
        return runs
    }

    /// The end of the figure starting at `k`: digits, digit groups after single spaces or commas, and one
    /// decimal part (`19 278.1`, `1,731.9`).
    private static func figure(_ t: DraftText, _ excluded: [Bool], from k: Int) -> Int {
        let n = t.count
        func digit(_ p: Int) -> Bool { p < n && !excluded[p] && DraftText.isDigit(t.keys[p]) }
        var m = k
        while digit(m) { m += 1 }
        let integerDigits = m - k
        if integerDigits <= 3 {
            while m < n, t.keys[m] == " " || t.keys[m] == ",", t.scalars[m] != "，",
                digit(m + 1), digit(m + 2), digit(m + 3), !digit(m + 4), !DraftText.isMask(t[m + 4])
            {
                m += 4
            }
        }
        if m + 1 < n, t.keys[m] == ".", !excluded[m], digit(m + 1) {
            m += 1
            while digit(m) { m += 1 }
        }
        return m
    }

    private static func signed(
        _ t: DraftText, _ excluded: [Bool], _ s: Int, _ e: Int, masked: Bool, lettersOnly: Bool, hasDot: Bool
    ) -> DraftRun {
        var start = s
        if s >= 1, t.keys[s - 1] == "-", !excluded[s - 1] {
            let before = t[s - 2]
            if !(DraftText.isDigit(before) || DraftText.isMask(before) || DraftText.isLatin(before)) { start = s - 1 }
        }
        return DraftRun(start: start, bodyStart: s, end: e, masked: masked, lettersOnly: lettersOnly, hasDot: hasDot)
    }

    /// Marks list markers (`1.`, `2、`, `（1）`) and page-number lines (`— 1 —`) so no run starts there.
    private static func markExcludedLines(_ t: DraftText, _ excluded: inout [Bool]) {
        let n = t.count
        var lineStart = 0
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n && !DraftText.isLineBreak(t.keys[lineEnd]) { lineEnd += 1 }
            markLine(t, lineStart, lineEnd, &excluded)
            lineStart = lineEnd + 1
        }
    }

    private static func markLine(_ t: DraftText, _ a: Int, _ b: Int, _ excluded: inout [Bool]) {
        var i = a
        while i < b && DraftText.isSpace(t.keys[i]) { i += 1 }
        guard i < b else { return }
        // Page number: dashes, a number, dashes, nothing else.
        if DraftText.isDash(t.keys[i]) {
            var p = i
            while p < b && DraftText.isDash(t.keys[p]) { p += 1 }
            while p < b && DraftText.isSpace(t.keys[p]) { p += 1 }
            let digitsStart = p
            while p < b && DraftText.isDigit(t.keys[p]) { p += 1 }
            let digitsEnd = p
            while p < b && DraftText.isSpace(t.keys[p]) { p += 1 }
            let dashes = p
            while p < b && DraftText.isDash(t.keys[p]) { p += 1 }
            while p < b && DraftText.isSpace(t.keys[p]) { p += 1 }
            if digitsEnd > digitsStart && p > dashes && p == b {
                for k in digitsStart..<digitsEnd { excluded[k] = true }
            }
            return
        }
        if t.keys[i] == "(" {
            var p = i + 1
            while p < b && DraftText.isDigit(t.keys[p]) { p += 1 }
            if p > i + 1 && p < b && t.keys[p] == ")" { for k in i...p { excluded[k] = true } }
            return
        }
        guard DraftText.isDigit(t.keys[i]) else { return }
        var p = i
        while p < b && DraftText.isDigit(t.keys[p]) { p += 1 }
        guard p < b else { return }
        let c = t.keys[p]
        guard c == "." || c == "、" || c == ")" else { return }
        if c == ".", p + 1 < b, DraftText.isDigit(t.keys[p + 1]), isFigureRow(t, a, b) { return }
        for k in i...p { excluded[k] = true }
    }

    /// A line of figures only (digits, dots, spaces, `-`, `%`, `|`): its dots are decimal points.
    private static func isFigureRow(_ t: DraftText, _ a: Int, _ b: Int) -> Bool {
        for k in a..<b {
            let c = t.keys[k]
            if !(DraftText.isDigit(c) || c == "." || DraftText.isSpace(c) || c == "-" || c == "%" || c == "|") {
                return false
            }
        }
        return true
    }
}
