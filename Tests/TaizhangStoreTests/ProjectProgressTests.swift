import Foundation
import TaizhangCore
import Testing

@testable import TaizhangStore

@Suite("Project progress")
struct ProjectProgressTests {
    static func entry(
        _ id: Int64, _ year: Int, _ month: Int, _ completed: String, funds: String? = nil, note: String? = nil
    ) -> ProjectProgress {
        ProjectProgress(
            projectID: id, month: Fixtures.month(year, month), completedInvestment: Fixtures.decimal(completed),
            fundsInPlace: funds.map(Fixtures.decimal), progressNote: note)
    }

    static func figures(
        _ id: Int64, _ year: Int, _ month: Int, month monthValue: String, year yearValue: String, yearFunds: String,
        total: String, totalFunds: String, reported: Bool
    ) -> ProjectYearToDate {
        ProjectYearToDate(
            projectID: id, through: Fixtures.month(year, month), monthCompleted: Fixtures.decimal(monthValue),
            yearCompleted: Fixtures.decimal(yearValue), yearFundsInPlace: Fixtures.decimal(yearFunds),
            totalCompleted: Fixtures.decimal(total), totalFundsInPlace: Fixtures.decimal(totalFunds),
            reportedThisMonth: reported)
    }

    @Test("year-to-date figures over two years, gaps and a project silent this month", arguments: TestEngine.all)
    func yearToDate(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let ledger = try await ProjectFixtures.seed(database)
            let projects = database.projects
            let p = try #require(ledger.a.id), q = try #require(ledger.b.id), r = try #require(ledger.c.id)
            try await projects.saveProgress(
                [
                    Self.entry(p, 2025, 11, "100", funds: "50"), Self.entry(p, 2025, 12, "200"),
                    Self.entry(p, 2026, 1, "300", funds: "100"), Self.entry(p, 2026, 2, "400"),
                    // No report for March.
                    Self.entry(p, 2026, 4, "50.5", funds: "20.25", note: "主体封顶"),
                    Self.entry(q, 2026, 2, "10"), Self.entry(q, 2026, 3, "20"),
                    Self.entry(r, 2026, 5, "7"),
                ], by: ProjectFixtures.clerk)

            // March: p did not report (0 this month), 1—3月 = 300 + 400, all = 100 + 200 + 300 + 400.
            let march = try await projects.yearToDate(through: Fixtures.month(2026, 3))
            #expect(march.keys.sorted() == [p, q])
            #expect(
                march[p]
                    == Self.figures(
                        p, 2026, 3, month: "0", year: "700", yearFunds: "100", total: "1000", totalFunds: "150",
                        reported: false))
            #expect(
                march[q]
                    == Self.figures(
                        q, 2026, 3, month: "20", year: "30", yearFunds: "0", total: "30", totalFunds: "0",
                        reported: true))

            let april = try await projects.yearToDate(through: Fixtures.month(2026, 4))
            #expect(
                april[p]
                    == Self.figures(
                        p, 2026, 4, month: "50.5", year: "750.5", yearFunds: "120.25", total: "1050.5",
                        totalFunds: "170.25", reported: true))
            #expect(
                april[q]
                    == Self.figures(
                        q, 2026, 4, month: "0", year: "30", yearFunds: "0", total: "30", totalFunds: "0",
                        reported: false))
            #expect(april[r] == nil)

            // The year before: only p, through December of 2025.
            let december = try await projects.yearToDate(through: Fixtures.month(2025, 12))
            #expect(december.keys.sorted() == [p])
            #expect(
                december[p]
                    == Self.figures(
                        p, 2025, 12, month: "200", year: "300", yearFunds: "50", total: "300", totalFunds: "50",
                        reported: true))
            // Only some projects.
            let january = try await projects.yearToDate(through: Fixtures.month(2026, 1), projectIDs: [p, r])
            #expect(
                january == [
                    p: Self.figures(
                        p, 2026, 1, month: "300", year: "300", yearFunds: "100", total: "600", totalFunds: "150",
                        reported: true)
                ])
            #expect(try await projects.yearToDate(through: Fixtures.month(2026, 1), projectIDs: []).isEmpty)
            // A new year with no report yet: nothing this year, the total carried.
            let nextYear = try await projects.yearToDate(through: Fixtures.month(2027, 1))
            #expect(
                nextYear[p]
                    == Self.figures(
                        p, 2027, 1, month: "0", year: "0", yearFunds: "0", total: "1050.5", totalFunds: "170.25",
                        reported: false))
            #expect(nextYear[r]?.totalCompleted == 7)
            #expect(try await projects.yearToDate(through: Fixtures.month(2025, 10)).isEmpty)
        }
    }

    @Test(
        "saving a month again replaces it; filling a gap and an earlier month move the totals",
        arguments: TestEngine.all)
    func upsert(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let ledger = try await ProjectFixtures.seed(database)
            let projects = database.projects
            let p = try #require(ledger.a.id)
            try await projects.saveProgress(
                [
                    Self.entry(p, 2025, 11, "100", funds: "50"), Self.entry(p, 2025, 12, "200"),
                    Self.entry(p, 2026, 1, "300", funds: "100"), Self.entry(p, 2026, 2, "400", note: "钢结构吊装"),
                    Self.entry(p, 2026, 4, "50.5", funds: "20.25"),
                ], by: ProjectFixtures.clerk)
            try await projects.saveProgress(
                [Self.entry(p, 2026, 2, "450", note: "钢结构吊装完成"), Self.entry(p, 2026, 3, "1")],
                by: ProjectFixtures.clerk)
            try await projects.saveProgress([Self.entry(p, 2025, 10, "5")], by: ProjectFixtures.clerk)

            let history = try await projects.progress(projectID: p)
            #expect(history.map(\.month.key) == [202510, 202511, 202512, 202601, 202602, 202603, 202604])
            #expect(history[4].completedInvestment == 450)
            #expect(history[4].progressNote == "钢结构吊装完成")
            #expect(history[6].fundsInPlace == Fixtures.decimal("20.25"))
            #expect(history[5].fundsInPlace == nil)

            // 1—4月: 300 + 450 + 1 + 50.5; all: 5 + 100 + 200 + 801.5.
            let april = try await projects.yearToDate(through: Fixtures.month(2026, 4))
            #expect(
                april[p]
                    == Self.figures(
                        p, 2026, 4, month: "50.5", year: "801.5", yearFunds: "120.25", total: "1106.5",
                        totalFunds: "170.25", reported: true))
            let march = try await projects.yearToDate(through: Fixtures.month(2026, 3))
            #expect(march[p]?.reportedThisMonth == true)
            #expect(march[p]?.yearCompleted == Fixtures.decimal("751"))

            let month = try await projects.progress(month: Fixtures.month(2026, 2))
            #expect(month.map(\.completedInvestment) == [450])
            #expect(try await projects.progress(month: Fixtures.month(2026, 2), projectIDs: [999]).isEmpty)

            let audit = try await database.audit.history(
                entityType: "projectProgress", entityKey: "HX-JK-2026-001/2026-02")
            #expect(audit.map(\.action) == [.create, .update])
            #expect(audit[1].before?.contains("400") == true)
            #expect(audit[1].after?.contains("450") == true)
            #expect(audit[1].month == Fixtures.month(2026, 2))

            await #expect(throws: ProjectStoreError.projectNotFound(id: 4242)) {
                try await projects.saveProgress([Self.entry(4242, 2026, 5, "1")], by: ProjectFixtures.clerk)
            }
            await #expect(throws: ProjectStoreError.self) {
                try await projects.saveProgress([Self.entry(p, 2026, 5, "0.000000001")], by: ProjectFixtures.clerk)
            }
            #expect(try await projects.progress(projectID: p).count == 7)
        }
    }

    /// Random reports written in random batches and orders must give the same figures as summing every month.
    @Test("year-to-date equals the sums of the reported months, whatever the writing order", arguments: TestEngine.all)
    func randomised(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let ledger = try await ProjectFixtures.seed(database)
            var ids: [Int64] = []
            for index in 0..<6 {
                let project = try await database.projects.create(
                    Project(code: "R-\(index)", name: "随机项目\(index)", orgUnitID: ledger.tree.zone.id),
                    by: ProjectFixtures.clerk)
                ids.append(try #require(project.id))
            }
            var generator = SeededGenerator(seed: 20_261_123)
            let months = (0..<30).map { Fixtures.month(2024, 11).advanced($0) }
            var truth: [Int64: [Int: (Decimal, Decimal)]] = [:]
            for _ in 0..<8 {
                var batch: [ProjectProgress] = []
                for _ in 0..<25 {
                    let id = ids[Int.random(in: 0..<ids.count, using: &generator)]
                    let month = months[Int.random(in: 0..<months.count, using: &generator)]
                    let completed = Decimal(Int.random(in: 0...99_999, using: &generator)) / 100
                    let funds = Decimal(Int.random(in: 0...500, using: &generator))
                    batch.append(
                        ProjectProgress(
                            projectID: id, month: month, completedInvestment: completed, fundsInPlace: funds))
                }
                try await database.projects.saveProgress(batch, by: ProjectFixtures.clerk)
                for entry in batch {
                    truth[entry.projectID, default: [:]][entry.month.key] = (
                        entry.completedInvestment, entry.fundsInPlace!
                    )
                }
            }
            for month in months + [months.last!.next] {
                let figures = try await database.projects.yearToDate(through: month)
                for id in ids {
                    let reports = (truth[id] ?? [:]).filter { $0.key <= month.key }
                    guard !reports.isEmpty else {
                        #expect(figures[id] == nil)
                        continue
                    }
                    let thisYear = reports.filter { $0.key / 100 == month.year }
                    let expected = ProjectYearToDate(
                        projectID: id, through: month, monthCompleted: reports[month.key]?.0 ?? 0,
                        yearCompleted: thisYear.values.reduce(0) { $0 + $1.0 },
                        yearFundsInPlace: thisYear.values.reduce(0) { $0 + $1.1 },
                        totalCompleted: reports.values.reduce(0) { $0 + $1.0 },
                        totalFundsInPlace: reports.values.reduce(0) { $0 + $1.1 },
                        reportedThisMonth: reports[month.key] != nil)
                    #expect(figures[id] == expected, "project \(id) through \(month)")
                }
            }
        }
    }
}

extension ProjectProgressTests {
    @Test("concurrent writers of one project's months keep its running totals right", arguments: TestEngine.all)
    func concurrentWriters(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let ledger = try await ProjectFixtures.seed(database)
            let p = try #require(ledger.a.id)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for month in 1...12 {
                    group.addTask {
                        try await database.projects.saveProgress(
                            [Self.entry(p, 2026, month, String(month * 10))], by: ProjectFixtures.clerk)
                    }
                }
                try await group.waitForAll()
            }
            // 10 + 20 + … + 120 = 780; through June 10 + … + 60 = 210.
            let december = try await database.projects.yearToDate(through: Fixtures.month(2026, 12))
            #expect(december[p]?.yearCompleted == 780)
            #expect(december[p]?.totalCompleted == 780)
            let june = try await database.projects.yearToDate(through: Fixtures.month(2026, 6))
            #expect(june[p]?.yearCompleted == 210)
            #expect(june[p]?.monthCompleted == 60)
        }
    }
}

/// A small deterministic generator (SplitMix64), so a failing random case can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension YearMonth {
    /// The month `count` months later.
    fileprivate func advanced(_ count: Int) -> YearMonth {
        var month = self
        for _ in 0..<count { month = month.next }
        return month
    }
}
