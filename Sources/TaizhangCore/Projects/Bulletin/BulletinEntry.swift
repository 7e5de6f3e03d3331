import Foundation

/// One taking-part project while the bulletin is made: where to find it, its figures, and its rank once known.
/// Rate keys and codes, which sorting reads, are kept in arrays of their own.
struct BulletinEntry {
    /// The project, boxed once and shared by its ranked and its lagging row.
    let project: ProjectBox
    let zone: (id: Int64, name: String)?
    let plan: Decimal
    let year: Decimal
    let month: Decimal
    let reported: Bool
    var rank: Int?

    init(
        project: ProjectBox, zone: (id: Int64, name: String)?, plan: Decimal, year: Decimal, month: Decimal,
        reported: Bool
    ) {
        self.project = project
        self.zone = zone
        self.plan = plan
        self.year = year
        self.month = month
        self.reported = reported
    }

    func row(timeElapsed: Decimal) -> BulletinProjectRow {
        BulletinProjectRow(
            box: project, zoneID: zone?.id, zoneName: zone?.name,
            figures: BulletinFigures(
                annualPlan: plan, yearCompleted: year, monthCompleted: month, timeElapsed: timeElapsed),
            reported: reported, rank: rank)
    }
}

extension BulletinEntry {
    /// Ranks the entries with a rate key, best first, in place (standard competition ranking: ties share a rank
    /// and the next skips), and returns their indices in ranked order, ties by code.
    static func rank(_ entries: inout [BulletinEntry], keys: [CompletionKey?], codes: [String]) -> [Int] {
        let order = entries.indices.filter { keys[$0] != nil }.sorted { a, b in
            let comparison = CompletionKey.compare(keys[a]!, keys[b]!)
            return comparison != 0 ? comparison > 0 : codes[a] < codes[b]
        }
        for (position, index) in order.enumerated() {
            if position > 0, CompletionKey.compare(keys[order[position - 1]]!, keys[index]!) == 0 {
                entries[index].rank = entries[order[position - 1]].rank
            } else {
                entries[index].rank = position + 1
            }
        }
        return order
    }
}
