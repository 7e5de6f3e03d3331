import Foundation
import Testing

@testable import TaizhangCharts

@Test func ticksCoverZeroToNinetyFiveInTwenties() {
    let scale = NiceScale(covering: [12, 95, nil, 40], targetTicks: 5)
    #expect(scale.step == 20)
    #expect(scale.ticks == [0, 20, 40, 60, 80, 100])
}

@Test func ticksUseTwoFiveOrTenSteps() {
    // 1234 / 5 = 246.8 → 2.468 × 10² → step 500 (the smallest of 1, 2, 5 × 10² not below it).
    let scale = NiceScale(covering: [1234], targetTicks: 5)
    #expect(scale.step == 500)
    #expect(scale.upper == 1500)
    #expect(scale.lower == 0)
}

@Test func ticksAreExactDecimalsForSmallValues() {
    // 0.1 + 0.2 must be exactly 0.3 on the axis, as it would be with Decimal but not with Double.
    let scale = NiceScale(covering: [Decimal(string: "0.05")!, Decimal(string: "0.47")!], targetTicks: 5)
    #expect(scale.step == Decimal(string: "0.1"))
    #expect(scale.ticks.map(\.description) == ["0", "0.1", "0.2", "0.3", "0.4", "0.5"])
}

@Test func negativeGrowthWidensDomainBelowZero() {
    let scale = NiceScale(covering: [-7, 12], targetTicks: 4, includesZero: false)
    // span 19 / 4 = 4.75 → step 5; floor(-7/5) = -2 → -10; ceil(12/5) = 3 → 15.
    #expect(scale.lower == -10)
    #expect(scale.upper == 15)
    #expect(scale.ticks.contains(0))
}

@Test func dataFittedDomainDoesNotForceZero() {
    let scale = NiceScale(covering: [52_000, 58_000], targetTicks: 4, includesZero: false)
    #expect(scale.lower == 52_000)
    #expect(scale.upper == 58_000)
    #expect(scale.step == 2_000)
}

@Test func flatOrEmptyDataStillHasTicks() {
    #expect(
        NiceScale(covering: []).ticks == [
            0, Decimal(string: "0.2")!, Decimal(string: "0.4")!, Decimal(string: "0.6")!, Decimal(string: "0.8")!, 1,
        ])
    let flat = NiceScale(covering: [50, 50], includesZero: false)
    #expect(flat.lower < 50 && flat.upper > 50)
}

@Test func fractionPlacesValuesProportionally() {
    let scale = NiceScale(covering: [0, 100])
    #expect(scale.fraction(of: 25) == 0.25)
    #expect(scale.fraction(of: 100) == 1)
}
