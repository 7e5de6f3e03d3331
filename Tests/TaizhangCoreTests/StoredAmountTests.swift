import Foundation
import TaizhangCore
import Testing

@Suite struct StoredAmountTests {
    let yi = IndicatorUnit(symbol: "亿元")
    let yuan = IndicatorUnit(symbol: "元")

    @Test func roundTripsInTheBaseUnit() {
        // 1234.56亿元 = 123,456,000,000元 → × 10⁴.
        #expect(StoredAmount.encode(d("1234.56"), in: yi) == 1_234_560_000_000_000)
        #expect(StoredAmount.decode(1_234_560_000_000_000, in: yi) == d("1234.56"))
        #expect(StoredAmount.encode(d("-0.0001"), in: yuan) == -1)
    }

    @Test func refusesWhatWouldBeStoredInexactly() {
        #expect(StoredAmount.encode(d("0.00001"), in: yuan) == nil)
        #expect(StoredAmount.encode(Decimal(sign: .plus, exponent: 20, significand: 1), in: yi) == nil)
    }

    @Test func halfUpRounding() {
        #expect(d("2.345").roundedHalfUp(scale: 2) == d("2.35"))
        #expect(d("-2.345").roundedHalfUp(scale: 2) == d("-2.35"))
        #expect(d("2.344").roundedHalfUp(scale: 2) == d("2.34"))
        #expect(Decimal(exactly: "1,234") == nil)
        #expect(d("1234.5").plainString == "1234.5")
    }
}
