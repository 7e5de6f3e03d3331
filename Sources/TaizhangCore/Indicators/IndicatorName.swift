import Foundation

/// How an indicator name typed by a person is compared with the catalogue's names.
public enum IndicatorName {
    /// Units that may trail a name in parentheses, as sheet headers write them: "地区生产总值（亿元）".
    static let unitWords: Set<String> = [
        "亿元", "万元", "元", "千元", "亿美元", "万美元", "美元", "%", "‰", "户", "个", "件", "人", "人次", "家", "项",
        "万亩", "亩", "万吨", "吨", "公顷", "平方米", "万平方米", "平方公里", "吨标准煤/万元", "吨标准煤", "万千瓦时",
        "千瓦时", "百分比", "百分点",
    ]

    /// The comparison key: NFKC (full-width → half-width), no spaces, a trailing unit in parentheses dropped
    /// ("(亿元)", "（单位：万元）"), Latin letters lower-cased. "地区生产总值（亿元）" → "地区生产总值", "GDP" → "gdp".
    public static func normalise(_ text: String) -> String {
        // Names are nearly always plain ideographs and ASCII letters or digits, which compatibility mapping leaves
        // as they are; the full Unicode path costs more than the rest of resolving a name.
        if text.unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) || $0.properties.isASCIIHexDigit
            || ("a"..."z").contains($0) || ("A"..."Z").contains($0) })
        {
            return text.lowercased()
        }
        var s = String(text.precomposedStringWithCompatibilityMapping.filter { !$0.isWhitespace })
        if s.hasSuffix(")"), let open = s.lastIndex(of: "(") {
            var inner = String(s[s.index(after: open)..<s.index(before: s.endIndex)])
            for prefix in ["单位:", "单位"] where inner.hasPrefix(prefix) { inner.removeFirst(prefix.count) }
            if unitWords.contains(inner), open > s.startIndex { s = String(s[..<open]) }
        }
        return s.lowercased()
    }

    /// Edit distance (insertions, deletions, substitutions of characters) used to rank suggestions.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a)
        let y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
