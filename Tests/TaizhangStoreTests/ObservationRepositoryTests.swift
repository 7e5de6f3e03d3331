import Foundation
import TaizhangCore
import Testing

@testable import TaizhangStore

@Suite("Observation repository")
struct ObservationRepositoryTests {
    @Test("figures round-trip exactly, in the indicator's unit", arguments: TestEngine.all)
    func exactRoundTrip(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let march = Fixtures.month(2024, 3)
            let gdp = Observation(
                indicatorCode: "gdp", orgUnitID: tree.zone.id, month: march,
                monthly: Fixtures.decimal("12345.6789"), cumulative: Fixtures.decimal("98765.4321"),
                priorCumulative: Fixtures.decimal("0.00000001"),  // 1 元 in 亿元 is 0.00000001
                publishedGrowth: Fixtures.decimal("-3.1234"), note: "季度数据", overrideReason: "统计局口径调整",
                status: .submitted)
            let output = Observation(
                indicatorCode: "industrial_output", orgUnitID: tree.zone.id, month: march,
                monthly: Fixtures.decimal("0.0001"), cumulative: Fixtures.decimal("92233720368.5477"))
            let enterprises = Observation(
                indicatorCode: "enterprises", orgUnitID: tree.zone.id, month: march,
                cumulative: 128)
            #expect(
                try await database.observations.upsert([gdp, output, enterprises], indicators: Fixtures.catalogue) == 3)

            let stored = try await database.observations.month(orgUnitID: tree.zone.id, month: march)
            #expect(stored == [enterprises, gdp, output])  // ordered by indicator code
            #expect(stored[1].monthly?.plainString == "12345.6789")
            #expect(stored[1].priorCumulative?.plainString == "0.00000001")
            #expect(try await database.observations.count() == 3)

            // The stored integers are 元 × 10⁴, so SQL sums are exact: 12345.6789 亿元 = 1234567890000 元.
            let stack = try await database.withConnection { sql in
                try await sql.raw("SELECT monthly FROM observations WHERE indicator_code = 'gdp'").first()?
                    .decode(column: "monthly", as: Int64.self)
            }
            #expect(stack == 12_345_678_900_000_000)
        }
    }

    @Test("a second upsert replaces the row; list filters by unit, indicator and months", arguments: TestEngine.all)
    func updateAndList(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            var rows: [Observation] = []
            for unit in [tree.zone.id, tree.park.id] {
                for month in 1...12 {
                    rows.append(
                        Observation(
                            indicatorCode: "gdp", orgUnitID: unit, month: Fixtures.month(2023, month),
                            monthly: Decimal(month) / 10))
                    rows.append(
                        Observation(
                            indicatorCode: "industrial_output", orgUnitID: unit, month: Fixtures.month(2023, month),
                            monthly: Decimal(month * 100)))
                }
            }
            try await database.observations.upsert(rows, indicators: Fixtures.catalogue)
            #expect(try await database.observations.count() == 48)

            let replaced = Observation(
                indicatorCode: "gdp", orgUnitID: tree.zone.id, month: Fixtures.month(2023, 5),
                monthly: Fixtures.decimal("7.25"), note: "更正")
            try await database.observations.upsert([replaced], indicators: Fixtures.catalogue)
            #expect(try await database.observations.count() == 48)

            let spring = try await database.observations.list(
                orgUnitIDs: [tree.zone.id], indicatorCodes: ["gdp"], from: Fixtures.month(2023, 4),
                through: Fixtures.month(2023, 6))
            #expect(
                spring.map(\.monthly) == [Fixtures.decimal("0.4"), Fixtures.decimal("7.25"), Fixtures.decimal("0.6")])
            #expect(spring[1].note == "更正")

            let both = try await database.observations.list(
                orgUnitIDs: [tree.zone.id, tree.park.id], from: Fixtures.month(2023, 12),
                through: Fixtures.month(2024, 2))
            #expect(both.count == 4)
            #expect(both.map(\.orgUnitID) == [tree.zone.id, tree.zone.id, tree.park.id, tree.park.id])
            // Chosen months only (a report's period end, a year before, last December).
            let chosen = try await database.observations.list(
                orgUnitIDs: [tree.zone.id], months: [Fixtures.month(2023, 5), Fixtures.month(2023, 12), Fixtures.month(2022, 5)])
            #expect(chosen.map(\.month) == [Fixtures.month(2023, 5), Fixtures.month(2023, 12), Fixtures.month(2023, 5), Fixtures.month(2023, 12)])
            #expect(chosen.map(\.indicatorCode) == ["gdp", "gdp", "industrial_output", "industrial_output"])
            #expect(chosen.first?.monthly == Fixtures.decimal("7.25"))
            #expect(try await database.observations.list(orgUnitIDs: [tree.zone.id], months: []).isEmpty)
            #expect(
                try await database.observations.list(
                    orgUnitIDs: [], from: Fixtures.month(2023, 1), through: Fixtures.month(2023, 12)
                ).isEmpty)
            #expect(
                try await database.observations.list(
                    orgUnitIDs: [tree.zone.id], indicatorCodes: [], from: Fixtures.month(2023, 1),
                    through: Fixtures.month(2023, 12)
                ).isEmpty)
        }
    }

    @Test("when a batch holds one key twice, the later observation wins", arguments: TestEngine.all)
    func duplicateKeysInOneBatch(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let march = Fixtures.month(2024, 3)
            let written = try await database.observations.upsert(
                [
                    Observation(indicatorCode: "gdp", orgUnitID: tree.zone.id, month: march, monthly: 1),
                    Observation(indicatorCode: "enterprises", orgUnitID: tree.zone.id, month: march, cumulative: 5),
                    Observation(indicatorCode: "gdp", orgUnitID: tree.zone.id, month: march, monthly: 2),
                ], indicators: Fixtures.catalogue)
            #expect(written == 2)
            let stored = try await database.observations.month(orgUnitID: tree.zone.id, month: march)
            #expect(stored.map(\.indicatorCode) == ["enterprises", "gdp"])
            #expect(stored.last?.monthly == 2)
        }
    }

    @Test("status changes a whole month; delete removes one observation", arguments: TestEngine.all)
    func statusAndDelete(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let march = Fixtures.month(2024, 3)
            let april = Fixtures.month(2024, 4)
            try await database.observations.upsert(
                [
                    Observation(indicatorCode: "gdp", orgUnitID: tree.zone.id, month: march, monthly: 1),
                    Observation(indicatorCode: "enterprises", orgUnitID: tree.zone.id, month: march, cumulative: 5),
                    Observation(indicatorCode: "gdp", orgUnitID: tree.zone.id, month: april, monthly: 2),
                ], indicators: Fixtures.catalogue)
            #expect(
                try await database.observations.setStatus(orgUnitID: tree.zone.id, month: march, status: .approved) == 2
            )
            let statuses = try await database.observations.list(
                orgUnitIDs: [tree.zone.id], from: march, through: april
            ).map(\.status)
            #expect(statuses == [.approved, .approved, .draft])  // enterprises/03, gdp/03, gdp/04

            #expect(try await database.observations.delete(orgUnitID: tree.zone.id, month: march, indicatorCode: "gdp"))
            #expect(
                !(try await database.observations.delete(orgUnitID: tree.zone.id, month: march, indicatorCode: "gdp")))
            #expect(try await database.observations.count() == 2)
        }
    }

    @Test("20,000 observations are written in batches and read back", arguments: TestEngine.all)
    func largeBatch(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let units = [tree.city.id, tree.district.id, tree.zone.id, tree.park.id]
            var rows: [Observation] = []
            // 4 units × 2 indicators × 2500 months (1900-01 …) = 20,000 rows.
            var month = Fixtures.month(1900, 1)
            for _ in 0..<2_500 {
                for unit in units {
                    rows.append(
                        Observation(
                            indicatorCode: "gdp", orgUnitID: unit, month: month,
                            monthly: Fixtures.decimal("0.0001"), cumulative: Decimal(month.key)))
                    rows.append(
                        Observation(
                            indicatorCode: "industrial_output", orgUnitID: unit, month: month,
                            monthly: 3))
                }
                month = month.next
            }
            #expect(rows.count == 20_000)
            try await database.observations.upsert(rows, indicators: Fixtures.catalogue)
            #expect(try await database.observations.count() == 20_000)
            let zone = try await database.observations.list(
                orgUnitIDs: [tree.zone.id], indicatorCodes: ["gdp"], from: Fixtures.month(1900, 1),
                through: Fixtures.month(2200, 1))
            #expect(zone.count == 2_500)
            #expect(zone.last?.cumulative == 210_804)  // 2,499 months after 1900-01 is 2108-04

            // Sum of 2,500 × 0.0001 亿元 for the zone = 0.25 亿元, exact in SQL on both engines (PostgreSQL sums
            // BIGINT as NUMERIC, hence the cast).
            let sum = try await database.withConnection { sql in
                try await sql.raw(
                    "SELECT CAST(SUM(monthly) AS BIGINT) AS total FROM observations WHERE indicator_code = 'gdp' AND org_unit_id = \(bind: tree.zone.id)"
                ).first()?.decode(column: "total", as: Int64.self)
            }
            #expect(sum.map { StoredAmount.decode($0, in: Fixtures.gdp.unit) } == Fixtures.decimal("0.25"))
        }
    }

    @Test("one unencodable value stops the whole batch, with a Chinese message naming where", arguments: TestEngine.all)
    func atomicBatch(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let march = Fixtures.month(2024, 3)
            try await database.observations.upsert(
                [Observation(indicatorCode: "gdp", orgUnitID: tree.zone.id, month: march, monthly: 1)],
                indicators: Fixtures.catalogue)

            var rows = (1...2_500).map { index in
                Observation(
                    indicatorCode: "industrial_output", orgUnitID: tree.park.id,
                    month: Fixtures.month(1900 + index / 12, index % 12 + 1), monthly: Decimal(index))
            }
            rows.append(Observation(indicatorCode: "gdp", orgUnitID: tree.zone.id, month: march, monthly: 99))
            // 亿元 keeps 12 decimal places (10⁸ × 10⁴); a 13th is not representable.
            rows.append(
                Observation(
                    indicatorCode: "gdp", orgUnitID: tree.zone.id, month: Fixtures.month(2024, 4),
                    cumulative: Fixtures.decimal("1.0000000000001")))
            let error = await #expect(throws: StoreError.self) {
                try await database.observations.upsert(rows, indicators: Fixtures.catalogue)
            }
            #expect(
                error?.userMessage
                    == "无法精确保存“河西经济技术开发区”2024年4月“地区生产总值”的累计值“1.0000000000001”：数值过大或小数位过多。")
            #expect(try await database.observations.count() == 1)
            #expect(try await database.observations.month(orgUnitID: tree.zone.id, month: march).first?.monthly == 1)

            await #expect(throws: StoreError.indicatorNotFound("unknown")) {
                try await database.observations.upsert(
                    [Observation(indicatorCode: "unknown", orgUnitID: tree.zone.id, month: march, monthly: 1)],
                    indicators: Fixtures.catalogue)
            }
        }
    }

    @Test("a failure in a later batch rolls back the earlier batches", arguments: TestEngine.all)
    func engineFailureRollsBack(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            // 1,500 valid rows, then one for an org unit that does not exist (foreign key) in the second batch.
            var rows = (0..<1_500).map { index in
                Observation(
                    indicatorCode: "gdp", orgUnitID: tree.zone.id,
                    month: Fixtures.month(1900 + index / 12, index % 12 + 1), monthly: 1)
            }
            rows.append(
                Observation(indicatorCode: "gdp", orgUnitID: 77_777, month: Fixtures.month(2024, 1), monthly: 1))
            let error = await #expect(throws: StoreError.self) {
                try await database.observations.upsert(rows, indicators: Fixtures.catalogue)
            }
            #expect(error?.userMessage == "数据库操作失败，请稍后重试或联系管理员。")
            #expect(try await database.observations.count() == 0)
        }
    }
}
