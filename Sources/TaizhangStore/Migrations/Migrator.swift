import SQLKit

/// Applies the schema steps that a database has not seen yet, in order, each in its own transaction.
struct Migrator {
    let database: TaizhangDatabase
    let steps: [MigrationStep]

    /// Arbitrary but fixed key of the PostgreSQL advisory lock that serialises instances migrating at once.
    private static let lockKey = 72_457_311

    func migrate() async throws -> [String] {
        let engine = database.engine
        try await database.withTransaction { sql in
            try await lock(sql, engine: engine)
            try await sql.raw(
                "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            ).run()
        }
        var applied: [String] = []
        for step in steps {
            let didApply = try await database.withTransaction { sql in
                try await lock(sql, engine: engine)
                let existing = try await sql.select().column("name").from("schema_migrations")
                    .where("name", .equal, step.name).first()
                guard existing == nil else { return false }
                for statement in step.statements(engine) {
                    try await sql.raw("\(unsafeRaw: statement)").run()
                }
                try await sql.insert(into: "schema_migrations").columns("name", "applied_at")
                    .values(SQLBind(step.name), SQLBind(SQLValues.timestamp())).run()
                return true
            }
            if didApply {
                database.logger.info("applied schema migration", metadata: ["step": "\(step.name)"])
                applied.append(step.name)
            }
        }
        return applied
    }

    private func lock(_ sql: any SQLDatabase, engine: DatabaseEngine) async throws {
        // SQLite's BEGIN IMMEDIATE already serialises writers.
        if engine == .postgres {
            try await sql.raw("SELECT pg_advisory_xact_lock(\(literal: Self.lockKey))").run()
        }
    }
}

extension TaizhangDatabase {
    /// Brings the schema up to date; safe to call at every start and from several instances at once. Returns the
    /// names of the steps applied now (empty when the schema was current).
    @discardableResult
    public func migrate() async throws -> [String] {
        try await Migrator(database: self, steps: Schema.steps).migrate()
    }

    /// Names of the schema steps applied so far, in the order they were applied.
    public func appliedMigrations() async throws -> [String] {
        try await withConnection { sql in
            try await sql.raw("SELECT name FROM schema_migrations ORDER BY name").all()
                .map { try $0.decode(column: "name", as: String.self) }
        }
    }
}
