import Foundation
import TaizhangCore

/// The generated figures of one indicator for one org unit, one entry per month from January of the first
/// generated year: either the month's own values (flows, whose 1—N月 value is their running sum within the year)
/// or the value at each month's end (stocks, ratios, per-capita figures).
enum DemoSeries: Sendable {
    case flow([Decimal])
    case level([Decimal])

    var values: [Decimal] {
        switch self {
        case .flow(let values), .level(let values): values
        }
    }

    /// The element-wise sum, used for a district or the city: its parts plus its own remainder.
    static func + (a: DemoSeries, b: DemoSeries) -> DemoSeries {
        switch (a, b) {
        case (.flow(let x), .flow(let y)): .flow(zip(x, y).map { $0 + $1 })
        case (.level(let x), .level(let y)): .level(zip(x, y).map { $0 + $1 })
        default: preconditionFailure("cannot add a flow and a level series")
        }
    }
}

/// Monthly weights (any scale) that give the demo figures their seasons.
enum DemoSeason {
    static let flat = [83, 80, 84, 83, 83, 84, 83, 83, 84, 84, 84, 95]
    static let primary = [40, 40, 55, 65, 80, 110, 105, 110, 135, 125, 80, 55]
    static let secondary = [70, 58, 84, 85, 86, 90, 84, 85, 88, 88, 90, 97]
    static let tertiary = [80, 72, 82, 82, 84, 85, 86, 86, 85, 88, 86, 104]
    /// Small in January–February, a December peak (year-end settlement of projects).
    static let investment = [38, 42, 80, 85, 95, 105, 90, 95, 105, 100, 110, 155]
    static let retail = [95, 82, 80, 78, 85, 82, 80, 80, 84, 92, 88, 100]
    static let trade = [82, 62, 85, 85, 85, 86, 88, 88, 85, 85, 86, 92]
    /// April–May carry the annual tax settlement (汇算清缴).
    static let budget = [105, 68, 80, 100, 108, 86, 82, 72, 76, 94, 66, 70]
    static let capital = [45, 50, 90, 85, 80, 100, 75, 85, 95, 85, 95, 140]
    static let technology = [45, 45, 70, 75, 80, 95, 75, 80, 85, 90, 105, 150]
    /// Summer grain in June–July, autumn grain in September–October, a little winter vegetable grain otherwise.
    static let grain = [4, 4, 5, 6, 10, 330, 40, 12, 270, 300, 12, 6]
    static let projectsStarted = [5, 10, 30, 20, 10, 8, 5, 5, 8, 5, 4, 3]
    static let projectsCompleted = [3, 3, 5, 5, 6, 10, 6, 6, 10, 8, 10, 28]
    static let signing = [5, 6, 12, 10, 8, 10, 7, 8, 10, 8, 8, 8]
    static let entities = [7, 6, 10, 9, 9, 9, 8, 8, 8, 9, 8, 9]
}
