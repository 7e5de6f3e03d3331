import Foundation

/// Buffered output to a file, so rows are appended without holding the sheet in memory.
final class XLSXByteSink {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let path: String
    private(set) var offset = 0

    init(url: URL) throws {
        path = url.path
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw OfficeFileError.writeFailed(path: url.path, detail: "cannot create file")
        }
        handle = try FileHandle(forWritingTo: url)
        buffer.reserveCapacity(1 << 20)
    }

    func write(_ text: String) throws {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        offset += text.utf8.count
        if buffer.count >= 1 << 20 { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw OfficeFileError.writeFailed(path: path, detail: String(describing: error))
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Overwrites bytes already written (used to fill in the sheet's dimension once it is known).
    func patch(at position: Int, with text: String) throws {
        try flush()
        do {
            try handle.seek(toOffset: UInt64(position))
            try handle.write(contentsOf: Data(text.utf8))
            try handle.seekToEnd()
        } catch {
            throw OfficeFileError.writeFailed(path: path, detail: String(describing: error))
        }
    }

    func close() throws {
        try flush()
        try? handle.close()
    }
}
