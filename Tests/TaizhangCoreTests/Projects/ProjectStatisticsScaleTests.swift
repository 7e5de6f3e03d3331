import Foundation
import Testing

@testable import TaizhangCore

/// The whole city: 50,000 projects with histories, figures and matters. Guards against per-project scans of the
/// histories or matters (quadratic work would take minutes); the real benchmark, with the store, is elsewhere.
@Suite("Project statistics at city scale")
struct ProjectStatisticsScaleTests {
    static let month = ym(2026, 10)
    static let count = 50_000

    struct City {
        var projects: [Project] = []
        var histories: [Int64: [ProjectStageChange]] = [:]
        var totals: [Int64: ProjectYearToDate] = [:]
        var matters: [Matter] = []
    }

    /// Every fifth project started this year, the others last year; plans 1000, completed 10…1000 by id.
    static func city() -> City {
        var city = City()
        city.projects.reserveCapacity(count)
        for id in Int64(1)...Int64(count) {
            let startYear = id % 5 == 0 ? 2026 : 2025
            var record = project(
                id, "项目\(id)", unit: 100 + id % 40, stage: startYear == 2026 ? .started : .continuing,
                levels: id % 2 == 0 ? [.cityKey, .countyKey] : [.countyKey], chain: "链\(id % 7)",
                contract: Decimal(id % 200 * 1000), plan2026: 1000, signed: "\(startYear)-01-15",
                plannedStart: "\(startYear)-03-01", start: "\(startYear)-03-01")
            record.code = "XM-\(id)"
            city.projects.append(record)
            city.histories[id] = [
                ProjectStageChange(projectID: id, from: nil, to: .signed, on: day("\(startYear)-01-15")),
                ProjectStageChange(projectID: id, from: .signed, to: .started, on: day("\(startYear)-03-01")),
            ]
            city.totals[id] = figures(
                id, through: month, month: 10, year: Decimal(id % 100 * 10 + 10), funds: 5, totalFunds: 50,
                reported: id % 3 != 0)
            if id % 5 == 1 {
                city.matters.append(
                    matter(id, project: id, unit: 100 + id % 40, raised: "2026-03-01", deadline: "2026-09-30"))
            }
        }
        return city
    }

    @Test("summary, breakdown by zone and bulletin of 50,000 projects")
    func cityScale() {
        let city = Self.city()
        let zoneOf: (Int64) -> (id: Int64, name: String)? = { unit in (unit % 8, "开发区\(unit % 8)") }
        let clock = ContinuousClock()
        var summary: ProjectSummary?
        var groups: [ProjectGroupSummary] = []
        var bulletin: ProjectBulletin?
        let elapsed = clock.measure {
            summary = ProjectStatistics.summarize(
                city.projects, histories: city.histories, totals: city.totals, matters: city.matters, asOf: Self.month)
            groups = ProjectStatistics.breakdown(
                city.projects, histories: city.histories, totals: city.totals, matters: city.matters,
                asOf: Self.month, by: .orgUnit(zoneOf))
            bulletin = ProjectBulletin.make(
                month: Self.month, projects: city.projects, totals: city.totals, matters: city.matters,
                zoneOf: zoneOf)
        }
        print("city scale (\(Self.count) projects): summarize + breakdown + bulletin in \(elapsed)")
        // Generous even for a debug build; quadratic work over 50,000 projects would take minutes.
        #expect(elapsed < .seconds(30))

        guard let summary, let bulletin else { return }
        #expect(summary.projectCount == Self.count)
        #expect(summary.stages.started == 10_000 && summary.stages.continuing == 40_000)
        #expect(summary.signedCount == 10_000)
        #expect(summary.annualPlan == 50_000_000)
        // Σ (id % 100 × 10 + 10) over 50,000 ids = 500 × Σ_{r=0}^{99} (10r + 10) = 500 × 50,500.
        #expect(summary.yearCompleted == 25_250_000)
        #expect(summary.mattersOpen == 10_000 && summary.mattersOverdue == 10_000)
        #expect(groups.count == 8 && groups.map(\.summary.projectCount).reduce(0, +) == Self.count)
        #expect(bulletin.total.projectCount == Self.count && bulletin.projects.count == Self.count)
        #expect(bulletin.total.figures.yearCompleted == summary.yearCompleted)
        #expect(bulletin.zones.count == 8 && bulletin.overdueMatters.count == 10_000)
        // Completed 1000 of 1000 is the best: ids ending in 99 (500 of them) share rank 1.
        #expect(bulletin.projects.prefix(500).allSatisfy { $0.rank == 1 } && bulletin.projects[500].rank == 501)
    }
}
