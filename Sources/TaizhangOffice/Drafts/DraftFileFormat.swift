/// What a draft file is, told from its first bytes (never from its name, which users get wrong).
enum DraftFileFormat: Equatable {
    /// A zip package: read as a Word document.
    case zip
    /// An OLE compound document: a legacy .doc (or .xls), or an encrypted Office file.
    case compoundDocument
    case pdf
    case rtf
    case image(String)
    /// Anything else: decoded as text.
    case text

    static func sniff(_ head: some Collection<UInt8>) -> DraftFileFormat {
        let bytes = Array(head.prefix(16))
        func starts(_ signature: [UInt8]) -> Bool { bytes.starts(with: signature) }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundDocument }
        if starts(Array("%PDF".utf8)) { return .pdf }
        if starts(Array("{\\rtf".utf8)) { return .rtf }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return .image("PNG") }
        if starts([0xFF, 0xD8, 0xFF]) { return .image("JPEG") }
        if starts(Array("GIF8".utf8)) { return .image("GIF") }
        if starts(Array("BM".utf8)) && bytes.count >= 14 && bytes[6...9].allSatisfy({ $0 == 0 }) {
            return .image("BMP")
        }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return .image("TIFF") }
        if starts(Array("RIFF".utf8)) && bytes.count >= 12 && Array(bytes[8..<12]) == Array("WEBP".utf8) {
            return .image("WebP")
        }
        return .text
    }
}
