/// Converts between 0-based column indexes and spreadsheet column letters (0 → "A", 26 → "AA").
public enum ColumnLetters {
    /// The letters of a 0-based column index, e.g. 6 → "G".
    public static func letters(_ index: Int) -> String {
        var n = index + 1
        var scalars: [UInt8] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            scalars.append(UInt8(65 + remainder))
            n = (n - 1) / 26
        }
        return String(decoding: scalars.reversed(), as: UTF8.self)
    }

    /// The 0-based index of column letters ("G" → 6); nil for anything but 1…3 ASCII letters.
    public static func index(_ letters: String) -> Int? {
        guard (1...3).contains(letters.utf8.count) else { return nil }
        var value = 0
        for byte in letters.utf8 {
            switch byte {
            case 65...90: value = value * 26 + Int(byte - 64)
            case 97...122: value = value * 26 + Int(byte - 96)
            default: return nil
            }
        }
        return value - 1
    }
}
