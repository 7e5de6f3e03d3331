import Foundation

/// Where a workbook's bytes come from; kept instead of an open archive so that a workbook value is Sendable
/// and every read opens its own handle.
enum XLSXSource: Sendable {
    case file(URL)
    case memory(Data)

    /// The first bytes, enough to tell a zip from an OLE container.
    func prefix(_ count: Int, fileName: String) throws -> [UInt8] {
        switch self {
        case .memory(let data):
            return Array(data.prefix(count))
        case .file(let url):
            do {
                let handle = try FileHandle(forReadingFrom: url)
                defer { try? handle.close() }
                return Array(try handle.read(upToCount: count) ?? Data())
            } catch {
                throw OfficeFileError.readFailed(fileName: fileName, detail: String(describing: error))
            }
        }
    }

    /// Bytes of the whole file up to `limit`, for sniffing inside OLE containers.
    func bytes(upTo limit: Int, fileName: String) throws -> Data {
        switch self {
        case .memory(let data):
            return data.prefix(limit)
        case .file(let url):
            do {
                let handle = try FileHandle(forReadingFrom: url)
                defer { try? handle.close() }
                return try handle.read(upToCount: limit) ?? Data()
            } catch {
                throw OfficeFileError.readFailed(fileName: fileName, detail: String(describing: error))
            }
        }
    }
}
