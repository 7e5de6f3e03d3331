import Foundation

/// The running sums of a zone (or of the whole bulletin): plan, completion, projects and reports.
struct BulletinSums: Sendable {
    var name: String
    var plan = AmountTotal()
    var year = AmountTotal()
    var month = AmountTotal()
    var count = 0
    var reported = 0

    init(name: String) { self.name = name }

    mutating func add(_ plan: Amount, _ year: Amount, _ month: Amount, reported: Bool) {
        self.plan.add(plan)
        self.year.add(year)
        self.month.add(month)
        count += 1
        if reported { self.reported += 1 }
    }

    mutating func add(_ other: BulletinSums) {
        plan.add(other.plan)
        year.add(other.year)
        month.add(other.month)
        count += other.count
        reported += other.reported
    }

    func figures(timeElapsed: Decimal) -> BulletinFigures {
        BulletinFigures(
            annualPlan: plan.value, yearCompleted: year.value, monthCompleted: month.value, timeElapsed: timeElapsed)
    }
}

extension BulletinSums {
    /// Zone rows ranked by completion rate, best first, ties in zone id order, zones without a plan last. Zones
    /// are few, so their rates are worked out in `Decimal` and ranked like `Statistics.ranks`.
    static func rankedRows(_ zones: [Int64: BulletinSums], timeElapsed: Decimal) -> [BulletinZoneRow] {
        var rows = zones.map { id, sums in
            BulletinZoneRow(
                zoneID: id, zoneName: sums.name, figures: sums.figures(timeElapsed: timeElapsed),
                projectCount: sums.count, reportedCount: sums.reported, rank: nil)
        }
        let ranks = BulletinRanking.ranks(rows.map(\.figures.completionRate))
        for index in rows.indices { rows[index].rank = ranks[index] }
        rows.sort { a, b in
            switch (a.rank, b.rank) {
            case (let x?, let y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.zoneID < b.zoneID
            }
        }
        return rows
    }
}
