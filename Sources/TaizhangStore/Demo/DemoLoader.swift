import Foundation
import TaizhangCore

/// Writes the demo city (`DemoCity`) into a store: org units, the standard catalogue where missing,
/// observations, targets and the project ledger (`DemoProjects`), all in one transaction so that a failure leaves
/// nothing behind.
public enum DemoLoader {
    /// Loads the demo city through `through` with the default seed; refuses when a demo org unit code exists.
    public static func load(into db: TaizhangDatabase, through: YearMonth) async throws -> DemoSummary {
        try await load(into: db, through: through, seed: DemoCity.defaultSeed)
    }

    /// Like `load(into:through:)` with another seed (tests, other demo cities).
    public static func load(into db: TaizhangDatabase, through: YearMonth, seed: UInt64) async throws -> DemoSummary {
        let clock = ContinuousClock()
        let start = clock.now
        var summary = try await db.withTransaction { _ in
            let existingUnits = try await db.orgUnits.all(includeArchived: true)
            let demoCodes = Set(DemoCityLayout.units.map(\.code))
            if let taken = existingUnits.first(where: { demoCodes.contains($0.code) }) {
                throw DemoLoaderError.alreadyLoaded(code: taken.code)
            }

            let indicatorsBefore = try await db.indicators.all().count
            let catalogue = try await db.indicators.addMissingStandardIndicators()
            let indicators = Dictionary(uniqueKeysWithValues: catalogue.map { ($0.code, $0) })

            // The generator numbers units 1, 2, 3 …; shift past the ids already taken.
            let city = DemoCity(catalogue: catalogue, through: through, seed: seed)
            let offset = existingUnits.map(\.id).max() ?? 0
            let units = city.orgUnits.map { unit in
                var shifted = unit
                shifted.id += offset
                shifted.parentID = unit.parentID.map { $0 + offset }
                return shifted
            }
            var observations = city.observations
            var targets = city.targets
            if offset != 0 {
                for index in observations.indices { observations[index].orgUnitID += offset }
                for index in targets.indices { targets[index].orgUnitID += offset }
            }

            try await db.orgUnits.insertAll(units)
            let observationCount = try await db.observations.upsert(observations, indicators: indicators)
            let targetCount = try await db.targets.upsert(targets, indicators: indicators)
            // The project ledger lives in the same units, so it joins this transaction and their id offset.
            let projectSummary = try await DemoProjectsLoader.load(
                into: db, through: city.through, seed: seed, orgUnitOffset: offset)
            return DemoSummary(
                orgUnits: units.count, indicatorsAdded: catalogue.count - indicatorsBefore, observations: observationCount,
                targets: targetCount, firstMonth: city.firstMonth, through: city.through, elapsed: .zero,
                projects: projectSummary)
        }
        summary.elapsed = clock.now - start
        return summary
    }
}
