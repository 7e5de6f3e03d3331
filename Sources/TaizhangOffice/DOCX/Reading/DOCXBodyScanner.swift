/// Walks the main document part of a .docx (`word/document.xml`) byte by byte, chunk by chunk, and collects
/// what a reader sees as plain text: run text joined across runs, tabs and breaks, table rows on one line.
/// Left out: deleted and moved-away text, field codes (their results stay), hidden runs, ruby guides and
/// the fallback copies of drawings (`mc:Fallback` repeats `mc:Choice`).
final class DOCXBodyScanner {
    private enum Element {
        case paragraph, run, text, tab, lineBreak, noBreakHyphen, deletion, fieldChar, table, row, cell
        case runProperties, vanish, rubyText, fallback, tabStops
    }

    private let buffer: XMLChunkBuffer
    private var layout = DOCXTextLayout()
    /// The prefixes bound to the WordprocessingML and markup-compatibility namespaces, read from the root.
    private var wordPrefix: [UInt8] = Array("w".utf8)
    private var compatibilityPrefix: [UInt8] = Array("mc".utf8)
    private var sawRoot = false

    private var capturing = false
    private var deletionDepth = 0
    private var fallbackDepth = 0
    private var rubyDepth = 0
    private var inRunProperties = false
    /// Inside a paragraph's tab-stop list, whose `w:tab` elements are stops, not tab characters.
    private var inTabStops = false
    /// One entry per open run: whether its properties hide it.
    private var hiddenRuns: [Bool] = []
    /// One entry per open complex field: true once its `separate` mark is passed (its result is showing).
    private var fields: [Bool] = []
    private var fieldsInInstruction = 0

    init(limits: DOCXReadLimits) {
        buffer = XMLChunkBuffer(maxCarry: limits.maxElementBytes)
    }

    /// Feeds the next inflated chunk; false when one element is longer than the limit allows.
    func feed(_ chunk: UnsafeBufferPointer<UInt8>) -> Bool {
        buffer.feed(chunk) { scan($0) }
    }

    /// The text read so far, lines separated by "\n".
    func finish() -> String {
        String(decoding: layout.finish(), as: UTF8.self)
    }

    private var showsText: Bool {
        deletionDepth == 0 && fallbackDepth == 0 && rubyDepth == 0 && fieldsInInstruction == 0
            && hiddenRuns.last != true
    }

    /// Scans as far as complete tags and text nodes reach; returns how many bytes it consumed.
    private func scan(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var p = 0
        let n = b.count
        while p < n {
            guard let open = XMLByteScan.find(XMLByteScan.lt, in: b, from: p) else {
                // Character data cut at the chunk's end: wait for the rest when it is text being kept.
                return capturing ? p : n
            }
            if capturing, open > p {
                textScratch.removeAll(keepingCapacity: true)
                DOCXCharacterData.append(b, p..<open, to: &textScratch)
                layout.append(textScratch)
            }
            guard open + 1 < n else { return open }
            let next = b[open + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                guard let end = skipMarkup(b, at: open) else { return open }
                p = end
                continue
            }
            guard let close = XMLByteScan.tagEnd(in: b, from: open + 1) else { return open }
            handleTag(b, open: open, close: close)
            p = close + 1
        }
        return n
    }

    private var textScratch: [UInt8] = []

    /// Skips a comment, processing instruction, DOCTYPE or CDATA section (whose text is kept when inside
    /// kept text); returns the position after it, or nil when it is cut at the chunk's end.
    private func skipMarkup(_ b: UnsafeBufferPointer<UInt8>, at open: Int) -> Int? {
        if XMLByteScan.find(Array("<![CDATA[".utf8), in: b, from: open, limit: min(b.count, open + 9)) == open {
            guard let end = XMLByteScan.find(Array("]]>".utf8), in: b, from: open + 9) else { return nil }
            if capturing {
                layout.append(b[(open + 9)..<end])
            }
            return end + 3
        }
        if XMLByteScan.find(Array("<!--".utf8), in: b, from: open, limit: min(b.count, open + 4)) == open {
            guard let end = XMLByteScan.find(Array("-->".utf8), in: b, from: open + 4) else { return nil }
            return end + 3
        }
        guard let close = XMLByteScan.tagEnd(in: b, from: open + 1) else { return nil }
        return close + 1
    }

    private func handleTag(_ b: UnsafeBufferPointer<UInt8>, open: Int, close: Int) {
        let isEnd = b[open + 1] == XMLByteScan.slash
        let nameStart = isEnd ? open + 2 : open + 1
        let nameEnd = XMLByteScan.nameEnd(in: b, from: nameStart)
        let isSelfClosing = !isEnd && b[close - 1] == XMLByteScan.slash
        if !sawRoot, !isEnd {
            sawRoot = true
            readNamespaces(b, nameEnd..<close)
        }
        guard let element = classify(b, nameStart..<nameEnd) else { return }
        let attributes = nameEnd..<(isSelfClosing ? close - 1 : close)
        if isEnd {
            end(element)
        } else {
            start(element, b, attributes)
            if isSelfClosing { end(element) }
        }
    }

    private func start(_ element: Element, _ b: UnsafeBufferPointer<UInt8>, _ attributes: Range<Int>) {
        switch element {
        case .paragraph: layout.openParagraph()
        case .run: hiddenRuns.append(false)
        case .text: capturing = showsText && layout.inParagraph
        case .tab: if !hiddenRuns.isEmpty, !inTabStops, showsText { layout.append(9) }
        case .lineBreak: if !hiddenRuns.isEmpty, showsText { layout.append(10) }
        case .noBreakHyphen: if !hiddenRuns.isEmpty, showsText { layout.append(UInt8(ascii: "-")) }
        case .deletion: deletionDepth += 1
        case .fieldChar: fieldMark(attribute(b, attributes, "fldCharType"))
        case .table: layout.openTable()
        case .row: layout.openRow()
        case .cell: layout.openCell()
        case .runProperties: inRunProperties = !hiddenRuns.isEmpty
        case .vanish:
            if inRunProperties, !hiddenRuns.isEmpty {
                let value = attribute(b, attributes, "val")
                hiddenRuns[hiddenRuns.count - 1] = !(value == "0" || value == "false" || value == "off")
            }
        case .rubyText: rubyDepth += 1
        case .fallback: fallbackDepth += 1
        case .tabStops: inTabStops = true
        }
    }

    private func end(_ element: Element) {
        switch element {
        case .paragraph: layout.closeParagraph()
        case .run: _ = hiddenRuns.popLast()
        case .text: capturing = false
        case .deletion: deletionDepth = max(0, deletionDepth - 1)
        case .table: layout.closeTable()
        case .row: layout.closeRow()
        case .cell: layout.closeCell()
        case .runProperties: inRunProperties = false
        case .rubyText: rubyDepth = max(0, rubyDepth - 1)
        case .fallback: fallbackDepth = max(0, fallbackDepth - 1)
        case .tabStops: inTabStops = false
        case .tab, .lineBreak, .noBreakHyphen, .fieldChar, .vanish: break
        }
    }

    /// Complex fields: `begin` instruction `separate` result `end`; they nest, and a field inside another's
    /// instruction is part of that instruction.
    private func fieldMark(_ type: String?) {
        switch type {
        case "begin":
            fields.append(false)
            fieldsInInstruction += 1
        case "separate":
            if let last = fields.last, !last {
                fields[fields.count - 1] = true
                fieldsInInstruction -= 1
            }
        case "end":
            if let last = fields.popLast(), !last { fieldsInInstruction -= 1 }
        default:
            break
        }
    }

    private func classify(_ b: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Element? {
        let localStart = XMLByteScan.localStart(in: b, from: name.lowerBound, to: name.upperBound)
        let prefix = name.lowerBound..<max(name.lowerBound, localStart - 1)
        let local = localStart..<name.upperBound
        if Self.matches(b, prefix, wordPrefix) {
            switch local.count {
            case 1:
                switch b[local.lowerBound] {
                case UInt8(ascii: "p"): return .paragraph
                case UInt8(ascii: "r"): return .run
                case UInt8(ascii: "t"): return .text
                default: return nil
                }
            case 2:
                if XMLByteScan.equals(b, local, "br") || XMLByteScan.equals(b, local, "cr") { return .lineBreak }
                if XMLByteScan.equals(b, local, "tr") { return .row }
                if XMLByteScan.equals(b, local, "tc") { return .cell }
                if XMLByteScan.equals(b, local, "rt") { return .rubyText }
                return nil
            default:
                if XMLByteScan.equals(b, local, "tab") || XMLByteScan.equals(b, local, "ptab") { return .tab }
                if XMLByteScan.equals(b, local, "tbl") { return .table }
                if XMLByteScan.equals(b, local, "tabs") { return .tabStops }
                if XMLByteScan.equals(b, local, "rPr") { return .runProperties }
                if XMLByteScan.equals(b, local, "del") || XMLByteScan.equals(b, local, "moveFrom") {
                    return .deletion
                }
                if XMLByteScan.equals(b, local, "fldChar") { return .fieldChar }
                if XMLByteScan.equals(b, local, "vanish") { return .vanish }
                if XMLByteScan.equals(b, local, "noBreakHyphen") { return .noBreakHyphen }
                return nil
            }
        }
        if Self.matches(b, prefix, compatibilityPrefix), XMLByteScan.equals(b, local, "Fallback") { return .fallback }
        return nil
    }

    private static func matches(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        guard range.count == bytes.count else { return false }
        for k in 0..<bytes.count where b[range.lowerBound + k] != bytes[k] { return false }
        return true
    }

    /// The value of the attribute whose local name is `local` (any prefix).
    private func attribute(_ b: UnsafeBufferPointer<UInt8>, _ region: Range<Int>, _ local: StaticString) -> String? {
        var found: String?
        XMLByteScan.forEachAttribute(in: b, region) { name, value in
            let start = XMLByteScan.localStart(in: b, from: name.lowerBound, to: name.upperBound)
            if found == nil, XMLByteScan.equals(b, start..<name.upperBound, local) {
                found = DOCXCharacterData.string(b, value)
            }
        }
        return found
    }

    private static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    private static let compatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    /// Learns the prefixes from the root's declarations (almost always `w` and `mc`, but any prefix is legal).
    private func readNamespaces(_ b: UnsafeBufferPointer<UInt8>, _ region: Range<Int>) {
        XMLByteScan.forEachAttribute(in: b, region) { name, value in
            let qualified = String(decoding: UnsafeBufferPointer(rebasing: b[name]), as: UTF8.self)
            guard qualified == "xmlns" || qualified.hasPrefix("xmlns:") else { return }
            let prefix = Array(qualified.dropFirst(qualified == "xmlns" ? 5 : 6).utf8)
            let uri = DOCXCharacterData.string(b, value)
            if Self.wordNamespaces.contains(uri) { wordPrefix = prefix }
            if uri == Self.compatibilityNamespace { compatibilityPrefix = prefix }
        }
    }
}
