import Foundation
import Testing

@testable import TaizhangCore

/// The integer fast path behind the project statistics must give exactly what `Decimal` gives.
@Suite("Scaled amounts")
struct ScaledAmountTests {
    @Test("amounts with up to eight decimals become integers of 10⁻⁸ 万元; the rest stays Decimal")
    func conversion() {
        #expect(ScaledAmount.scaled(0) == 0)
        #expect(ScaledAmount.scaled(d("1234.5678")) == 123_456_780_000)
        #expect(ScaledAmount.scaled(d("-0.00000001")) == -1)
        #expect(ScaledAmount.scaled(d("25000")) == 2_500_000_000_000)
        #expect(ScaledAmount.scaled(d("0.000000001")) == nil)  // nine decimals
        #expect(ScaledAmount.scaled(d("92233720368.54775807")) == Int64.max)
        #expect(ScaledAmount.scaled(d("92233720368.54775808")) == nil)  // one past Int64
        #expect(ScaledAmount.scaled(d("123456789012345678901234567890")) == nil)
        #expect(ScaledAmount.scaled(.nan) == nil)
        for text in ["0", "1", "-1", "1234.5678", "0.00000001", "-987654.3210", "100000"] {
            #expect(ScaledAmount.decimal(ScaledAmount.scaled(d(text))!) == d(text))
        }
    }

    @Test("products compared in 128 bits")
    func products() {
        #expect(ScaledAmount.compareProducts(3, 4, 2, 6) == 0)
        #expect(ScaledAmount.compareProducts(-3, 4, 2, -5) == -1)
        let big = Int64.max / 2
        #expect(ScaledAmount.compareProducts(big, 4, big, 3) == 1)  // beyond Int64, still exact
        #expect(ScaledAmount.compareProducts(big, -4, big, -3) == -1)
    }

    @Test("totals stay exact past the integer range and with addends that do not fit")
    func totals() {
        var total = AmountTotal()
        total.add(d("92233720368"))
        total.add(d("92233720368"))  // overflows Int64 at 10⁻⁸: spills into Decimal
        total.add(d("0.000000001"))  // nine decimals: Decimal
        total.add(d("-1.5"))
        #expect(total.value == d("184467440734.500000001"))
        var other = AmountTotal()
        other.add(d("0.5"))
        total.add(other)
        #expect(total.value == d("184467440735.000000001"))
    }

    @Test("rate keys compare like the rates, on either path")
    func keys() throws {
        func key(_ completed: String, _ plan: String) -> CompletionKey? {
            CompletionKey(completed: Amount(d(completed)), plan: Amount(d(plan)))
        }
        #expect(key("5", "0") == nil && key("5", "-1") == nil)
        let third = try #require(key("1", "3"))  // 33.33…%
        let sameThird = try #require(key("1000", "3000"))
        let exactThird = try #require(key("0.000000001", "0.000000003"))  // nine decimals: the Decimal path
        let half = try #require(key("1", "2"))
        #expect(CompletionKey.compare(third, sameThird) == 0)
        #expect(CompletionKey.compare(third, exactThird) == 0)
        #expect(CompletionKey.compare(half, exactThird) == 1 && CompletionKey.compare(exactThird, half) == -1)
        #expect(third.rate == Statistics.completionRate(completed: 1, planned: 3))
    }

    @Test("behind schedule exactly at the threshold, on the integer and on the Decimal path")
    func behindAtThreshold() throws {
        // June: time elapsed 50%; 40% done is exactly 10 points behind.
        let elapsed = ProjectBulletin.timeElapsed(at: ym(2026, 6))
        let forty = try #require(CompletionKey(completed: Amount(40), plan: Amount(100)))
        let justAbove = try #require(CompletionKey(completed: Amount(d("40.00000001")), plan: Amount(100)))
        let fortyExact = try #require(
            CompletionKey(completed: Amount(d("0.0000000040")), plan: Amount(d("0.00000001"))))
        for (lag, scaled) in [(Decimal(10), ScaledAmount.scaled(10)), (Decimal(10), nil)] {
            #expect(forty.isBehind(month: 6, elapsed: elapsed, lag: lag, lagScaled: scaled))
            #expect(!justAbove.isBehind(month: 6, elapsed: elapsed, lag: lag, lagScaled: scaled))
            #expect(fortyExact.isBehind(month: 6, elapsed: elapsed, lag: lag, lagScaled: scaled))
        }
        // October: 83.33…% elapsed; 11 of 15 is 73.33…%, exactly 10 points behind, which the integer path sees
        // without rounding either repeating decimal.
        let octoberElapsed = ProjectBulletin.timeElapsed(at: ym(2026, 10))
        let elevenFifteenths = try #require(CompletionKey(completed: Amount(11), plan: Amount(15)))
        #expect(
            elevenFifteenths.isBehind(month: 10, elapsed: octoberElapsed, lag: 10, lagScaled: ScaledAmount.scaled(10)))
        #expect(
            !elevenFifteenths.isBehind(
                month: 10, elapsed: octoberElapsed, lag: d("10.1"), lagScaled: ScaledAmount.scaled(d("10.1"))))
    }

    @Test("bulletin figures and lagging reasons: derived on read, equal to the same figures given")
    func derivedFigures() {
        let elapsed = ProjectBulletin.timeElapsed(at: ym(2026, 10))
        let derived = BulletinFigures(annualPlan: 1000, yearCompleted: 500, monthCompleted: 20, timeElapsed: elapsed)
        let given = BulletinFigures(
            annualPlan: 1000, yearCompleted: 500, monthCompleted: 20, completionRate: 50, gap: 50 - elapsed)
        #expect(derived.completionRate == 50 && derived.gap == 50 - elapsed)
        #expect(derived == given && derived.hashValue == given.hashValue)
        var edited = derived
        edited.gap = nil
        #expect(edited.completionRate == 50 && edited.gap == nil && edited != derived)
        let noPlan = BulletinFigures(annualPlan: 0, yearCompleted: 5, monthCompleted: 0, timeElapsed: elapsed)
        #expect(noPlan.completionRate == nil && noPlan.gap == nil)

        let row = BulletinProjectRow(
            project: project(1, "甲"), zoneID: nil, zoneName: nil, figures: derived, reported: true, rank: 1)
        let lagging = BulletinLaggingProject(row: row, behindSchedule: true, notStartedSince: day("2026-03-01"))
        let spelledOut = BulletinLaggingProject(
            row: row, reasons: [.behindSchedule(gap: 50 - elapsed), .notStarted(plannedStart: day("2026-03-01"))])
        #expect(lagging.reasons == spelledOut.reasons && lagging == spelledOut)
        var renamed = row
        renamed.project.name = "乙"
        #expect(renamed.project.name == "乙" && row.project.name == "甲" && renamed != row)
    }
}
