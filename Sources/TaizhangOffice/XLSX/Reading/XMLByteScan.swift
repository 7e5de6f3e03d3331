import Foundation

/// Primitives of the byte-level XML scanners used for the large parts (worksheets, shared strings), where
/// an event parser costs several times more than the work itself. They assume well-formed XML in UTF-8.
enum XMLByteScan {
    static let lt = UInt8(ascii: "<")
    static let gt = UInt8(ascii: ">")
    static let slash = UInt8(ascii: "/")
    static let colon = UInt8(ascii: ":")
    static let quote = UInt8(ascii: "\"")
    static let apostrophe = UInt8(ascii: "'")
    static let equals = UInt8(ascii: "=")

    /// The position of `byte` in `b[from..<b.count]`.
    @inline(__always)
    static func find(_ byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < b.count, let base = b.baseAddress else { return nil }
        guard let hit = memchr(base + from, Int32(byte), b.count - from) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The position where `pattern` starts in `b[from..<limit]`.
    static func find(_ pattern: [UInt8], in b: UnsafeBufferPointer<UInt8>, from: Int, limit: Int? = nil) -> Int? {
        let end = limit ?? b.count
        guard let first = pattern.first, let base = b.baseAddress else { return nil }
        var position = from
        while position + pattern.count <= end {
            guard let hit = memchr(base + position, Int32(first), end - position) else { return nil }
            let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            guard index + pattern.count <= end else { return nil }
            if pattern.withUnsafeBufferPointer({ memcmp(base + index, $0.baseAddress!, pattern.count) }) == 0 {
                return index
            }
            position = index + 1
        }
        return nil
    }

    /// The position of the `>` closing a start or end tag that begins before `from`, skipping quoted
    /// attribute values (which may legally contain `>`).
    @inline(__always)
    static func tagEnd(in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var i = from
        let n = b.count
        while i < n {
            let byte = b[i]
            if byte == gt { return i }
            if byte == quote || byte == apostrophe {
                guard let close = find(byte, in: b, from: i + 1) else { return nil }
                i = close + 1
                continue
            }
            i += 1
        }
        return nil
    }

    /// The end of a tag's qualified name that starts at `from`.
    @inline(__always)
    static func nameEnd(in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var i = from
        while i < b.count {
            let byte = b[i]
            if byte == gt || byte == slash || byte == 32 || byte == 9 || byte == 10 || byte == 13 { return i }
            i += 1
        }
        return i
    }

    /// Where the local part of a qualified name starts (after the prefix's colon, if any).
    @inline(__always)
    static func localStart(in b: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Int {
        var i = end - 1
        while i >= from {
            if b[i] == colon { return i + 1 }
            i -= 1
        }
        return from
    }

    @inline(__always)
    static func equals(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        let pointer = literal.utf8Start
        for k in 0..<range.count where b[range.lowerBound + k] != pointer[k] { return false }
        return true
    }

    /// Calls `body` with each attribute's name and value ranges inside a start tag's attribute region.
    @inline(__always)
    static func forEachAttribute(
        in b: UnsafeBufferPointer<UInt8>, _ region: Range<Int>, _ body: (Range<Int>, Range<Int>) throws -> Void
    ) rethrows {
        var i = region.lowerBound
        let end = region.upperBound
        while i < end {
            while i < end, b[i] == 32 || b[i] == 9 || b[i] == 10 || b[i] == 13 { i += 1 }
            let nameStart = i
            while i < end, b[i] != equals, b[i] != 32 { i += 1 }
            let nameEnd = i
            while i < end, b[i] != quote, b[i] != apostrophe { i += 1 }
            guard i < end else { return }
            let delimiter = b[i]
            let valueStart = i + 1
            var j = valueStart
            while j < end, b[j] != delimiter { j += 1 }
            guard nameEnd > nameStart else { return }
            try body(nameStart..<nameEnd, valueStart..<j)
            i = j + 1
        }
    }

    /// The concatenated text of the `<t>` elements in a string item or inline string (rich-text runs joined),
    /// leaving out phonetic guides (`<rPh>`), entities and `_xHHHH_` escapes decoded.
    static func richText(in b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var pieces: [Range<Int>] = []
        var inPhonetic = false
        var p = range.lowerBound
        while p < range.upperBound, let open = find(lt, in: b, from: p), open < range.upperBound {
            guard open + 1 < range.upperBound, let close = tagEnd(in: b, from: open + 1), close < range.upperBound
            else { break }
            let isEnd = b[open + 1] == slash
            let nameStart = isEnd ? open + 2 : open + 1
            let nameEnd = nameEnd(in: b, from: nameStart)
            let local = localStart(in: b, from: nameStart, to: nameEnd)..<nameEnd
            let isSelfClosing = !isEnd && b[close - 1] == slash
            p = close + 1
            if equals(b, local, "rPh") {
                if !isSelfClosing { inPhonetic = !isEnd }
            } else if !isEnd && !isSelfClosing && !inPhonetic && equals(b, local, "t") {
                let textEnd = find(lt, in: b, from: close + 1) ?? range.upperBound
                pieces.append((close + 1)..<min(textEnd, range.upperBound))
                p = textEnd
            }
        }
        if pieces.isEmpty { return "" }
        if pieces.count == 1 { return XMLText.decode(UnsafeBufferPointer(rebasing: b[pieces[0]])) }
        var joined: [UInt8] = []
        for piece in pieces { joined.append(contentsOf: b[piece]) }
        return joined.withUnsafeBufferPointer { XMLText.decode($0) }
    }
}
