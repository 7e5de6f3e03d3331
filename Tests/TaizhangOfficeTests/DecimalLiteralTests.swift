import Foundation
import Testing

@testable import TaizhangOffice

@Suite struct DecimalLiteralTests {
    @Test(arguments: [
        ("1234.56", "1234.56"), ("-0.5", "-0.5"), ("0", "0"), ("000.000", "0"), ("1.5E-3", "0.0015"),
        ("1e3", "1000"), ("+7", "7"), ("0.1", "0.1"), ("100", "100"), ("12345678901234567890", "12345678901234567890"),
    ])
    func parsesExactly(literal: String, expected: String) {
        #expect(DecimalLiteral.parse(literal) == Decimal(string: expected))
    }

    @Test func refusesWhatIsNotAPlainNumber() {
        for text in ["", "-", ".", "1,000", "1 000", "12万", "1e", "e5", "0x10", "1.2.3"] {
            #expect(DecimalLiteral.parse(text) == nil, "\(text)")
        }
    }

    @Test func roundsToExcelPrecisionHalfUp() {
        #expect(DecimalLiteral.parse("12.300000000000001", significantDigits: 15) == Decimal(string: "12.3"))
        #expect(DecimalLiteral.parse("0.30000000000000004", significantDigits: 15) == Decimal(string: "0.3"))
        #expect(
            DecimalLiteral.parse("99999999999999999", significantDigits: 15) == Decimal(string: "100000000000000000"))
        #expect(DecimalLiteral.parse("1.23456789012345", significantDigits: 15) == Decimal(string: "1.23456789012345"))
        #expect(DecimalLiteral.parse("-2.0000000000000004", significantDigits: 15) == Decimal(-2))
    }

    @Test func convertsColumnLetters() {
        #expect(ColumnLetters.letters(0) == "A")
        #expect(ColumnLetters.letters(25) == "Z")
        #expect(ColumnLetters.letters(26) == "AA")
        #expect(ColumnLetters.letters(16383) == "XFD")
        #expect(ColumnLetters.index("XFD") == 16383)
        #expect(ColumnLetters.index("g") == 6)
        #expect(ColumnLetters.index("A1") == nil)
    }

    @Test func decodesEntitiesAndExcelEscapes() {
        #expect(XMLText.decode("&amp;&lt;&gt;&quot;&apos;&#x4E2D;&#25991;") == "&<>\"'中文")
        #expect(XMLText.decode("a_x000D_b_x005F_x000D_") == "a\rb_x000D_")
        #expect(XMLText.decode("&unknown; & _x12_") == "&unknown; & _x12_")
        #expect(XMLText.escape("a_x000D_b\u{1}") == "a_x005F_x000D_b_x0001_")
    }
}
