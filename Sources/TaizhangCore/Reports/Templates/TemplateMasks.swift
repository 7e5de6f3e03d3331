/// Finds masks left in wording: the blanks of a found template (XX, xx, X.X, ×× , ***) that would print as
/// such. A single X counts when it stands between non-Latin characters ("投资X亿元"); Latin words ("XBRL", "Fox")
/// are left alone.
enum TemplateMasks {
    struct Match: Hashable {
        /// Character offset in the searched text.
        var offset: Int
        var text: String
    }

    private static let letters: Set<Character> = ["X", "x", "Ｘ", "ｘ", "×"]
    private static let stars: Set<Character> = ["*", "＊"]

    static func find(in text: String) -> [Match] {
        let chars = Array(text)
        var matches: [Match] = []
        var index = 0
        func isLatin(_ i: Int) -> Bool {
            guard i >= 0, i < chars.count else { return false }
            return chars[i].isASCII && chars[i].isLetter
        }
        while index < chars.count {
            let ch = chars[index]
            if stars.contains(ch) {
                var end = index
                while end < chars.count, stars.contains(chars[end]) { end += 1 }
                if end - index >= 3 { matches.append(Match(offset: index, text: String(chars[index..<end]))) }
                index = end
                continue
            }
            if letters.contains(ch) {
                var end = index
                var count = 0
                while end < chars.count {
                    if letters.contains(chars[end]) {
                        count += 1
                        end += 1
                    } else if (chars[end] == "." || chars[end] == "．"), end + 1 < chars.count,
                        letters.contains(chars[end + 1])
                    {
                        end += 1
                    } else {
                        break
                    }
                }
                let run = String(chars[index..<end])
                let lowercaseOnly = run.allSatisfy { $0 == "x" || $0 == "ｘ" }
                let isolated =
                    !isLatin(index - 1) && !isLatin(end)
                    && !run.allSatisfy { $0.isASCII && $0.isLetter && $0 != "X" && $0 != "x" }
                if isolated && (count >= 2 || !lowercaseOnly) {
                    matches.append(Match(offset: index, text: run))
                }
                index = end
                continue
            }
            index += 1
        }
        return matches
    }

    /// Issues for the masks of a literal at `position` (same line: columns count on).
    static func issues(
        in text: String, at position: TemplatePosition, severity: TemplateIssueSeverity
    ) -> [TemplateIssue] {
        find(in: text).map { match in
            TemplateIssue(
                TemplatePosition(line: position.line, column: position.column + match.offset),
                "正文中还有占位符“\(match.text)”，请改成表达式（如“【地区生产总值】”）或填上文字。", severity: severity)
        }
    }
}
