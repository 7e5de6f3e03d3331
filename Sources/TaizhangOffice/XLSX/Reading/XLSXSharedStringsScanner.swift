/// Reads the shared-string table (`sharedStrings.xml`) in chunks, one `<si>` item at a time.
final class XLSXSharedStringsScanner {
    private(set) var strings: [String] = []
    private let buffer: XMLChunkBuffer
    private let maxCharacters: Int
    private(set) var tooLongIndex: Int?

    init(limits: XLSXReadLimits) {
        maxCharacters = limits.maxCellCharacters
        // An item is at most 32,767 characters; with entities and rich-text markup it stays well below this.
        buffer = XMLChunkBuffer(maxCarry: max(limits.maxCellCharacters * 64, 1 << 20))
    }

    /// Returns false when an item is longer than the cell limit or cannot be delimited.
    func feed(_ chunk: UnsafeBufferPointer<UInt8>) -> Bool {
        let fits = buffer.feed(chunk) { b in scan(b) }
        return fits && tooLongIndex == nil
    }

    private func scan(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var p = 0
        while let open = XMLByteScan.find(XMLByteScan.lt, in: b, from: p) {
            guard open + 1 < b.count else { return open }
            if b[open + 1] == XMLByteScan.slash || b[open + 1] == UInt8(ascii: "?")
                || b[open + 1] == UInt8(ascii: "!")
            {
                guard let close = XMLByteScan.tagEnd(in: b, from: open + 1) else { return open }
                p = close + 1
                continue
            }
            let nameEnd = XMLByteScan.nameEnd(in: b, from: open + 1)
            guard nameEnd < b.count, let close = XMLByteScan.tagEnd(in: b, from: nameEnd) else { return open }
            let local = XMLByteScan.localStart(in: b, from: open + 1, to: nameEnd)..<nameEnd
            if XMLByteScan.equals(b, local, "si") {
                if b[close - 1] == XMLByteScan.slash {
                    strings.append("")
                    p = close + 1
                    continue
                }
                let endTag: [UInt8] =
                    [XMLByteScan.lt, XMLByteScan.slash] + Array(b[(open + 1)..<nameEnd]) + [XMLByteScan.gt]
                guard let end = XMLByteScan.find(endTag, in: b, from: close + 1) else { return open }
                let text = XMLByteScan.richText(in: b, (close + 1)..<end)
                if text.utf8.count > maxCharacters, text.utf16.count > maxCharacters {
                    tooLongIndex = strings.count
                }
                strings.append(text)
                p = end + endTag.count
            } else {
                if XMLByteScan.equals(b, local, "sst") {
                    XMLByteScan.forEachAttribute(in: b, nameEnd..<close) { name, value in
                        if XMLByteScan.equals(b, name, "uniqueCount"),
                            let count = Int(String(decoding: UnsafeBufferPointer(rebasing: b[value]), as: UTF8.self))
                        {
                            strings.reserveCapacity(min(count, 2_000_000))
                        }
                    }
                }
                p = close + 1
            }
        }
        return b.count
    }
}
