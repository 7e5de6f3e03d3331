import Foundation
import TaizhangCore

/// What `DemoLoader` wrote: counts per table, the months covered and how long it took.
public struct DemoSummary: Sendable, Equatable {
    public var orgUnits: Int
    /// Standard indicators that were missing and got added (0 when the catalogue was already seeded).
    public var indicatorsAdded: Int
    public var observations: Int
    public var targets: Int
    public var firstMonth: YearMonth
    public var through: YearMonth
    public var elapsed: Duration
    /// The project ledger written with the city.
    public var projects: DemoProjectsSummary?

    public init(
        orgUnits: Int, indicatorsAdded: Int, observations: Int, targets: Int, firstMonth: YearMonth,
        through: YearMonth, elapsed: Duration, projects: DemoProjectsSummary? = nil
    ) {
        self.projects = projects
        self.orgUnits = orgUnits
        self.indicatorsAdded = indicatorsAdded
        self.observations = observations
        self.targets = targets
        self.firstMonth = firstMonth
        self.through = through
        self.elapsed = elapsed
    }
}
