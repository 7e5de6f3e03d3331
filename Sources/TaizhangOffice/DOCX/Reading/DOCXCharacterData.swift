/// Decodes XML character data of WordprocessingML into UTF-8 bytes: the predefined and numeric entities only.
/// (Unlike SpreadsheetML, Word has no `_xHHHH_` escapes: "_x000D_" in a document is literal text.)
enum DOCXCharacterData {
    /// Appends the decoded bytes of `b[range]` to `output`; XML end-of-line handling turns CR and CRLF into LF.
    static func append(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to output: inout [UInt8]) {
        var i = range.lowerBound
        let n = range.upperBound
        var runStart = i
        while i < n {
            let byte = b[i]
            if byte == UInt8(ascii: "&") {
                output.append(contentsOf: b[runStart..<i])
                if let (scalar, length) = entity(b, at: i, end: n) {
                    output.append(contentsOf: Array(String(Character(scalar)).utf8))
                    i += length
                } else {
                    // A stray ampersand (not well-formed XML): keep it as written rather than lose text.
                    output.append(byte)
                    i += 1
                }
                runStart = i
            } else if byte == 13 {
                output.append(contentsOf: b[runStart..<i])
                output.append(10)
                i += (i + 1 < n && b[i + 1] == 10) ? 2 : 1
                runStart = i
            } else {
                i += 1
            }
        }
        output.append(contentsOf: b[runStart..<n])
    }

    /// The decoded attribute value as a string (for `w:fldCharType`, relationship targets …).
    static func string(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        append(b, range, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func entity(_ b: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> (Unicode.Scalar, Int)? {
        var semicolon = start + 1
        while semicolon < end, semicolon - start < 12, b[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
        guard semicolon < end, b[semicolon] == UInt8(ascii: ";"), semicolon > start + 1 else { return nil }
        let length = semicolon - start + 1
        let name = Array(b[(start + 1)..<semicolon])
        if name[0] == UInt8(ascii: "#") {
            let hex = name.count > 1 && (name[1] == UInt8(ascii: "x") || name[1] == UInt8(ascii: "X"))
            let digits = name.dropFirst(hex ? 2 : 1)
            guard !digits.isEmpty, let value = UInt32(String(decoding: digits, as: UTF8.self), radix: hex ? 16 : 10),
                let scalar = Unicode.Scalar(value)
            else { return nil }
            return (scalar, length)
        }
        switch String(decoding: name, as: UTF8.self) {
        case "amp": return ("&", length)
        case "lt": return ("<", length)
        case "gt": return (">", length)
        case "quot": return ("\"", length)
        case "apos": return ("'", length)
        default: return nil
        }
    }
}
