import Foundation
import TaizhangCore
import TaizhangStore

/// Chooses the month a page opens on: the latest month with figures for the unit, up to the reference month
/// (the configured one, or the month before today, since a month is reported after it ends).
struct MonthDefaults: Sendable {
    let database: TaizhangDatabase
    let configuredMonth: String?

    var referenceMonth: YearMonth {
        if let configuredMonth, let month = YearMonth.parse(configuredMonth) { return month }
        let calendar = Calendar(identifier: .gregorian)
        var utc = calendar
        utc.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt
        let parts = utc.dateComponents([.year, .month], from: Date())
        let current = YearMonth(year: parts.year ?? 2026, month: parts.month ?? 1) ?? YearMonth(year: 2026, month: 1)!
        return current.previous
    }

    /// The latest month with any observation of `orgUnitID` within two years before the reference month.
    func latestMonth(for orgUnitID: Int64?) async throws -> YearMonth {
        let reference = referenceMonth
        guard let orgUnitID else { return reference }
        let window = reference.trailing(24)
        let observations = try await database.observations.list(
            orgUnitIDs: [orgUnitID], from: window[0], through: reference)
        return observations.map(\.month).max() ?? reference
    }

    /// The month named in a request, or the default for the unit.
    func resolve(_ text: String?, for orgUnitID: Int64?) async throws -> YearMonth {
        if let text, !text.isEmpty {
            guard let month = YearMonth.parse(text) else { throw ServiceError.invalidMonth(text) }
            return month
        }
        return try await latestMonth(for: orgUnitID)
    }
}
