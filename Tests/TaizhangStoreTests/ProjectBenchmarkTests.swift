import Foundation
import TaizhangCore
import Testing

@testable import TaizhangStore

/// The store side of the performance target: 50,000 projects × 36 months of progress in SQLite, and the
/// reads the month's bulletin makes. Slow (it seeds 1.8 M rows), so it runs only when
/// `TAIZHANG_BENCH_PROJECTS` is set, e.g. `TAIZHANG_BENCH_PROJECTS=50000 swift test --filter ProjectBenchmark`.
/// With `TAIZHANG_BENCH_DB=PATH` the seeded SQLite file is kept there and reused by later runs (for profiling).
@Suite("Project benchmark", .enabled(if: ProcessInfo.processInfo.environment["TAIZHANG_BENCH_PROJECTS"] != nil))
struct ProjectBenchmarkTests {
    @Test("year-to-date through a month over 36 months of progress")
    func yearToDate() async throws {
        let count = Int(ProcessInfo.processInfo.environment["TAIZHANG_BENCH_PROJECTS"] ?? "") ?? 50_000
        if let path = ProcessInfo.processInfo.environment["TAIZHANG_BENCH_DB"] {
            let database = try await TaizhangDatabase.open(.sqlite(path: path), logger: TestDatabase.logger)
            do {
                try await Self.run(database, count: count)
                try await database.shutdown()
            } catch {
                try? await database.shutdown()
                throw error
            }
        } else {
            try await TestDatabase.with(.sqlite) { database throws in try await Self.run(database, count: count) }
        }
    }

    static func run(_ database: TaizhangDatabase, count: Int) async throws {
        if try await database.projects.count() < count {
            let tree = try await Fixtures.seed(database)
            let months = (0..<36).map { YearMonth(year: 2024 + $0 / 12, month: $0 % 12 + 1)! }
            var generator = SeededGenerator(seed: 4)
            let seedStart = ContinuousClock.now
            for batchStart in stride(from: 0, to: count, by: 5_000) {
                let indices = batchStart..<min(count, batchStart + 5_000)
                var projects: [Project] = []
                var progress: [(projectIndex: Int, entry: ProjectProgress)] = []
                for (offset, index) in indices.enumerated() {
                    projects.append(
                        Project(
                            code: "B-\(index)", name: "年产\(index % 90 + 10)万套汽车零部件基准项目\(index)",
                            orgUnitID: index % 2 == 0 ? tree.zone.id : tree.park.id, stage: .continuing,
                            investor: "华东精密制造集团有限公司", investorOrigin: "长三角", industry: "汽车制造业",
                            industryChain: "装备制造", chainLink: "关键零部件", levels: [.cityKey, .provincialKey],
                            constructionNature: .new, projectType: "产业项目",
                            content: "新建厂房\(index % 20 + 1)万平方米，购置生产设备120台（套），建成自动化生产线4条。",
                            promotionMethod: "产业链招商", contractValue: 110_000, plannedInvestment: 100_000,
                            annualPlans: [2024: 20_000, 2025: 30_000, 2026: 30_000],
                            signedOn: CalendarDate(year: 2023, month: 11, day: 8),
                            plannedStart: CalendarDate(year: 2024, month: 1, day: 1),
                            actualStart: CalendarDate(year: 2024, month: 1, day: 20),
                            plannedCompletion: CalendarDate(year: 2026, month: 12, day: 31), isInStatistics: true,
                            liaisonLeaders: ["王市长"], responsibleUnit: "河西经开区管委会", serviceUnit: "市工信局",
                            taskForce: ["张伟", "刘洋"], expectedAnnualOutput: 300_000, expectedAnnualTax: 9_000))
                    // Every tenth project skips a random month, so the gap index is exercised.
                    let skipped = index % 10 == 0 ? Int.random(in: 0..<36, using: &generator) : -1
                    for (monthIndex, month) in months.enumerated() where monthIndex != skipped {
                        progress.append(
                            (
                                offset,
                                ProjectProgress(
                                    projectID: 0, month: month,
                                    completedInvestment: Decimal(Int.random(in: 0...500_000, using: &generator)) / 100,
                                    fundsInPlace: Decimal(Int.random(in: 0...1_000, using: &generator)),
                                    progressNote: "主体施工")
                            ))
                    }
                }
                try await database.projects.bulkInsert(ProjectSeed(projects: projects, progress: progress))
            }
            print("seeded \(count) projects × 36 months in \(ContinuousClock.now - seedStart)")
            try await database.withConnection { sql in try await sql.raw("ANALYZE").run() }
        }

        let through = Fixtures.month(2026, 10)
        let plans = try await database.withConnection { sql in
            let reported = try await sql.raw(
                "EXPLAIN QUERY PLAN SELECT project_id, completed FROM project_progress WHERE month = 202610"
            ).all()
            let silent = try await sql.raw(
                """
                EXPLAIN QUERY PLAN SELECT project_id, total_completed FROM project_progress
                WHERE gap_after = TRUE AND month < 202610 AND next_month > 202610
                """
            ).all()
            return try (reported + silent).map { try $0.decode(column: "detail", as: String.self) }
        }
        print("plans: \(plans)")
        #expect(plans.contains { $0.contains("project_progress_gaps") })
        var best = Duration.seconds(100)
        var figures: [Int64: ProjectYearToDate] = [:]
        for _ in 0..<5 {
            let start = ContinuousClock.now
            figures = try await database.projects.yearToDate(through: through)
            best = min(best, ContinuousClock.now - start)
        }
        print("yearToDate(through: 2026-10) for \(figures.count) projects: best of 5 \(best)")
        #expect(figures.count == count)
        #expect(figures.values.filter { !$0.reportedThisMonth }.count < count / 10 + 1)

        var listBest = Duration.seconds(100)
        for _ in 0..<3 {
            let start = ContinuousClock.now
            let all = try await database.projects.list()
            listBest = min(listBest, ContinuousClock.now - start)
            #expect(all.count == count)
        }
        print("list() of \(count) projects with plans: best of 3 \(listBest)")
        var monthBest = Duration.seconds(100)
        for _ in 0..<3 {
            let start = ContinuousClock.now
            _ = try await database.projects.progress(month: through)
            monthBest = min(monthBest, ContinuousClock.now - start)
        }
        print("progress(month:) of \(count) projects: best of 3 \(monthBest)")

        // A month's dispatch of every project written through the normal (audited) path.
        let next = Fixtures.month(2027, 1)
        let ids = Array(figures.keys.sorted().prefix(5_000))
        let saveStart = ContinuousClock.now
        try await database.projects.saveProgress(
            ids.map { ProjectProgress(projectID: $0, month: next, completedInvestment: 12.5) }, by: .system)
        print("saveProgress of 5,000 entries (audited): \(ContinuousClock.now - saveStart)")
    }
}
