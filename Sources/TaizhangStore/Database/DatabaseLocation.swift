import Foundation

/// Where the store lives: an embedded SQLite file (the default), a throwaway SQLite database, or a shared
/// PostgreSQL server.
public enum DatabaseLocation: Hashable, Sendable, CustomStringConvertible {
    /// An SQLite file at `path`, created when missing.
    case sqlite(path: String)
    /// A private SQLite database in a temporary file, deleted at shutdown; several connections share it.
    case sqliteInMemory
    /// A PostgreSQL server, e.g. `postgres://user:password@host:5432/database?sslmode=disable`.
    case postgres(url: String)

    /// The file used when nothing else is given.
    public static let defaultSQLitePath = "taizhang.sqlite"

    /// Reads a `--database` argument or `TAIZHANG_DATABASE_URL`: a `postgres://` or `postgresql://` URL, `:memory:`,
    /// or else a file path (`sqlite://PATH` and `file:PATH` are accepted too); empty text means the default file.
    public static func parse(_ text: String) -> DatabaseLocation {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = trimmed.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") {
            return .postgres(url: trimmed)
        }
        if trimmed.isEmpty { return .sqlite(path: defaultSQLitePath) }
        if trimmed == ":memory:" { return .sqliteInMemory }
        for prefix in ["sqlite://", "file:"] where lower.hasPrefix(prefix) {
            let path = String(trimmed.dropFirst(prefix.count))
            return path.isEmpty ? .sqlite(path: defaultSQLitePath) : .sqlite(path: path)
        }
        return .sqlite(path: trimmed)
    }

    /// The engine this location needs.
    public var engine: DatabaseEngine {
        switch self {
        case .sqlite, .sqliteInMemory: .sqlite
        case .postgres: .postgres
        }
    }

    /// Safe for logs: a PostgreSQL password is masked.
    public var description: String {
        switch self {
        case .sqlite(let path): return "sqlite:\(path)"
        case .sqliteInMemory: return "sqlite:(temporary)"
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "postgres:(unparsable URL)" }
            if components.password != nil { components.password = "***" }
            return components.string ?? "postgres:(unparsable URL)"
        }
    }
}

/// The SQL engine behind a `TaizhangDatabase`; a few statements differ between them.
public enum DatabaseEngine: String, Hashable, Sendable, CaseIterable {
    case sqlite
    case postgres
}
