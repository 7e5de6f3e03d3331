import Foundation
import TaizhangCore
import Testing

@testable import TaizhangStore

/// Overlong texts are refused with a Chinese message naming the field, and nothing is stored.
@Suite struct TextLimitsTests {
    @Test("an overlong org unit name or code is refused", arguments: TestEngine.all)
    func orgUnitNames(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let before = try await database.orgUnits.all()
            let long = String(repeating: "园", count: TextLimits.name + 1)
            await #expect(throws: StoreError.textTooLong(field: "组织名称", limit: TextLimits.name, length: long.count)) {
                try await database.orgUnits.create(code: "HX-X", name: long, kind: .zone, parentID: tree.district.id)
            }
            await #expect(throws: StoreError.self) {
                try await database.orgUnits.create(
                    code: String(repeating: "X", count: 100_000), name: "新园区", kind: .zone, parentID: tree.district.id)
            }
            await #expect(throws: StoreError.self) { try await database.orgUnits.rename(id: tree.zone.id, to: long) }
            #expect(try await database.orgUnits.all() == before)
            #expect(
                StoreError.textTooLong(field: "组织名称", limit: 100, length: 101).userMessage
                    == "组织名称过长：最多100个字符，实际101个字符。")
        }
    }

    @Test("an overlong note is refused and the batch stores nothing", arguments: TestEngine.all)
    func observationNotes(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let indicators = Dictionary(uniqueKeysWithValues: Fixtures.indicators.map { ($0.code, $0) })
            let code = try #require(Fixtures.indicators.first?.code)
            let month = YearMonth(year: 2026, month: 10)!
            let fine = Observation(indicatorCode: code, orgUnitID: tree.zone.id, month: month, cumulative: 1, note: "好")
            var long = fine
            long.orgUnitID = tree.park.id
            long.note = String(repeating: "长", count: TextLimits.note + 1)
            await #expect(throws: StoreError.self) {
                try await database.observations.upsert([fine, long], indicators: indicators)
            }
            #expect(try await database.observations.count() == 0)
        }
    }
}
