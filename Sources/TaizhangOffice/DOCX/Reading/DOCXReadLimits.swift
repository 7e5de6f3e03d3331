/// Safety caps applied while reading a Word document, so a hostile file (a zip bomb, one endless text run)
/// fails with a clear message instead of exhausting memory.
public struct DOCXReadLimits: Sendable, Hashable {
    /// Bytes the reader inflates in total (package relationships and the main document).
    public var maxInflatedBytes: Int
    /// Longest single element the scanner holds at once (one text run with its markup), in bytes.
    public var maxElementBytes: Int

    public init(maxInflatedBytes: Int = 128 * 1_048_576, maxElementBytes: Int = 16 * 1_048_576) {
        self.maxInflatedBytes = maxInflatedBytes
        self.maxElementBytes = maxElementBytes
    }

    /// 128 MB inflated, 16 MB for one element: far above any real report, far below a bomb.
    public static let standard = DOCXReadLimits()
}
