/// A draft's characters as an array (offsets are Unicode scalars) with a normalised copy used for every
/// comparison: full-width ASCII folded to ASCII, traditional characters folded to simplified, Latin lower-cased.
struct DraftText {
    /// The characters as written.
    let scalars: [Unicode.Scalar]
    /// The comparison form, one entry per character, so offsets agree with `scalars`.
    let keys: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        keys = scalars.map(DraftText.key)
    }

    var count: Int { keys.count }

    /// The comparison form of `word`, for the word lists.
    static func keyed(_ word: String) -> [Unicode.Scalar] { word.unicodeScalars.map(key) }

    static func key(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v >= 0xFF01 && v <= 0xFF5E, let folded = Unicode.Scalar(v - 0xFEE0) { return lower(folded) }
        if v == 0x3000 { return " " }
        if v < 0x80 { return lower(c) }
        return TraditionalFolding.simplified[c] ?? c
    }

    private static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        (c.value >= 0x41 && c.value <= 0x5A) ? Unicode.Scalar(c.value + 32)! : c
    }

    /// The normalised character at `i`, or nil outside the text.
    subscript(i: Int) -> Unicode.Scalar? { i >= 0 && i < keys.count ? keys[i] : nil }

    /// Whether the normalised text at `i` starts with `word`.
    func matches(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= keys.count else { return false }
        for (k, c) in word.enumerated() where keys[i + k] != c { return false }
        return true
    }

    /// Whether the normalised text just before `end` ends with `word`.
    func endsWith(_ word: [Unicode.Scalar], before end: Int) -> Bool { matches(word, at: end - word.count) }

    func string(_ range: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[range])
        return String(s)
    }

    func keyString(_ range: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: keys[max(0, range.lowerBound)..<min(keys.count, range.upperBound)])
        return String(s)
    }

    // MARK: character classes (on normalised characters)

    static func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { $0.value >= 0x30 && $0.value <= 0x39 } ?? false }
    static func isMaskLetter(_ c: Unicode.Scalar?) -> Bool { c == "x" }
    static func isMask(_ c: Unicode.Scalar?) -> Bool { c == "x" || c == "*" }
    static func isLatin(_ c: Unicode.Scalar?) -> Bool { c.map { $0.value >= 0x61 && $0.value <= 0x7A } ?? false }
    static func isSpace(_ c: Unicode.Scalar?) -> Bool { c == " " || c == "\t" || c == "\u{A0}" }
    static func isLineBreak(_ c: Unicode.Scalar?) -> Bool { c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" }
    static func isDash(_ c: Unicode.Scalar?) -> Bool { c == "-" || c == "—" || c == "–" }
    /// Range connectors between two figures: `1—10月`, `2000-3000辆`, `1至9月`.
    static func isRangeConnector(_ c: Unicode.Scalar?) -> Bool {
        c == "-" || c == "—" || c == "–" || c == "~" || c == "～" || c == "至" || c == "到" || c == "~"
    }

    /// Whether the character as written is an upper-case Latin letter (`XG`, `XKV`).
    func isUpperLatin(at i: Int) -> Bool {
        guard i >= 0 && i < scalars.count else { return false }
        let v = scalars[i].value
        return (v >= 0x41 && v <= 0x5A) || (v >= 0xFF21 && v <= 0xFF3A)
    }

    /// Whether the character as written is a lower-case Latin letter (`Xbox`, `.docx`).
    func isLowerLatin(at i: Int) -> Bool {
        guard i >= 0 && i < scalars.count else { return false }
        let v = scalars[i].value
        return (v >= 0x61 && v <= 0x7A) || (v >= 0xFF41 && v <= 0xFF5A)
    }

    /// Ends a sentence for the purpose of binding (。；！？ and line breaks).
    static func isSentenceEnd(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return true }
        return c == "。" || c == ";" || c == "；" || c == "!" || c == "?" || c == "！" || c == "？" || isLineBreak(c)
    }

    /// Ends a clause: a sentence end, a comma or a colon (the enumeration comma 、 does not).
    static func isClauseEnd(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return true }
        return isSentenceEnd(c) || c == "，" || c == "," || c == ":" || c == "：" || c == "（" || c == "("
            || c == "）" || c == ")"
    }
}
