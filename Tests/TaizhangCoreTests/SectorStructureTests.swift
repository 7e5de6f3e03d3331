import Foundation
import TaizhangCore
import Testing

@Suite struct SectorStructureTests {
    @Test func exactShares() throws {
        let s = try #require(Statistics.sectorStructure(primary: 85, secondary: 452, tertiary: 463))
        #expect(s.shares == [d("8.5"), d("45.2"), d("46.3")])
        #expect(s.ratioText == "8.5:45.2:46.3")
    }

    @Test func largestRemainderWhereHalfUpWouldSumTo100point1() throws {
        // Half-up gives 1.3 + 48.4 + 50.4 = 100.1; the two largest remainders (.7, .7) take the missing tenths.
        let s = try #require(
            Statistics.sectorStructure(primary: d("1.26"), secondary: d("48.37"), tertiary: d("50.37")))
        #expect(s.roundedShares == [d("1.2"), d("48.4"), d("50.4")])
        #expect(s.roundedShares.reduce(0, +) == 100)
    }

    @Test func equalRemaindersGoToTheEarlierIndustry() throws {
        let thirds = try #require(Statistics.sectorStructure(primary: 1, secondary: 1, tertiary: 1))
        #expect(thirds.ratioText == "33.4:33.3:33.3")
        let halves = try #require(
            Statistics.sectorStructure(primary: d("12.25"), secondary: d("43.35"), tertiary: d("44.40")))
        #expect(halves.ratioText == "12.3:43.3:44.4")
    }

    @Test func sharesAreUnroundedAndAmountsAnyUnit() throws {
        let s = try #require(Statistics.sectorStructure(primary: 200, secondary: 300, tertiary: 500))
        #expect(s.ratioText == "20.0:30.0:50.0")
        let t = try #require(Statistics.sectorStructure(primary: 1, secondary: 2, tertiary: 0))
        #expect(t.shares[0].roundedHalfUp(scale: 6) == d("33.333333"))
        #expect(t.ratioText == "33.3:66.7:0.0")
    }

    @Test func refusesNegativeOrEmpty() {
        #expect(Statistics.sectorStructure(primary: -1, secondary: 2, tertiary: 3) == nil)
        #expect(Statistics.sectorStructure(primary: 0, secondary: 0, tertiary: 0) == nil)
    }
}
