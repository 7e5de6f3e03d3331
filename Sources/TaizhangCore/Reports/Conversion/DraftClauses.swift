/// The words around a slot that the converter and the fact check read: the clause before it, and whether a rank
/// is one of growth ("同比增长6.5%，居全市第2位" ranks the growth) or of the level.
enum DraftClauses {
    static let ends: Set<Unicode.Scalar> = [
        "，", "。", "；", "：", "、", "！", "？", "\n", ",", ";", ":", "（", "(", "）", ")", "“", "”", "【", "】",
    ]

    /// The clause before `start`, back to the last punctuation mark.
    static func clause(before start: Int, in scalars: [Unicode.Scalar]) -> String {
        var index = start
        while index > 0, !ends.contains(scalars[index - 1]) { index -= 1 }
        return String(String.UnicodeScalarView(scalars[index..<start]))
    }

    /// The sentence before `start`, back to the last 。！？ or line break.
    static func sentence(before start: Int, in scalars: [Unicode.Scalar]) -> String {
        var index = start
        while index > 0, !"。！？；\n".unicodeScalars.contains(scalars[index - 1]) { index -= 1 }
        return String(String.UnicodeScalarView(scalars[index..<start]))
    }

    /// A rank of growth unless its clause says 总量, when its sentence speaks of growth
    /// ("同比增长6.5%，低于全市0.2个百分点，居全市第2位" ranks the growth).
    static func ranksGrowth(before start: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let near = clause(before: start, in: scalars)
        if near.contains("总量") || near.contains("规模") { return false }
        if ["增速", "增幅"].contains(where: near.contains) { return true }
        let words = sentence(before: start, in: scalars)
        return ["增速", "增长", "增幅", "下降"].contains { words.contains($0) }
    }
}
