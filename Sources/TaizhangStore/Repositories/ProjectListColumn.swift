/// A list field kept in one TEXT column as `|a|b|`, so that SQL finds one member with `LIKE '%|a|%'`; an empty
/// list is the empty text.
enum ProjectListColumn {
    static let separator: Character = "|"

    static func encode(_ items: [String]) -> String {
        items.isEmpty ? "" : "|" + items.joined(separator: "|") + "|"
    }

    /// Splits on the byte `|` (splitting `String` by `Character` walks grapheme clusters and cost more than the
    /// rest of decoding a project).
    static func decode(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        return text.utf8.split(separator: UInt8(ascii: "|")).map { String(Substring($0)) }
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
