import Foundation
import TaizhangCore
import Testing

@Suite struct FigureParsingTests {
    @Test(arguments: [
        ("1234.56", "1234.56"), ("1,234.56", "1234.56"), ("1,234,567", "1234567"), (" 12 ", "12"), ("-3.5", "-3.5"),
        ("+3.5", "3.5"), ("－3.5", "-3.5"), ("\u{2212}3.5", "-3.5"), ("１２３．４", "123.4"), ("0.10", "0.1"),
        ("１，２３４", "1234"),
    ])
    func accepts(text: String, value: String) {
        #expect(Decimal(figure: text) == d(value))
    }

    @Test(arguments: [
        "", "-", "—", "XX", "1,23", "12,34.5", "1e5", "1.2.3", "1.", ".5", "6.5%", "1,,234", "--1", "1 2a",
    ])
    func rejects(text: String) {
        #expect(Decimal(figure: text) == nil)
    }

    @Test func percentSignOnRequest() {
        #expect(Decimal(figure: "6.5%", allowingPercentSign: true) == d("6.5"))
        #expect(Decimal(figure: "-2.1％", allowingPercentSign: true) == d("-2.1"))
        #expect(Decimal(figure: "%", allowingPercentSign: true) == nil)
    }

    @Test func exactBeyondDoublePrecision() {
        #expect(Decimal(figure: "12,345,678,901,234.5678")?.plainString == "12345678901234.5678")
    }
}
