/// Column widths for a table in the 156 mm text block: each column as wide as its longest line needs; headers
/// wrapped or the type dropped from 4号 to 小四 when that does not fit, and the widest columns capped (they wrap)
/// when even 小四 does not fit. Widths always add up to the block width exactly.
struct WordTableColumns: Equatable {
    /// Twips per column.
    let widths: [Int]
    /// The type size of the cells, in half-points.
    let halfPoints: Int

    /// Left plus right cell margin (tblCellMar), twips.
    static let cellPadding = 2 * 85
    /// Room for rounding and the −0.25 pt a renderer may differ by.
    static let slack = 30

    /// Columns whose header does not fit on one line; the writer breaks those headers in the middle so that they
    /// wrap as "年度 / 计划", not "年度计 / 划".
    let wrapsHeader: [Bool]

    /// `needs` is each column's widest body-cell line and `headerNeeds` its header's, in half-character units (a
    /// CJK character counts two). In order of preference: 4号 with headers on one line, 4号 with headers wrapped
    /// onto two lines, the same at 小四, then 小四 with the widest columns capped.
    init(needs: [Int], headerNeeds: [Int] = [], totalWidth: Int = WordPageLayout.textWidth) {
        let count = max(needs.count, headerNeeds.count, 1)
        let bodyNeeds = (0..<count).map { max($0 < needs.count ? needs[$0] : 0, 4) }
        let headers = (0..<count).map { $0 < headerNeeds.count ? headerNeeds[$0] : 0 }
        // Half the header, rounded up to whole characters.
        let wrappedHeaders = headers.map { ($0 + 3) / 4 * 2 }
        for size in [WordPageLayout.size4, WordPageLayout.smallSize4] {
            let unit = size * 5  // twips per half character
            let full = (0..<count).map { max(bodyNeeds[$0], headers[$0]) * unit + Self.extra }
            if full.reduce(0, +) <= totalWidth {
                widths = Self.spread(full, totalWidth: totalWidth)
                wrapsHeader = Array(repeating: false, count: count)
                halfPoints = size
                return
            }
            var wanted = (0..<count).map { max(bodyNeeds[$0], wrappedHeaders[$0]) * unit + Self.extra }
            var spare = totalWidth - wanted.reduce(0, +)
            guard spare >= 0 else { continue }
            // Let the headers closest to fitting have one line again, then spread what is left.
            let wrapping = (0..<count).filter { wanted[$0] < full[$0] }
            for index in wrapping.sorted(by: { full[$0] - wanted[$0] < full[$1] - wanted[$1] }) {
                let deficit = full[index] - wanted[index]
                guard deficit <= spare else { break }
                spare -= deficit
                wanted[index] = full[index]
            }
            let spread = Self.spread(wanted, totalWidth: totalWidth)
            widths = spread
            wrapsHeader = (0..<count).map { full[$0] > spread[$0] }
            halfPoints = size
            return
        }
        let unit = WordPageLayout.smallSize4 * 5
        let wanted = (0..<count).map { max(bodyNeeds[$0], wrappedHeaders[$0]) * unit + Self.extra }
        let capped = Self.capped(wanted, totalWidth: totalWidth)
        widths = capped
        wrapsHeader = (0..<count).map { headers[$0] * unit + Self.extra > capped[$0] }
        halfPoints = WordPageLayout.smallSize4
    }

    private static let extra = cellPadding + slack

    /// Adds the spare width in proportion, so a short table still spans the block; the last column takes the
    /// rounding.
    private static func spread(_ wanted: [Int], totalWidth: Int) -> [Int] {
        let sum = wanted.reduce(0, +)
        var widths = wanted.map { $0 + ($0 * (totalWidth - sum)) / max(sum, 1) }
        widths[widths.count - 1] += totalWidth - widths.reduce(0, +)
        return widths
    }

    /// Water-filling: columns narrower than the cap keep their width, the rest share what is left equally.
    private static func capped(_ wanted: [Int], totalWidth: Int) -> [Int] {
        let order = wanted.indices.sorted { wanted[$0] < wanted[$1] }
        var widths = wanted
        var remaining = totalWidth
        var left = wanted.count
        for (position, index) in order.enumerated() {
            let cap = remaining / left
            if wanted[index] <= cap {
                remaining -= wanted[index]
                left -= 1
                continue
            }
            let rest = order[position...]
            for (offset, other) in rest.enumerated() {
                widths[other] = cap + (offset < remaining - cap * left ? 1 : 0)
            }
            return widths
        }
        return widths
    }
}
