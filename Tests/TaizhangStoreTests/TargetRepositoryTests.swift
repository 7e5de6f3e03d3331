import Foundation
import TaizhangCore
import Testing

@testable import TaizhangStore

@Suite("Target repository")
struct TargetRepositoryTests {
    @Test("targets round-trip exactly, are replaced by key, and are listed by year and unit", arguments: TestEngine.all)
    func roundTrip(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let targets = [
                Target(
                    indicatorCode: "gdp", orgUnitID: tree.zone.id, year: 2024, value: Fixtures.decimal("456.78"),
                    growth: Fixtures.decimal("6.5")),
                Target(indicatorCode: "industrial_output", orgUnitID: tree.zone.id, year: 2024, growth: 8),
                Target(indicatorCode: "gdp", orgUnitID: tree.park.id, year: 2024, value: Fixtures.decimal("12.3456")),
                Target(indicatorCode: "gdp", orgUnitID: tree.zone.id, year: 2025, value: 500),
            ]
            #expect(try await database.targets.upsert(targets, indicators: Fixtures.catalogue) == 4)
            #expect(
                try await database.targets.list(year: 2024, orgUnitIDs: [tree.zone.id]) == [targets[0], targets[1]])
            #expect(try await database.targets.list(year: 2024) == [targets[0], targets[1], targets[2]])
            #expect(try await database.targets.list(year: 2024, orgUnitIDs: []) == [])

            let revised = Target(
                indicatorCode: "gdp", orgUnitID: tree.zone.id, year: 2024, value: Fixtures.decimal("460"))
            try await database.targets.upsert([revised], indicators: Fixtures.catalogue)
            #expect(try await database.targets.list(year: 2024, orgUnitIDs: [tree.zone.id]).first == revised)
        }
    }

    @Test("an unencodable target names the unit, year and field, and writes nothing", arguments: TestEngine.all)
    func unencodable(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let error = await #expect(throws: StoreError.self) {
                try await database.targets.upsert(
                    [
                        Target(indicatorCode: "gdp", orgUnitID: tree.zone.id, year: 2024, value: 1),
                        Target(
                            indicatorCode: "enterprises", orgUnitID: tree.park.id, year: 2024,
                            growth: Fixtures.decimal("0.00001")),
                    ], indicators: Fixtures.catalogue)
            }
            #expect(error?.userMessage == "无法精确保存“装备制造园”2024年“规上工业企业数”的目标增速“0.00001”：数值过大或小数位过多。")
            #expect(try await database.targets.list(year: 2024).isEmpty)
        }
    }
}
