import Foundation

/// Standard competition ranking (9, 7, 7, 5 → 1, 2, 2, 4) in O(n log n), the same rule as `Statistics.ranks`,
/// whose pairwise comparison is too slow for a city's 50,000 projects.
enum BulletinRanking {
    /// Ranks, descending, aligned with `values`; nil values get no rank.
    static func ranks(_ values: [Decimal?]) -> [Int?] {
        let order = values.indices.filter { values[$0] != nil }.sorted { values[$0]! > values[$1]! }
        var result = [Int?](repeating: nil, count: values.count)
        var previous: Decimal?
        var previousRank = 0
        for (position, index) in order.enumerated() {
            let value = values[index]!
            let rank = previous == value ? previousRank : position + 1
            result[index] = rank
            previous = value
            previousRank = rank
        }
        return result
    }
}
