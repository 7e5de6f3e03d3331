/// The bytes of one WordprocessingML part as it is written: appends only, so a long report costs one pass and
/// no intermediate strings. Text goes through `text` or `runText`, which escape it.
struct WordXML {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 14) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup known to be well-formed (a literal of this module).
    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Markup built by this module (numbers, precomputed property blocks).
    mutating func raw(_ markup: String) {
        var markup = markup
        markup.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ markup: [UInt8]) {
        bytes.append(contentsOf: markup)
    }

    mutating func number(_ value: Int) {
        raw(String(value))
    }

    /// Text for element content or a double-quoted attribute value. Characters XML 1.0 cannot carry (C0
    /// controls other than tab and line feed, U+FFFE, U+FFFF) are dropped: Word refuses a file holding them.
    mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { source in
            var start = 0
            var index = 0
            let count = source.count
            while index < count {
                let byte = source[index]
                let replacement: StaticString?
                var skip = 1
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case 9, 10: replacement = nil
                case 0..<32: replacement = ""
                case 0xEF where Self.isNonCharacter(source, at: index):
                    replacement = ""
                    skip = 3
                default: replacement = nil
                }
                if let replacement {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                    replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
                    index += skip
                    start = index
                } else {
                    index += 1
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<count]))
        }
    }

    /// The content of a run: text in `w:t` (spaces preserved), tabs as `w:tab`, line breaks (LF, CR, CRLF) as
    /// `w:br`; other control characters are dropped.
    mutating func runText(_ text: String) {
        var text = text
        text.withUTF8 { source in
            var isOpen = false
            var index = 0
            let count = source.count
            while index < count {
                let byte = source[index]
                switch byte {
                case 9, 10, 13:
                    if isOpen { raw("</w:t>") }
                    isOpen = false
                    raw(byte == 9 ? "<w:tab/>" : "<w:br/>")
                    index += (byte == 13 && index + 1 < count && source[index + 1] == 10) ? 2 : 1
                case 0..<32:
                    index += 1
                case 0xEF where Self.isNonCharacter(source, at: index):
                    index += 3
                default:
                    if !isOpen { raw(#"<w:t xml:space="preserve">"#) }
                    isOpen = true
                    switch byte {
                    case UInt8(ascii: "&"): raw("&amp;")
                    case UInt8(ascii: "<"): raw("&lt;")
                    case UInt8(ascii: ">"): raw("&gt;")
                    default: bytes.append(byte)
                    }
                    index += 1
                }
            }
            if isOpen { raw("</w:t>") }
        }
    }

    /// U+FFFE and U+FFFF (EF BF BE, EF BF BF in UTF-8) are not XML characters.
    private static func isNonCharacter(_ source: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 2 < source.count && source[index + 1] == 0xBF
            && (source[index + 2] == 0xBE || source[index + 2] == 0xBF)
    }
}
