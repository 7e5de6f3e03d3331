import ArgumentParser
import Foundation
import TaizhangCore
import TaizhangStore

/// `taizhang backup FILE`: a consistent snapshot of the SQLite database, safe while the server runs.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "备份 SQLite 数据库到新文件（服务运行中也可执行，得到一致的快照）；PostgreSQL 请用 pg_dump。")

    @Argument(help: "备份文件路径（不能是已存在的文件）。")
    var file: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        if case .sqlite(let path) = database.location, !FileManager.default.fileExists(atPath: path) {
            throw CommandFailure(message: "找不到数据库文件“\(path)”。")
        }
        let store: TaizhangDatabase
        do {
            // No migration: a backup must not change the database it copies.
            store = try await TaizhangDatabase.open(
                database.location, logger: makeCommandLogger(label: "taizhang.backup"), migrate: false)
        } catch {
            throw CommandFailure(error)
        }
        do {
            let summary = try await store.backup(to: file)
            try await store.shutdown()
            print("已备份到“\(summary.path)”（\(Self.size(summary.bytes))）。")
        } catch {
            try? await store.shutdown()
            throw CommandFailure(error)
        }
    }

    static func size(_ bytes: Int64) -> String {
        if bytes < 1024 * 1024 { return "\(max(1, bytes / 1024)) KB" }
        let tenths = bytes * 10 / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
