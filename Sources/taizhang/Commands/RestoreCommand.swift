import ArgumentParser
import Foundation
import TaizhangCore
import TaizhangStore

/// `taizhang restore FILE`: replaces the SQLite database with a checked backup, with the server stopped.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "从备份恢复 SQLite 数据库（须先停止服务）；先检查备份完整性，原数据库改名保留。PostgreSQL 请用 pg_restore。")

    @Argument(help: "备份文件路径。")
    var file: String

    @Flag(name: .long, help: "数据库的 -wal 文件存在时仍然恢复（仅在确认服务已停止、例如异常退出后使用）。")
    var force = false

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        guard case .sqlite(let target) = database.location else {
            throw CommandFailure(BackupError.postgresUsesPgDump)
        }
        let logger = makeCommandLogger(label: "taizhang.restore")
        let summary: RestoreSummary
        do {
            summary = try await TaizhangDatabase.restore(from: file, to: target, force: force, logger: logger)
            // Brings an older backup's schema up to date now and records the restore in the restored trail.
            let store = try await TaizhangDatabase.open(.sqlite(path: target), logger: logger)
            do {
                try await AuditRepository(database: store).append([
                    AuditEntry(
                        actor: .commandLine, action: "restore", entityType: "database",
                        entityKey: URL(fileURLWithPath: file).lastPathComponent)
                ])
                try await store.shutdown()
            } catch {
                try? await store.shutdown()
                throw error
            }
        } catch {
            throw CommandFailure(error)
        }
        print("已从“\(file)”恢复数据库“\(summary.target)”（备份通过完整性检查）。")
        if let previous = summary.previousFile { print("原数据库已改名保留为“\(previous)”。") }
        print("现在可以重新启动台账服务。")
    }
}
