/// Joins inflated chunks for a byte scanner: whatever the scanner could not finish (an element cut at the
/// chunk's end) is carried over and scanned again with the next chunk.
final class XMLChunkBuffer {
    private var pending: [UInt8] = []
    /// Longest unfinished element tolerated; beyond it the element cannot be a sane cell or string item.
    let maxCarry: Int

    init(maxCarry: Int) { self.maxCarry = maxCarry }

    /// Feeds a chunk; `scan` returns how many bytes of the buffer it consumed. Returns false when the carried
    /// part exceeds `maxCarry`.
    func feed(
        _ chunk: UnsafeBufferPointer<UInt8>, scan: (UnsafeBufferPointer<UInt8>) throws -> Int
    ) rethrows -> Bool {
        if pending.isEmpty {
            let consumed = try scan(chunk)
            if consumed < chunk.count { pending.append(contentsOf: chunk[consumed...]) }
        } else {
            pending.append(contentsOf: chunk)
            let consumed = try pending.withUnsafeBufferPointer { try scan($0) }
            pending.removeFirst(consumed)
        }
        return pending.count <= maxCarry
    }
}
