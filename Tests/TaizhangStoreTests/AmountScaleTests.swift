import Foundation
import TaizhangCore
import Testing

@testable import TaizhangStore

@Suite("Fast amount scaling")
struct AmountScaleTests {
    static let units =
        ["亿元", "万元", "元", "户", "%", "万美元"].map { IndicatorUnit(symbol: $0) }
        + [
            IndicatorUnit(symbol: "吨", baseSymbol: "千克", factorToBase: 1_000),
            IndicatorUnit(symbol: "磅", baseSymbol: "千克", factorToBase: Decimal(string: "0.45359237")!),
        ]

    @Test("encode and decode agree with StoredAmount, the reference", arguments: units)
    func agreesWithStoredAmount(unit: IndicatorUnit) {
        let scale = AmountScale(unit)
        let texts = [
            "0", "1", "-1", "12345.6789", "-12345.6789", "0.0001", "0.00000001", "0.000000000001", "0.0000000000001",
            "1.50", "100", "922337203685477.5807", "922337203685477.5808", "-922337203685477.5807",
            "92233720368.54775807", "92233720368.54775808", "9223.3720368547758", "1e30", "-1e-30",
            "123456789012345678",
        ]
        for text in texts {
            let value = Decimal(string: text)!
            #expect(scale.encode(value) == StoredAmount.encode(value, in: unit), "\(text) \(unit)")
        }
        let stored: [Int64] = [
            0, 1, -1, 10, 10_000, -10_000, 123_456_789, Int64.max, -Int64.max, 12_345_678_900_000_000,
        ]
        for integer in stored {
            let fast = scale.decode(integer)
            #expect(fast == StoredAmount.decode(integer, in: unit), "\(integer) \(unit)")
            #expect(fast.description == StoredAmount.decode(integer, in: unit).description)
        }
    }

    @Test("12345.6789 亿元 is 12 345 678 900 000 000 stored, and back")
    func handWorked() {
        let scale = AmountScale(IndicatorUnit(symbol: "亿元"))
        #expect(scale.encode(Decimal(string: "12345.6789")!) == 12_345_678_900_000_000)
        #expect(scale.decode(12_345_678_900_000_000).plainString == "12345.6789")
        #expect(AmountScale.percent.encode(Decimal(string: "-3.1234")!) == -31_234)
        #expect(scale.encode(Decimal.nan) == nil)
    }
}
