import Foundation
import TaizhangCore
import Testing

@Suite struct PeriodParsingTests {
    @Test(arguments: [
        "2021年1—10月", "2021年1-10月", "2021年1–10月", "2021年1至10月", "2021年1～10月", "2021年1——10月",
        "２０２１年１－１０月", " 2021 年 1—10 月 ", "2021年1—10月累计", "2021年1-10月份", "2021年1月—10月",
    ])
    func yearToDateSpellings(text: String) throws {
        #expect(try Period.parse(text) == .cumulative(through: ym(2021, 10)))
    }

    @Test func defaultYearFillsTheYear() throws {
        #expect(try Period.parse("1—10月", defaultYear: 2021) == .cumulative(through: ym(2021, 10)))
        #expect(try Period.parse("前三季度", defaultYear: 2022) == .cumulative(through: ym(2022, 9)))
        #expect(try Period.parse("全年", defaultYear: 2022) == .year(2022))
        #expect(try Period.parse("全年预计", defaultYear: 2022) == .forecast(year: 2022))
        #expect(try Period.parse("第三季度", defaultYear: 2022) == .quarter(year: 2022, quarter: 3))
        #expect(try Period.parse("三季度", defaultYear: 2022) == .quarter(year: 2022, quarter: 3))
        #expect(try Period.parse("10月", defaultYear: 2022) == .month(ym(2022, 10)))
        #expect(try Period.parse("10月份", defaultYear: 2022) == .month(ym(2022, 10)))
    }

    @Test func explicitYearWinsOverDefault() throws {
        #expect(try Period.parse("2021年上半年", defaultYear: 2030) == .cumulative(through: ym(2021, 6)))
    }

    @Test func namedSpansAndQuarters() throws {
        #expect(try Period.parse("2021年上半年") == .cumulative(through: ym(2021, 6)))
        #expect(try Period.parse("2021年前三季度") == .cumulative(through: ym(2021, 9)))
        #expect(try Period.parse("2021年全年") == .year(2021))
        #expect(try Period.parse("2021年全年预计") == .forecast(year: 2021))
        #expect(try Period.parse("2021年第一季度") == .quarter(year: 2021, quarter: 1))
        #expect(try Period.parse("2021年四季度") == .quarter(year: 2021, quarter: 4))
        #expect(try Period.parse("2021年第2季度") == .quarter(year: 2021, quarter: 2))
        #expect(try Period.parse("2021年") == .year(2021))
        #expect(try Period.parse("2021年度") == .year(2021))
    }

    @Test func months() throws {
        #expect(try Period.parse("2021年10月") == .month(ym(2021, 10)))
        #expect(try Period.parse("2021年十二月") == .month(ym(2021, 12)))
        #expect(try Period.parse("2021-10") == .month(ym(2021, 10)))
        #expect(try Period.parse("2021/3") == .month(ym(2021, 3)))
        #expect(try Period.parse("202103") == .month(ym(2021, 3)))
    }

    @Test func storageKeysParseToo() throws {
        #expect(try Period.parse("2024-Q1") == .quarter(year: 2024, quarter: 1))
        #expect(try Period.parse("2024-C10") == .cumulative(through: ym(2024, 10)))
        #expect(try Period.parse("2024-F") == .forecast(year: 2024))
        #expect(try Period.parse("2024") == .year(2024))
    }

    @Test func roundTripOfChineseNames() throws {
        let periods: [Period] = [
            .year(2023), .quarter(year: 2023, quarter: 2), .month(ym(2023, 7)), .cumulative(through: ym(2023, 11)),
            .forecast(year: 2023),
        ]
        for period in periods { #expect(try Period.parse(period.chineseName) == period) }
    }

    @Test func errors() {
        #expect(throws: PeriodParseError.empty) { try Period.parse("  ") }
        #expect(throws: PeriodParseError.missingYear("1—10月")) { try Period.parse("1—10月") }
        #expect(throws: PeriodParseError.spanNotFromJanuary("2021年3—5月")) { try Period.parse("2021年3—5月") }
        #expect(throws: PeriodParseError.outOfRange("2021年13月")) { try Period.parse("2021年13月") }
        #expect(throws: PeriodParseError.outOfRange("2021年第五季度")) { try Period.parse("2021年第五季度") }
        #expect(throws: PeriodParseError.unrecognised("下半年")) { try Period.parse("下半年", defaultYear: 2021) }
        #expect(Period("abc") == nil)
    }

    @Test func errorMessagesAreChineseAndQuoteTheInput() {
        let message = PeriodParseError.missingYear("1—10月").userMessage
        #expect(message.contains("“1—10月”"))
        #expect(message.contains("年份"))
        #expect(PeriodParseError.unrecognised("x").userMessage.contains("2021年1—10月"))
    }
}
