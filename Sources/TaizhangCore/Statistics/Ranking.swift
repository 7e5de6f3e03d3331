import Foundation

/// The direction of a ranking: by default the largest value is first.
public enum RankOrder: Sendable, Hashable {
    case descending
    case ascending
}

extension Statistics {
    /// Ranks entries by value with standard competition ranking: equal values share a rank and the next rank
    /// skips (values 9, 7, 7, 5 → 1, 2, 2, 4). Entries with a nil value get no rank (absent from the result).
    public static func ranks<ID: Hashable>(
        _ entries: some Sequence<(id: ID, value: Decimal?)>, order: RankOrder = .descending
    ) -> [ID: Int] {
        let valued = entries.compactMap { entry in entry.value.map { (id: entry.id, value: $0) } }
        var result: [ID: Int] = [:]
        for entry in valued {
            let ahead = valued.filter { order == .descending ? $0.value > entry.value : $0.value < entry.value }
            result[entry.id] = ahead.count + 1
        }
        return result
    }

    /// The rank of one entry among `entries` (itself included), nil when it has no value.
    public static func rank<ID: Hashable>(
        of id: ID, among entries: some Sequence<(id: ID, value: Decimal?)>, order: RankOrder = .descending
    ) -> Int? {
        ranks(entries, order: order)[id]
    }
}
