import Foundation
import ZIPFoundation

/// One open zip package: finds entries by tolerant part names and inflates them whole or in chunks, counting
/// every inflated byte against the read limits.
final class XLSXPackage {
    let fileName: String
    let limits: XLSXReadLimits
    private let archive: Archive
    private var entries: [String: Entry] = [:]
    private(set) var inflatedBytes = 0

    /// Chunk size for streaming large parts: big enough to keep zlib busy, small enough to stay off the heap's
    /// large-allocation path.
    static let chunkSize = 256 * 1024

    init(source: XLSXSource, fileName: String, limits: XLSXReadLimits) throws {
        self.fileName = fileName
        self.limits = limits
        try Self.checkSignature(source: source, fileName: fileName)
        do {
            switch source {
            case .file(let url): archive = try Archive(url: url, accessMode: .read)
            case .memory(let data): archive = try Archive(data: data, accessMode: .read)
            }
        } catch {
            throw OfficeFileError.damaged(fileName: fileName, detail: "zip: \(error)")
        }
        for entry in archive where entry.type == .file {
            entries[XLSXPartPath.key(entry.path)] = entry
        }
    }

    private static func checkSignature(source: XLSXSource, fileName: String) throws {
        let head = try source.prefix(8, fileName: fileName)
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // An OLE compound document: either a legacy .xls or an encrypted OOXML package, whose container
            // holds streams named "EncryptionInfo" and "EncryptedPackage" (names stored in UTF-16LE).
            let bytes = try source.bytes(upTo: 64 * 1_048_576, fileName: fileName)
            let marker = Data("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            if bytes.range(of: marker) != nil { throw OfficeFileError.encrypted(fileName: fileName) }
            throw OfficeFileError.legacyXLS(fileName: fileName)
        }
        throw OfficeFileError.notAnXLSX(fileName: fileName)
    }

    func contains(_ part: String) -> Bool { entries[XLSXPartPath.key(part)] != nil }

    /// The entry's whole content, for small parts (workbook, relationships, styles).
    func data(of part: String) throws -> Data? {
        guard let entry = entries[XLSXPartPath.key(part)] else { return nil }
        var data = Data()
        try stream(entry) { chunk in data.append(contentsOf: chunk) }
        return data
    }

    /// Inflates the part in chunks; nil when the part does not exist.
    @discardableResult
    func stream(_ part: String, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Bool {
        guard let entry = entries[XLSXPartPath.key(part)] else { return false }
        try stream(entry, consume)
        return true
    }

    private func stream(_ entry: Entry, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let limit = limits.maxInflatedBytes
        if entry.uncompressedSize > UInt64(limit - inflatedBytes) {
            throw OfficeFileError.tooLarge(fileName: fileName, limitBytes: limit)
        }
        // Errors of the consumer (the caller's own, or a scan stop) pass through unchanged; anything else
        // comes from the zip layer and means the package is damaged.
        var consumerError: (any Error)?
        // CRC checking is skipped: on Linux ZIPFoundation computes it byte by byte (not through zlib), which would
        // add about 50% to the read time of a large sheet; inflate itself still rejects corrupt streams.
        do {
            _ = try archive.extract(entry, bufferSize: Self.chunkSize, skipCRC32: true) { data in
                // The declared size may lie (a zip bomb): count what actually comes out.
                self.inflatedBytes += data.count
                if self.inflatedBytes > limit {
                    let error = OfficeFileError.tooLarge(fileName: self.fileName, limitBytes: limit)
                    consumerError = error
                    throw error
                }
                do {
                    try data.withUnsafeBytes { raw in try consume(raw.bindMemory(to: UInt8.self)) }
                } catch {
                    consumerError = error
                    throw error
                }
            }
        } catch {
            if let consumerError { throw consumerError }
            throw OfficeFileError.damaged(fileName: fileName, detail: "\(entry.path): \(error)")
        }
    }
}

/// Thrown from inside a scan to stop inflating early (e.g. once a sheet is known to hold data).
struct XLSXScanStop: Error {}
