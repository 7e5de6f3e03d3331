/// Safety caps applied while reading a workbook, so a hostile or damaged file fails with a clear message
/// instead of exhausting memory.
public struct XLSXReadLimits: Sendable, Hashable {
    /// Total bytes the reader inflates for one operation (metadata and shared strings, or one worksheet).
    public var maxInflatedBytes: Int
    /// Longest text a single cell may hold, in UTF-16 code units (Excel's own cap is 32,767).
    public var maxCellCharacters: Int

    public init(maxInflatedBytes: Int = 512 * 1_048_576, maxCellCharacters: Int = 32_767) {
        self.maxInflatedBytes = maxInflatedBytes
        self.maxCellCharacters = maxCellCharacters
    }

    /// 512 MB inflated, 32,767 characters a cell.
    public static let standard = XLSXReadLimits()
}
