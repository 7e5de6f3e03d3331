extension Array {
    /// Consecutive slices of at most `size` elements.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }

    /// The elements with duplicate keys removed, each key's last element kept in the place of its first: what
    /// row-by-row upserts would leave. PostgreSQL refuses to update one row twice in one statement.
    func lastPerKey<Key: Hashable>(_ key: (Element) -> Key) -> [Element] {
        var positions: [Key: Int] = [:]
        var result: [Element] = []
        result.reserveCapacity(count)
        for element in self {
            let elementKey = key(element)
            if let position = positions[elementKey] {
                result[position] = element
            } else {
                positions[elementKey] = result.count
                result.append(element)
            }
        }
        return result
    }
}
