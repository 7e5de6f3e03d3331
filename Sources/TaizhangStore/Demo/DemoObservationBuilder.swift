import Foundation
import TaizhangCore

/// Turns one org unit's generated series into observations: 1—N月 cumulatives summed from the rounded months,
/// the comparable prior-year value, the published real growth and the workflow status.
struct DemoObservationBuilder {
    let catalogue: [Indicator]
    /// The first generated year (one before the first observed year, for the prior-year values).
    let firstYear: Int
    let firstMonth: YearMonth
    let through: YearMonth
    let seed: UInt64

    /// Price change per generated year in %, subtracted from nominal growth to give the published real growth.
    static let deflator: [Decimal] = [
        2, Decimal(string: "2.4")!, Decimal(string: "0.8")!,
        Decimal(string: "-0.6")!, Decimal(string: "0.3")!, Decimal(string: "0.9")!,
    ]

    /// The note put on a month whose prior-year value the statistics bureau restated.
    static let restatedNote = "上年同期数按可比口径调整"

    private func index(_ month: YearMonth) -> Int { (month.year - firstYear) * 12 + month.month - 1 }

    /// The unit's observations from `firstMonth` through `through`; the last month is a draft when asked.
    func observations(unitCode: String, unitID: Int64, series: [String: DemoSeries], draftLast: Bool) -> [Observation] {
        var out: [Observation] = []
        let first = index(firstMonth)
        let last = index(through)
        for indicator in catalogue {
            guard let generated = series[indicator.code] else { continue }
            let scale = indicator.decimals
            var rng = DemoRandom(seed: seed, stream: "observations", unitCode, indicator.code)
            switch generated {
            case .flow(let months):
                // Year-to-date sums for every generated month, exact because the months are already rounded.
                var cumulative: [Decimal] = []
                cumulative.reserveCapacity(months.count)
                for (i, value) in months.enumerated() {
                    cumulative.append(i % 12 == 0 ? value : cumulative[i - 1] + value)
                }
                var restatement: Decimal = 1
                for i in first...last {
                    let month = YearMonth(year: firstYear + i / 12, month: i % 12 + 1)!
                    if month.month == 1 || i == first {
                        restatement = 1
                        if indicator.growth != .none, rng.chance(permille: 60) {
                            restatement += rng.fraction(-25, 15)
                        }
                    }
                    let prior = (cumulative[i - 12] * restatement).roundedHalfUp(scale: scale)
                    var published: Decimal?
                    if indicator.growth == .real, prior > 0 {
                        let nominal = (cumulative[i] / prior - 1) * 100
                        let real = nominal - Self.deflator[min(i / 12, Self.deflator.count - 1)]
                        published = (real + rng.fraction(-3, 3, per: 10)).roundedHalfUp(scale: 1)
                    }
                    out.append(
                        Observation(
                            indicatorCode: indicator.code, orgUnitID: unitID, month: month, monthly: months[i],
                            cumulative: cumulative[i], priorCumulative: prior, publishedGrowth: published,
                            note: restatement == 1 ? nil : Self.restatedNote,
                            status: draftLast && i == last ? .draft : .approved))
                }
            case .level(let levels):
                for i in first...last {
                    let month = YearMonth(year: firstYear + i / 12, month: i % 12 + 1)!
                    out.append(
                        Observation(
                            indicatorCode: indicator.code, orgUnitID: unitID, month: month, monthly: nil,
                            cumulative: levels[i], priorCumulative: levels[i - 12],
                            status: draftLast && i == last ? .draft : .approved))
                }
            }
        }
        return out
    }
}
