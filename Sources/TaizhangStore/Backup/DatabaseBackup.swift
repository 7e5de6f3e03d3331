import Foundation
import SQLKit
import SQLiteKit

/// What a backup wrote.
public struct BackupSummary: Sendable, Hashable {
    public let path: String
    public let bytes: Int64
}

extension TaizhangDatabase {
    /// Writes a consistent snapshot of the SQLite database to a new file with `VACUUM INTO`, while the server
    /// keeps serving: it runs on a reader connection inside one read transaction, so writers carry on (WAL) and
    /// the copy shows the database as of one commit. Refuses an existing destination and PostgreSQL (use pg_dump).
    @discardableResult
    public func backup(to path: String) async throws -> BackupSummary {
        guard case .sqlite(_, let readers, _) = backend else { throw BackupError.postgresUsesPgDump }
        let destination = URL(fileURLWithPath: path).standardizedFileURL.path
        if FileManager.default.fileExists(atPath: destination) { throw BackupError.destinationExists(path) }
        do {
            try await readers.withConnection { connection in
                try await connection.sql().raw("VACUUM INTO \(bind: destination)").run()
            }
        } catch {
            throw BackupError.fileOperation(path: path, details: String(describing: EngineErrors.wrap(error)))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: destination)[.size] as? NSNumber)?.int64Value
        return BackupSummary(path: destination, bytes: size ?? 0)
    }
}
