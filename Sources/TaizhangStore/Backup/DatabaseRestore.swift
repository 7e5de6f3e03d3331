import Foundation
import Logging
import NIOPosix
import SQLKit
import SQLiteKit

/// What a restore did.
public struct RestoreSummary: Sendable, Hashable {
    /// The database file now holding the backup's contents.
    public let target: String
    /// Where the replaced database was moved (nil when there was none).
    public let previousFile: String?
    /// The schema steps the backup had; a restored older backup is migrated at the next start.
    public let appliedMigrations: [String]
}

extension TaizhangDatabase {
    /// Replaces the SQLite database at `target` with a backup, with the server stopped. The backup is first
    /// copied next to the target and checked there (`PRAGMA integrity_check`, Taizhang's `schema_migrations`, no
    /// schema step unknown to this version); only then is the old file moved aside to
    /// `<target>.before-restore-<time>` and the copy renamed into place, so a failed check changes nothing.
    /// A `<target>-wal` file means a server has the database open (or died without closing it): refused unless
    /// `force`, which moves the `-wal` and `-shm` files aside with the old database.
    public static func restore(
        from backup: String, to target: String, force: Bool = false, logger: Logger, now: Date = Date()
    ) async throws -> RestoreSummary {
        let files = FileManager.default
        let source = URL(fileURLWithPath: backup).standardizedFileURL.path
        let destination = URL(fileURLWithPath: target).standardizedFileURL.path
        guard files.fileExists(atPath: source) else { throw BackupError.backupNotFound(backup) }
        if files.fileExists(atPath: destination + "-wal"), !force { throw BackupError.targetInUse(target) }

        let staging = destination + ".restoring-\(UUID().uuidString.prefix(8))"
        do {
            try files.copyItem(atPath: source, toPath: staging)
        } catch {
            throw BackupError.fileOperation(path: staging, details: "\(error)")
        }
        let steps: [String]
        do {
            steps = try await verify(copy: staging, shownAs: backup, logger: logger)
        } catch {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? files.removeItem(atPath: staging + suffix) }
            throw error
        }

        var previous: String?
        do {
            if files.fileExists(atPath: destination) {
                let aside = destination + ".before-restore-" + Self.fileStamp(now)
                try files.moveItem(atPath: destination, toPath: aside)
                previous = aside
                for suffix in ["-wal", "-shm"] where files.fileExists(atPath: destination + suffix) {
                    try files.moveItem(atPath: destination + suffix, toPath: aside + suffix)
                }
            }
            // A rename within one directory: the target is either the old file or the whole backup.
            try files.moveItem(atPath: staging, toPath: destination)
        } catch {
            try? files.removeItem(atPath: staging)
            throw BackupError.fileOperation(path: target, details: "\(error)")
        }
        return RestoreSummary(target: destination, previousFile: previous, appliedMigrations: steps)
    }

    /// Checks a copied backup and returns its schema steps.
    static func verify(copy path: String, shownAs name: String, logger: Logger) async throws -> [String] {
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(
                storage: .file(path: path), threadPool: .singleton, logger: logger,
                on: MultiThreadedEventLoopGroup.singleton.any())
        } catch {
            throw BackupError.notADatabase(path: name, details: "\(EngineErrors.wrap(error))")
        }
        do {
            let sql = connection.sql()
            let results: [String]
            do {
                results = try await sql.raw("PRAGMA integrity_check").all().map {
                    try $0.decode(column: "integrity_check", as: String.self)
                }
            } catch {
                throw BackupError.notADatabase(path: name, details: "\(EngineErrors.wrap(error))")
            }
            guard results == ["ok"] else {
                throw BackupError.damaged(path: name, details: results.prefix(3).joined(separator: "; "))
            }
            let hasMigrations =
                try await sql.raw(
                    "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
                ).first()?.decode(column: "n", as: Int.self) ?? 0
            guard hasMigrations == 1 else { throw BackupError.notATaizhangBackup(name) }
            let steps = try await sql.raw("SELECT name FROM schema_migrations ORDER BY name").all()
                .map { try $0.decode(column: "name", as: String.self) }
            guard !steps.isEmpty else { throw BackupError.notATaizhangBackup(name) }
            let known = Set(Schema.steps.map(\.name))
            let unknown = steps.filter { !known.contains($0) }
            guard unknown.isEmpty else { throw BackupError.newerSchema(path: name, steps: unknown) }
            try await connection.close()
            return steps
        } catch {
            try? await connection.close()
            throw error
        }
    }

    private static func fileStamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { (value ?? 0) < 10 ? "0\(value ?? 0)" : "\(value ?? 0)" }
        return "\(c.year ?? 0)\(two(c.month))\(two(c.day))T\(two(c.hour))\(two(c.minute))\(two(c.second))Z"
    }
}
