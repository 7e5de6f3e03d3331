import Foundation
import SQLKit
import TaizhangCore
import TaizhangStore

/// Appends one audit entry on the caller's transaction, so the entry exists exactly when the change does.
enum AuditTrail {
    static func append(
        _ database: TaizhangDatabase, on sql: any SQLDatabase, actor: AuditActor, action: AuditAction,
        entityType: String, entityKey: String, orgUnitID: Int64?, before: (some Encodable)?, after: (some Encodable)?,
        reason: String? = nil
    ) async throws {
        let entry = AuditEntry(
            actor: actor, action: action, entityType: entityType, entityKey: entityKey, orgUnitID: orgUnitID,
            before: before.flatMap { AuditEntry.json($0) }, after: after.flatMap { AuditEntry.json($0) },
            reason: reason)
        try await AuditRepository(database: database).append([entry], on: sql)
    }
}
