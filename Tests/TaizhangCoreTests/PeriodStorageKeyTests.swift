import Foundation
import TaizhangCore
import Testing

@Suite struct PeriodStorageKeyTests {
    @Test func keys() {
        #expect(Period.year(2024).storageKey == "2024")
        #expect(Period.quarter(year: 2024, quarter: 1).storageKey == "2024-Q1")
        #expect(Period.month(ym(2024, 3)).storageKey == "2024-03")
        #expect(Period.cumulative(through: ym(2024, 10)).storageKey == "2024-C10")
        #expect(Period.cumulative(through: ym(2024, 3)).storageKey == "2024-C03")
        #expect(Period.forecast(year: 2024).storageKey == "2024-F")
    }

    @Test func roundTrip() {
        var all: [Period] = [.year(2024), .forecast(year: 2024)]
        for q in 1...4 { all.append(.quarter(year: 2024, quarter: q)) }
        for m in 1...12 {
            all.append(.month(ym(2024, m)))
            all.append(.cumulative(through: ym(2024, m)))
        }
        for period in all { #expect(Period(storageKey: period.storageKey) == period) }
        #expect(Set(all.map(\.storageKey)).count == all.count)
    }

    @Test(arguments: [
        "", "24", "2024-", "2024-Q5", "2024-Q0", "2024-C13", "2024-C1", "2024-3", "2024-13", "2024-FF",
        "2024年", "2024-03-01", "abcd",
    ])
    func rejectsMalformedKeys(key: String) {
        #expect(Period(storageKey: key) == nil)
    }
}
