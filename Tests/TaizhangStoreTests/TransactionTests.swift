import Foundation
import TaizhangCore
import Testing

@testable import TaizhangStore

@Suite("Transactions")
struct TransactionTests {
    struct Abort: Error {}

    @Test("a thrown error rolls back every write of the transaction", arguments: TestEngine.all)
    func rollback(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            await #expect(throws: Abort.self) {
                try await database.withTransaction { _ in
                    try await database.orgUnits.rename(id: tree.zone.id, to: "改名")
                    try await database.observations.upsert(
                        [
                            Observation(
                                indicatorCode: "gdp", orgUnitID: tree.zone.id, month: Fixtures.month(2024, 1),
                                monthly: 1)
                        ],
                        indicators: Fixtures.catalogue)
                    // The transaction's own connection sees its writes before the commit.
                    #expect(try await database.observations.count() == 1)
                    throw Abort()
                }
            }
            #expect(try await database.orgUnits.find(id: tree.zone.id)?.name == "河西经济技术开发区")
            #expect(try await database.observations.count() == 0)
        }
    }

    @Test(
        "nested calls join the outer transaction; an error in a nested call unwinds all of it",
        arguments: TestEngine.all)
    func nesting(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            try await database.withTransaction { outer in
                try await database.orgUnits.rename(id: tree.park.id, to: "一号园")
                try await database.withTransaction { inner in
                    let same = try await inner.raw("SELECT name FROM org_units WHERE id = \(bind: tree.park.id)")
                        .first()?.decode(column: "name", as: String.self)
                    #expect(same == "一号园")
                }
                _ = outer
            }
            #expect(try await database.orgUnits.find(id: tree.park.id)?.name == "一号园")

            // create() validates inside its own (here nested) transaction; its error unwinds the outer one too.
            await #expect(throws: StoreError.duplicateOrgUnitCode("HX")) {
                try await database.withTransaction { _ in
                    try await database.orgUnits.rename(id: tree.park.id, to: "二号园")
                    try await database.orgUnits.create(code: "HX", name: "重复", kind: .city)
                }
            }
            #expect(try await database.orgUnits.find(id: tree.park.id)?.name == "一号园")
        }
    }

    @Test("concurrent writers queue instead of failing with a busy database", arguments: TestEngine.all)
    func concurrentWriters(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for year in 2001...2016 {
                    group.addTask {
                        let rows = (1...12).map { month in
                            Observation(
                                indicatorCode: "gdp", orgUnitID: tree.zone.id,
                                month: Fixtures.month(year, month), monthly: Decimal(month))
                        }
                        try await database.observations.upsert(rows, indicators: Fixtures.catalogue)
                        _ = try await database.orgUnits.all()
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await database.observations.count() == 16 * 12)
        }
    }
}
