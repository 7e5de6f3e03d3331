/// One named, ordered schema change; applied once, in its own transaction, and recorded in `schema_migrations`.
struct MigrationStep: Sendable {
    /// Unique and never renamed once released, e.g. `001_ledger`.
    let name: String
    /// The statements for the given engine; most are the same on both.
    let statements: @Sendable (DatabaseEngine) -> [String]
}
