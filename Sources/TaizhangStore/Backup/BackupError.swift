import TaizhangCore

/// Why a backup or a restore was refused; nothing was changed when one of these is thrown.
public enum BackupError: UserFacingError, Equatable {
    /// PostgreSQL is backed up and restored with its own tools.
    case postgresUsesPgDump
    case destinationExists(String)
    case backupNotFound(String)
    /// The file is not an SQLite database (or cannot be read).
    case notADatabase(path: String, details: String)
    /// `PRAGMA integrity_check` found damage.
    case damaged(path: String, details: String)
    /// An SQLite file, but without Taizhang's `schema_migrations`.
    case notATaizhangBackup(String)
    /// The backup was made by a newer Taizhang, whose schema steps this version does not know.
    case newerSchema(path: String, steps: [String])
    /// The target's `-wal` file shows that a server has it open (or stopped without closing it).
    case targetInUse(String)
    case fileOperation(path: String, details: String)

    public var userMessage: String {
        switch self {
        case .postgresUsesPgDump:
            "PostgreSQL 数据库请用 PostgreSQL 自带工具备份和恢复：备份 pg_dump -Fc -f taizhang.dump \"数据库地址\"；"
                + "恢复 pg_restore --clean --if-exists -d \"数据库地址\" taizhang.dump（详见 docs/access.md）。"
        case .destinationExists(let path): "备份文件“\(path)”已存在，请换一个文件名，以免覆盖已有备份。"
        case .backupNotFound(let path): "找不到备份文件“\(path)”。"
        case .notADatabase(let path, _): "“\(path)”不是有效的台账数据库备份（无法作为 SQLite 数据库读取）。"
        case .damaged(let path, let details): "备份文件“\(path)”已损坏，未恢复（完整性检查：\(details)）。"
        case .notATaizhangBackup(let path): "“\(path)”不是台账数据库的备份（缺少数据库结构版本记录）。"
        case .newerSchema(let path, let steps):
            "备份“\(path)”来自更新版本的台账（包含本版本不认识的结构变更：\(steps.joined(separator: "、"))），请先升级台账。"
        case .targetInUse(let path):
            "数据库“\(path)”正在使用（存在 \(path)-wal 文件）：请先停止台账服务再恢复；"
                + "如确认服务已停止（例如异常退出后），可加 --force。"
        case .fileOperation(let path, _): "无法写入或移动文件“\(path)”，请检查路径和权限。"
        }
    }

    public var description: String {
        switch self {
        case .postgresUsesPgDump: "backup/restore of PostgreSQL is done with pg_dump/pg_restore"
        case .destinationExists(let path): "backup destination \(path) exists"
        case .backupNotFound(let path): "backup \(path) not found"
        case .notADatabase(let path, let details): "\(path) is not an SQLite database: \(details)"
        case .damaged(let path, let details): "integrity check of \(path) failed: \(details)"
        case .notATaizhangBackup(let path): "\(path) has no schema_migrations table"
        case .newerSchema(let path, let steps): "\(path) has unknown schema steps \(steps)"
        case .targetInUse(let path): "\(path)-wal exists: the database seems to be in use"
        case .fileOperation(let path, let details): "file operation on \(path) failed: \(details)"
        }
    }
}
