/// Escapes report text for Markdown (CommonMark with GFM tables) so that nothing a writer typed turns into
/// markup ("- 项目" stays a dash, not a list; `|` stays inside its cell), while text that cannot start markup
/// ("1.经济发展", "-4.7%") is left readable.
enum MarkdownEscaping {
    /// Characters that start or delimit inline markup anywhere in a line.
    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&"]

    /// One line of text: inline markup escaped, a block marker at its start neutralised, leading blanks
    /// dropped (four would make a code block), line breaks turned into spaces.
    static func line(_ text: String) -> String {
        let characters = Array(text.drop { $0 == " " || $0 == "\t" }.map { $0.isNewline ? " " : $0 })
        var escapeAt = Set<Int>()
        if let first = characters.first {
            let followedByBlank = characters.count == 1 || characters[1].isWhitespace
            let onlyThisCharacter = characters.allSatisfy { $0 == first || $0 == " " }
            switch first {
            // Headings and bullets need a blank after the marker; a line of only "-" or "=" is a rule or an
            // underline that turns the previous line into a heading.
            case "#", "+", "-": if followedByBlank || onlyThisCharacter { escapeAt.insert(0) }
            case "=": if onlyThisCharacter { escapeAt.insert(0) }
            default: break
            }
            // An ordered list: up to nine digits, "." or ")", then a blank.
            let digits = characters.prefix { $0.isASCII && $0.isNumber }.count
            if (1...9).contains(digits), digits < characters.count,
                characters[digits] == "." || characters[digits] == ")",
                digits + 1 == characters.count || characters[digits + 1].isWhitespace
            {
                escapeAt.insert(digits)
            }
        }
        var output = ""
        output.reserveCapacity(characters.count + 8)
        for (index, character) in characters.enumerated() {
            if inlineSpecials.contains(character) || escapeAt.contains(index) { output.append("\\") }
            output.append(character)
        }
        return output
    }

    /// A block of text that may hold line breaks: each line escaped, joined by hard line breaks.
    static func block(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line(String($0)) }
            .joined(separator: "\\\n")
    }
}
