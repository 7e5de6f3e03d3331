import Foundation
import TaizhangCore
import TaizhangStore
import Testing

@testable import TaizhangWeb

/// The hand-built JSON of an audited figure must be exactly what JSONEncoder would write, escapes included.
@Suite("Observation audit snapshot JSON")
struct ObservationAuditSnapshotTests {
    @Test func matchesJSONEncoderForEveryFieldAndEscape() throws {
        let observation = Observation(
            indicatorCode: "gdp", orgUnitID: 3, month: YearMonth(year: 2026, month: 10)!,
            monthly: Decimal(string: "12.5"), cumulative: Decimal(string: "-1234.5678"),
            priorCumulative: Decimal(string: "0"), publishedGrowth: Decimal(string: "6.5"),
            note: "含\"引号\"、反斜杠\\、换行\n、制表\t和控制符\u{01}/斜杠", overrideReason: "统计局口径调整")
        let snapshot = ObservationAudit.Snapshot(observation)
        #expect(snapshot.json == AuditEntry.json(snapshot))
        let decoded = try JSONSerialization.jsonObject(with: Data(snapshot.json.utf8)) as? [String: String]
        #expect(decoded?["note"] == observation.note)
    }

    @Test func leavesAbsentValuesOut() {
        let observation = Observation(indicatorCode: "gdp", orgUnitID: 3, month: YearMonth(year: 2026, month: 1)!)
        let snapshot = ObservationAudit.Snapshot(observation)
        #expect(snapshot.json == "{}")
        #expect(snapshot.json == AuditEntry.json(snapshot))
    }
}
