import Foundation

/// The text encodings Taizhang reads and writes CSV in: UTF-8 (with or without BOM, as WPS writes it) and
/// GB18030 (what Excel for Chinese Windows writes, without a BOM).
public enum CSVEncoding: String, Sendable, Hashable, CaseIterable {
    /// UTF-8 with a byte-order mark: what Chinese Excel opens correctly by double-click.
    case utf8BOM = "utf-8-bom"
    /// UTF-8 without a byte-order mark.
    case utf8 = "utf-8"
    case gb18030 = "gb18030"

    /// The name shown in an import report.
    public var displayName: String {
        switch self {
        case .utf8BOM: "UTF-8（带 BOM）"
        case .utf8: "UTF-8"
        case .gb18030: "GB18030（GBK）"
        }
    }

    /// GB18030-2000 as Foundation names it (kCFStringEncodingGB_18030_2000 with the NS bit); decodes on Linux
    /// with full Foundation.
    static let gb18030Foundation = String.Encoding(rawValue: 0x8000_0632)

    /// Detects the encoding as FORMATS.md says (BOM → UTF-8; valid UTF-8 → UTF-8; else GB18030) and decodes.
    /// Returns nil when the bytes are not valid GB18030 either.
    public static func decode(_ data: Data) -> (text: String, encoding: CSVEncoding)? {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (String(decoding: data.dropFirst(3), as: UTF8.self), .utf8BOM)
        }
        if let text = String(data: data, encoding: .utf8) { return (text, .utf8) }
        if let text = String(data: data, encoding: gb18030Foundation) { return (text, .gb18030) }
        return nil
    }

    /// The bytes of `text` in this encoding; nil only if a character cannot be encoded (never for GB18030,
    /// which covers all of Unicode).
    public func encode(_ text: String) -> Data? {
        switch self {
        case .utf8BOM: Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        case .utf8: Data(text.utf8)
        case .gb18030: text.data(using: Self.gb18030Foundation)
        }
    }
}
