import Foundation
import TaizhangCore
import Testing

@Suite struct PeriodNamingTests {
    @Test func defaultNames() {
        #expect(Period.year(2021).chineseName == "2021年")
        #expect(Period.quarter(year: 2021, quarter: 3).chineseName == "2021年第三季度")
        #expect(Period.month(ym(2021, 10)).chineseName == "2021年10月")
        #expect(Period.cumulative(through: ym(2021, 10)).chineseName == "2021年1—10月")
        #expect(Period.forecast(year: 2021).chineseName == "2021年全年预计")
    }

    @Test func cumulativeUsesEmDash() {
        let name = Period.cumulative(through: ym(2021, 2)).chineseName
        #expect(name.contains("\u{2014}"))
        #expect(!name.contains("-"))
    }

    @Test func januaryCumulativeIsNamedAsTheMonth() {
        #expect(Period.cumulative(through: ym(2024, 1)).chineseName == "2024年1月")
    }

    @Test func customaryStyle() {
        #expect(Period.cumulative(through: ym(2021, 6)).chineseName(style: .customary) == "2021年上半年")
        #expect(Period.cumulative(through: ym(2021, 9)).chineseName(style: .customary) == "2021年前三季度")
        #expect(Period.cumulative(through: ym(2021, 12)).chineseName(style: .customary) == "2021年全年")
        #expect(Period.cumulative(through: ym(2021, 10)).chineseName(style: .customary) == "2021年1—10月")
        #expect(Period.cumulative(through: ym(2021, 6)).chineseName(style: .months) == "2021年1—6月")
    }

    @Test func withoutYear() {
        #expect(Period.cumulative(through: ym(2021, 9)).chineseName(style: .customary, includingYear: false) == "前三季度")
        #expect(Period.cumulative(through: ym(2021, 10)).chineseName(style: .months, includingYear: false) == "1—10月")
        #expect(Period.quarter(year: 2021, quarter: 1).chineseName(style: .months, includingYear: false) == "第一季度")
        #expect(Period.year(2021).chineseName(style: .months, includingYear: false) == "全年")
        #expect(Period.forecast(year: 2021).chineseName(style: .months, includingYear: false) == "全年预计")
    }

    @Test func yearMonthName() {
        #expect(ym(2024, 3).chineseName == "2024年3月")
        #expect(ym(2024, 12).chineseName == "2024年12月")
    }
}
