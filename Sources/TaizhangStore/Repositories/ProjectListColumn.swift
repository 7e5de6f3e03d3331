/// A list field kept in one TEXT column as `|a|b|`, so that SQL finds one member with `LIKE '%|a|%'`; an empty
/// list is the empty text.
enum ProjectListColumn {
    static let separator: Character = "|"

    static func encode(_ items: [String]) -> String {
        items.isEmpty ? "" : "|" + items.joined(separator: "|") + "|"
    }

    static func decode(_ text: String) -> [String] {
        text.split(separator: separator, omittingEmptySubsequences: true).map(String.init)
    }

    /// The LIKE pattern that matches lists containing `item` exactly, with `\` as the escape character.
    static func containsPattern(_ item: String) -> String {
        "%|" + escapeLike(item) + "|%"
    }

    /// `text` with LIKE's wildcards and the escape character itself escaped by `\`.
    static func escapeLike(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
