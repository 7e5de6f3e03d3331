/// Escapes text for HTML element content and double- or single-quoted attribute values.
enum HTMLEscaping {
    static func text(_ text: String) -> String { escape(text, newline: nil) }

    /// Element content whose line breaks become `<br>`.
    static func lines(_ text: String) -> String { escape(text, newline: "<br>") }

    /// An attribute value whose line breaks survive as character references (tooltips show them).
    static func attribute(_ text: String) -> String { escape(text, newline: "&#10;") }

    private static func escape(_ text: String, newline: String?) -> String {
        guard text.unicodeScalars.contains(where: { "&<>\"'\n\r".unicodeScalars.contains($0) }) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\n": output += newline ?? "\n"
            case "\r" where newline != nil: break
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
