/// A piece of template text: literal words, a line break, or the inside of a 【…】 tag.
struct TemplateToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case text(String)
        case newline
        /// The text between 【 and 】, untrimmed.
        case tag(String)
    }

    var kind: Kind
    /// Where the token starts (for a tag, the 【).
    var position: TemplatePosition
}

/// Splits a template into tokens. 【【 and 】】 stand for literal brackets; an unclosed 【 or a stray 】 is an
/// issue, and scanning goes on so that every problem of the text is found in one pass.
enum TemplateLexer {
    static func tokens(of source: String) -> (tokens: [TemplateToken], issues: [TemplateIssue]) {
        var tokens: [TemplateToken] = []
        var issues: [TemplateIssue] = []
        let lines = source.replacingLineBreaks().split(separator: "\n", omittingEmptySubsequences: false)
        for (lineIndex, line) in lines.enumerated() {
            let lineNumber = lineIndex + 1
            if lineIndex > 0 {
                tokens.append(TemplateToken(kind: .newline, position: .init(line: lineNumber - 1, column: 0)))
            }
            let chars = Array(line)
            var text = ""
            var textStart = 1
            var index = 0
            func flush() {
                if !text.isEmpty {
                    tokens.append(
                        TemplateToken(kind: .text(text), position: .init(line: lineNumber, column: textStart)))
                }
                text = ""
            }
            while index < chars.count {
                let ch = chars[index]
                let column = index + 1
                if text.isEmpty { textStart = column }
                if ch == "【" {
                    if index + 1 < chars.count, chars[index + 1] == "【" {
                        text.append("【")
                        index += 2
                        continue
                    }
                    guard let close = chars[(index + 1)...].firstIndex(of: "】") else {
                        issues.append(
                            TemplateIssue(
                                .init(line: lineNumber, column: column), "“【”没有配对的“】”；要写括号本身请写“【【”。",
                                suggestions: ["【" + String(chars[(index + 1)...]) + "】"]))
                        text.append(contentsOf: String(chars[index...]))
                        index = chars.count
                        continue
                    }
                    flush()
                    tokens.append(
                        TemplateToken(
                            kind: .tag(String(chars[(index + 1)..<close])),
                            position: .init(line: lineNumber, column: column)))
                    index = close + 1
                    continue
                }
                if ch == "】" {
                    if index + 1 < chars.count, chars[index + 1] == "】" {
                        text.append("】")
                        index += 2
                        continue
                    }
                    issues.append(
                        TemplateIssue(
                            .init(line: lineNumber, column: column), "多了一个“】”，前面没有“【”；要写括号本身请写“】】”。",
                            suggestions: ["】】"]))
                    text.append("】")
                    index += 1
                    continue
                }
                text.append(ch)
                index += 1
            }
            flush()
        }
        return (tokens, issues)
    }
}

extension String {
    /// The text with CRLF and CR line breaks turned into LF.
    func replacingLineBreaks() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for ch in self {
            if ch == "\r\n" || ch == "\r" { out.append("\n") } else { out.append(ch) }
        }
        return out
    }

    /// The words of a tag, split on half- and full-width spaces.
    var templateWords: [String] {
        split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }).map(String.init)
    }

    /// Trimmed of half- and full-width spaces.
    var trimmedTemplateSpace: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\u{3000}" || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\u{3000}" || l == "\t" { s.removeLast() }
        return String(s)
    }
}
