/// Decoding and encoding of XML character data as SpreadsheetML stores it: the predefined and numeric entities
/// (`&amp;`, `&#x4E2D;`) and Excel's `_xHHHH_` escapes for control characters (`_x000D_` is a carriage return).
enum XMLText {
    /// Decodes bytes of character data into a string; the fast path copies when nothing needs decoding.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var needsWork = false
        for byte in bytes where byte == UInt8(ascii: "&") || byte == UInt8(ascii: "_") || byte == 13 {
            needsWork = true
            break
        }
        if !needsWork { return String(decoding: bytes, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            if byte == UInt8(ascii: "&"), let (scalar, length) = entity(bytes, at: i) {
                appendUTF8(scalar, to: &output)
                i += length
            } else if byte == UInt8(ascii: "_"), let (scalar, length) = excelEscape(bytes, at: i) {
                appendUTF8(scalar, to: &output)
                i += length
            } else if byte == 13 {
                // XML end-of-line handling: CRLF and lone CR become LF.
                output.append(10)
                i += (i + 1 < n && bytes[i + 1] == 10) ? 2 : 1
            } else {
                output.append(byte)
                i += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func decode(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { decode($0) }
    }

    private static func entity(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        var end = start + 1
        while end < b.count, end - start < 12, b[end] != UInt8(ascii: ";") { end += 1 }
        guard end < b.count, b[end] == UInt8(ascii: ";"), end > start + 1 else { return nil }
        let length = end - start + 1
        let name = UnsafeBufferPointer(rebasing: b[(start + 1)..<end])
        if name[0] == UInt8(ascii: "#") {
            // Numeric references are the common case: openpyxl writes every CJK character as one.
            guard name.count >= 2 else { return nil }
            var value: UInt32 = 0
            if name[1] == UInt8(ascii: "x") || name[1] == UInt8(ascii: "X") {
                guard name.count >= 3 else { return nil }
                for k in 2..<name.count {
                    guard let digit = hexValue(name[k]) else { return nil }
                    value = value &* 16 &+ UInt32(digit)
                }
            } else {
                for k in 1..<name.count {
                    let byte = name[k]
                    guard byte >= 48 && byte <= 57 else { return nil }
                    value = value &* 10 &+ UInt32(byte - 48)
                }
            }
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, length)
        }
        func matches(_ literal: StaticString) -> Bool {
            guard name.count == literal.utf8CodeUnitCount else { return false }
            for k in 0..<name.count where name[k] != literal.utf8Start[k] { return false }
            return true
        }
        if matches("amp") { return ("&", length) }
        if matches("lt") { return ("<", length) }
        if matches("gt") { return (">", length) }
        if matches("quot") { return ("\"", length) }
        if matches("apos") { return ("'", length) }
        return nil
    }

    private static func excelEscape(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        guard start + 6 < b.count, b[start + 1] == UInt8(ascii: "x"), b[start + 6] == UInt8(ascii: "_") else {
            return nil
        }
        var value: UInt32 = 0
        for k in 2...5 {
            guard let digit = hexValue(b[start + k]) else { return nil }
            value = value * 16 + UInt32(digit)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, 7)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: byte - 48
        case 65...70: byte - 55
        case 97...102: byte - 87
        default: nil
        }
    }

    @inline(__always)
    private static func appendUTF8(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            output.append(UInt8(v))
        } else if v < 0x800 {
            output.append(UInt8(0xC0 | (v >> 6)))
            output.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            output.append(UInt8(0xE0 | (v >> 12)))
            output.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            output.append(UInt8(0xF0 | (v >> 18)))
            output.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Escapes text for element content or a double-quoted attribute; characters XML 1.0 cannot carry are
    /// written as Excel's `_xHHHH_` escapes, and a literal `_x…_` look-alike has its underscore escaped.
    static func escape(_ text: String, excelEscapes: Bool = true) -> String {
        var needsWork = false
        for byte in text.utf8
        where byte < 32 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "_")
        {
            needsWork = true
            break
        }
        if !needsWork { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "\t", "\n": output.unicodeScalars.append(scalar)
            case "_" where excelEscapes && looksLikeEscape(scalars, at: i): output += "_x005F_"
            default:
                if scalar.value < 32 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    if excelEscapes {
                        let hex = String(scalar.value, radix: 16, uppercase: true)
                        output += "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
                    }
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
            i += 1
        }
        return output
    }

    private static func looksLikeEscape(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 6 < s.count, s[i + 1] == "x", s[i + 6] == "_" else { return false }
        return (2...5).allSatisfy { s[i + $0].properties.isASCIIHexDigit }
    }
}
