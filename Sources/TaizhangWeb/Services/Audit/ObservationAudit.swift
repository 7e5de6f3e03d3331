import Foundation
import SQLKit
import TaizhangCore
import TaizhangStore

/// Writes observations together with their audit entries and the workflow lock check, all in one transaction:
/// either the figures, their before/after trail and the lock check all hold, or nothing is written.
enum ObservationAudit {
    /// A figure as the audit trail keeps it: exact decimals as text.
    struct Snapshot: Encodable, Equatable {
        let monthly: String?
        let cumulative: String?
        let priorCumulative: String?
        let publishedGrowth: String?
        let note: String?
        let overrideReason: String?

        init(_ observation: Observation) {
            monthly = observation.monthly?.plainString
            cumulative = observation.cumulative?.plainString
            priorCumulative = observation.priorCumulative?.plainString
            publishedGrowth = observation.publishedGrowth?.plainString
            note = observation.note
            overrideReason = observation.overrideReason
        }

        /// The same JSON `AuditEntry.json` would write (sorted keys, absent values left out), built by hand:
        /// an import of 100,000 figures writes as many entries, and JSONEncoder made that several times slower.
        var json: String {
            let fields: [(String, String?)] = [
                ("cumulative", cumulative), ("monthly", monthly), ("note", note), ("overrideReason", overrideReason),
                ("priorCumulative", priorCumulative), ("publishedGrowth", publishedGrowth),
            ]
            let members = fields.compactMap { key, value in value.map { "\"\(key)\":\(Snapshot.quoted($0))" } }
            return "{" + members.joined(separator: ",") + "}"
        }

        static func quoted(_ text: String) -> String {
            var result = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": result += "\\\""
                case "\\": result += "\\\\"
                case "\n": result += "\\n"
                case "\r": result += "\\r"
                case "\t": result += "\\t"
                case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
                default: result.unicodeScalars.append(scalar)
                }
            }
            return result + "\""
        }
    }

    static let entityType = "observation"

    /// `2026-10/12/fixed_asset_investment`: month, unit, indicator — the key of a figure's history.
    static func entityKey(orgUnitID: Int64, month: YearMonth, indicatorCode: String) -> String {
        "\(month.description)/\(orgUnitID)/\(indicatorCode)"
    }

    /// Upserts `observations` for `actor`. `expectedFingerprints` (unit × month → fingerprint the form was
    /// loaded with) makes a second writer fail with `ConcurrentEdit` instead of overwriting.
    static func write(
        _ observations: [Observation], indicators: [String: Indicator], database: TaizhangDatabase,
        actor: AuditActor, action: AuditAction = .update, reason: String? = nil,
        expectedFingerprints: [PeriodKey: String] = [:]
    ) async throws -> Int {
        let periods = Set(observations.map { PeriodKey(orgUnitID: $0.orgUnitID, month: $0.month) })
        return try await database.withTransaction { sql in
            try await WorkflowService.requireUnlocked(periods.union(expectedFingerprints.keys), database: database, on: sql)
            // One query for every figure the write may touch, rather than one per unit and month.
            let touched = periods.union(expectedFingerprints.keys)
            var storedByPeriod: [PeriodKey: [Observation]] = [:]
            if let first = touched.map(\.month).min(), let last = touched.map(\.month).max() {
                // Without a fingerprint to check, only the written indicators' figures matter: a large import
                // delivered in batches then does not read back what its earlier batches wrote.
                let codes = expectedFingerprints.isEmpty ? Array(Set(observations.map(\.indicatorCode))) : nil
                let stored = try await database.observations.list(
                    orgUnitIDs: Array(Set(touched.map(\.orgUnitID))), indicatorCodes: codes, from: first,
                    through: last)
                for observation in stored {
                    let key = PeriodKey(orgUnitID: observation.orgUnitID, month: observation.month)
                    if touched.contains(key) { storedByPeriod[key, default: []].append(observation) }
                }
            }
            for (period, expected) in expectedFingerprints where expected != fingerprint(storedByPeriod[period] ?? []) {
                let name = try await database.orgUnits.find(id: period.orgUnitID)?.name ?? String(period.orgUnitID)
                throw ConcurrentEdit(unitName: name, month: period.month)
            }
            var before: [String: Observation] = [:]
            for observation in storedByPeriod.values.joined() {
                before[entityKey(orgUnitID: observation.orgUnitID, month: observation.month, indicatorCode: observation.indicatorCode)] = observation
            }
            let written = try await database.observations.upsert(observations, indicators: indicators)
            let now = Date()
            let entries: [AuditEntry] = observations.compactMap { observation in
                let key = entityKey(
                    orgUnitID: observation.orgUnitID, month: observation.month, indicatorCode: observation.indicatorCode)
                let old = before[key].map(Snapshot.init)
                let new = Snapshot(observation)
                if old == new { return nil }
                return AuditEntry(
                    at: now, actor: actor, action: old == nil ? (action == .importFile ? .importFile : .create) : action,
                    entityType: entityType, entityKey: key, orgUnitID: observation.orgUnitID, month: observation.month,
                    before: old?.json, after: new.json,
                    reason: reason ?? observation.overrideReason)
            }
            try await AuditRepository(database: database).append(entries, on: sql)
            return written
        }
    }

    /// A short digest of a unit's month as stored, carried by the entry form to detect a concurrent edit.
    static func fingerprint(_ observations: [Observation]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let text = observations.sorted { $0.indicatorCode < $1.indicatorCode }.map { observation in
            let snapshot = Snapshot(observation)
            return [
                observation.indicatorCode, snapshot.monthly, snapshot.cumulative, snapshot.priorCumulative,
                snapshot.publishedGrowth, snapshot.note, snapshot.overrideReason,
            ].map { $0 ?? "∅" }.joined(separator: "|")
        }.joined(separator: "\n")
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}

/// Someone saved the same unit's month after this form was loaded: the second writer is told (409).
struct ConcurrentEdit: UserFacingError, Hashable {
    let unitName: String
    let month: YearMonth

    var userMessage: String {
        "“\(unitName)”\(month.year)年\(month.month)月的数据已被他人修改，您的改动未保存。请刷新页面查看最新数据后重新填写。"
    }
    var description: String { "concurrent edit of \(unitName) \(month)" }
}
