import Foundation
import TaizhangCore
import Testing

@Suite struct FigureFormatterTests {
    let plain = FigureFormatter()
    let table = FigureFormatter.table

    @Test func numbersRoundHalfUpAndPad() {
        #expect(plain.number(d("1234.5"), decimals: 2) == "1234.50")
        #expect(table.number(d("1234.5"), decimals: 2) == "1,234.50")
        #expect(table.number(d("1234567.891"), decimals: 0) == "1,234,568")
        #expect(table.number(d("999.995"), decimals: 2) == "1,000.00")
        #expect(plain.number(d("2.345"), decimals: 2) == "2.35")
        #expect(plain.number(d("0.5"), decimals: 0) == "1")
        #expect(plain.number(d("-2.5"), decimals: 0) == "-3")
        #expect(table.number(d("-1234.5"), decimals: 1) == "-1,234.5")
        #expect(plain.number(0, decimals: 2) == "0.00")
        #expect(table.number(d("123"), decimals: 2) == "123.00")
    }

    @Test func neverNegativeZero() {
        #expect(plain.number(d("-0.04"), decimals: 1) == "0.0")
        #expect(plain.number(d("-0.4"), decimals: 0) == "0")
        #expect(plain.number(d("-0.05"), decimals: 1) == "-0.1")
        #expect(plain.percent(d("-0.001")) == "0.0%")
        #expect(plain.percentagePoints(d("-0.01")) == "0.0个百分点")
    }

    @Test func valuesInTheIndicatorsUnit() {
        let catalogue = IndicatorCatalogue.standard
        let gdp = catalogue.indicator(code: "gdp")!
        let income = catalogue.indicator(code: "urban_income")!
        let firms = catalogue.indicator(code: "hightech_enterprises")!
        #expect(plain.valueWithUnit(d("1234.5"), of: gdp) == "1234.50亿元")
        #expect(table.value(d("1234.5"), of: gdp) == "1,234.50")
        #expect(table.valueWithUnit(d("45678.5"), of: income) == "45,679元")
        #expect(plain.valueWithUnit(35, of: firms) == "35户")
    }

    @Test func percentagesAndPoints() {
        #expect(plain.percent(d("6.45")) == "6.5%")
        #expect(plain.percent(d("83.33333")) == "83.3%")
        #expect(FigureFormatter(percentDecimals: 2).percent(d("2.345")) == "2.35%")
        #expect(plain.percentagePoints(d("1.25")) == "1.3个百分点")
    }

    @Test func growthPhrases() {
        #expect(plain.growthPhrase(d("6.5")) == "同比增长6.5%")
        #expect(plain.growthPhrase(d("-2.1")) == "同比下降2.1%")
        #expect(plain.growthPhrase(d("-2.05")) == "同比下降2.1%")
        #expect(plain.growthPhrase(0) == "与上年同期持平")
        #expect(plain.growthPhrase(d("0.04")) == "与上年同期持平")
        #expect(plain.growthPhrase(d("-0.04")) == "与上年同期持平")
        #expect(plain.growthPhrase(d("-0.05")) == "同比下降0.1%")
        #expect(plain.momGrowthPhrase(d("3.2")) == "环比增长3.2%")
        #expect(plain.momGrowthPhrase(-1) == "环比下降1.0%")
    }

    @Test func changePhrases() {
        #expect(plain.changePhrase(d("1.2")) == "提高1.2个百分点")
        #expect(plain.changePhrase(d("-0.8")) == "回落0.8个百分点")
        #expect(plain.changePhrase(d("0.01")) == "持平")
    }

    @Test func completionAndRank() {
        #expect(plain.completionPhrase(d("83.3333")) == "完成年度目标的83.3%")
        #expect(plain.completionPhrase(110) == "完成年度目标的110.0%")
        #expect(plain.rankPhrase(3) == "居全市第3位")
    }
}
