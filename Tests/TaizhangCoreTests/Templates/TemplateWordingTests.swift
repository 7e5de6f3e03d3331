import Foundation
import TaizhangCore
import Testing

/// Each expression form and helper word against the sample ledger (values in TemplateTestSupport.swift).
@Suite struct TemplateWordingTests {
    @Test func valuesUseTheIndicatorsDecimalsAndRoundHalfUp() throws {
        // 1234.565 亿元 with two decimals: the tie rounds up.
        #expect(try bodyText("【地区生产总值】") == "1234.57")
        #expect(try bodyText("【GDP】") == "1234.57")
        #expect(try bodyText("【地区生产总值 | 带单位】") == "1234.57亿元")
        #expect(try bodyText("【地区生产总值 | 小数1】") == "1234.6")
        #expect(try bodyText("【地区生产总值 | 1位小数】") == "1234.6")
        #expect(try bodyText("【上年 地区生产总值】") == "1100.20")
        #expect(try bodyText("【全市 地区生产总值】") == "5600.00")
    }

    @Test func growthAndItsWording() throws {
        #expect(try bodyText("【地区生产总值 增速】") == "5.2")
        #expect(try bodyText("【生产总值 增速 | 增减】") == "增长5.2%")
        // −1.25 rounds half-up away from zero to −1.3; a fall is written without the minus sign.
        #expect(try bodyText("【固定资产投资 增速】") == "-1.3")
        #expect(try bodyText("同比【固定资产投资 增速 | 增减】") == "同比下降1.3%")
        var facts = sampleFacts()
        facts.set(.indicator(code: "gdp"), .growth, d("0.04"), "%", period: reportPeriod)
        #expect(try bodyText("同比【地区生产总值 增速 | 增减】", facts: facts) == "同比持平")
    }

    @Test func comparingWithTheParentUsesTheShownFigures() throws {
        // 5.24 shows as 5.2 and 3.56 as 3.6: the text says 1.6 (5.2 − 3.6), not the exact 1.68 → 1.7.
        #expect(try bodyText("增速【地区生产总值 增速 | 高低 全市】") == "增速高于全市1.6个百分点")
        #expect(try bodyText("【地区生产总值 增速 | 高低】") == "高于全市1.6个百分点")
        #expect(try bodyText("【固定资产投资 增速 | 高低 全市】") == "与全市持平")
        #expect(try bodyText("【全市 地区生产总值 增速】") == "3.6")
        #expect(try bodyText("【地区生产总值 增速 | 高低 目标】") == "低于目标0.8个百分点")
        var facts = sampleFacts()
        facts.set(.indicator(code: "gdp"), .growth, d("2.96"), "%", period: reportPeriod)
        #expect(try bodyText("【地区生产总值 增速 | 高低 全市】", facts: facts) == "低于全市0.6个百分点")
    }

    @Test func targetsAndOtherPeriods() throws {
        #expect(try bodyText("【地区生产总值 目标】") == "1500.00")
        #expect(try bodyText("【地区生产总值 目标增速】") == "6.0")
        var facts = sampleFacts()
        facts.set(.indicator(code: "gdp"), .value, d("130.5"), "亿元", period: .month(ym(2024, 10)))
        facts.set(.indicator(code: "gdp"), .value, d("1500.4"), "亿元", period: .year(2023))
        // A figure stored in 万元 is converted to the indicator's 亿元.
        facts.set(.indicator(code: "gdp"), .value, d("14000000"), "万元", period: .year(2024))
        #expect(try bodyText("【本月 地区生产总值】", facts: facts) == "130.50")
        #expect(try bodyText("【上年 全年 地区生产总值】", facts: facts) == "1500.40")
        #expect(try bodyText("【全年 地区生产总值】", facts: facts) == "1400.00")
    }

    @Test func ranksAndPlaces() throws {
        #expect(try bodyText("【地区生产总值 增速排名 | 位次】") == "居全市第3位")
        #expect(try bodyText("第【地区生产总值 排名】位") == "第2位")
        #expect(try bodyText("【地区生产总值 排名 | 位次】") == "居全市第2位")
    }

    @Test func completionRateAndDeltaAreComputedExactly() throws {
        // 1234.565 ÷ 1500 × 100 = 82.3043… → 82.3.
        #expect(try bodyText("【地区生产总值 完成率】") == "82.3")
        // 1234.57 − 1100.20 = 134.37, from the shown values.
        #expect(try bodyText("【地区生产总值 较上年增加】") == "134.37")
        #expect(try bodyText("比上年【地区生产总值 较上年增加 | 增减】") == "比上年增加134.37亿元")
        // 2.85 − 3.20 = −0.35 百分点.
        #expect(try bodyText("研发经费投入强度【研发投入强度 较上年增加 | 升降】") == "研发经费投入强度回落0.35个百分点")
        #expect(try bodyText("【研发投入强度 较上年增加 | 升降 小数1】") == "回落0.4个百分点")
    }

    @Test func projectQuantitiesAndScaling() throws {
        #expect(try bodyText("签约项目【签约项目个数】个") == "签约项目18个")
        // 1234565 万元 = 123.4565 亿元 → 123.46.
        #expect(try bodyText("【签约项目金额 | 亿元】") == "123.46")
        #expect(try bodyText("【项目签约总金额 | 亿元 带单位】") == "123.46亿元")
        #expect(try bodyText("【亿元以上签约项目个数】") == "6")
        #expect(try bodyText("【当年签约当年开工项目个数】") == "4")
        #expect(try bodyText("【开工率】") == "83.4")
        #expect(try bodyText("【协调解决问题个数】") == "27")
        #expect(ProjectQuantity.resolve("5亿元以上签约项目个数") == .signedAboveCount(threshold: 50000))
        #expect(ProjectQuantity.resolve("10亿元以上签约金额") == .signedAboveValue(threshold: 100000))
    }

    @Test func projectQuantityNamesDoNotCollideWithTheCatalogue() {
        for name in ProjectQuantity.allNames {
            #expect(IndicatorCatalogue.standard.resolve(name) == nil, "\(name) is also an indicator")
        }
    }

    @Test func gluedQualifiersAndMeasures() throws {
        #expect(try bodyText("【地区生产总值增速】") == "5.2")
        #expect(try bodyText("【全市地区生产总值增速】") == "3.6")
        #expect(try bodyText("【地区生产总值增速排名 | 位次】") == "居全市第3位")
    }

    @Test func contextWordsAndLiteralBrackets() throws {
        #expect(try bodyText("【地区】【时期】，【时期简称】，【上年年份】年，【全市】") == "高新区2024年1—10月，1—10月，2023年，全市")
        #expect(try bodyText("【【注】】见附表") == "【注】见附表")
    }

    @Test func figuresCarryTheirProvenance() throws {
        let document = try fill("标题\n【地区生产总值 增速 | 高低 全市】")
        let figure = try #require(document.figures.first)
        #expect(figure.text == "高于全市1.6个百分点")
        #expect(figure.provenance.subject.hasPrefix("地区生产总值 · 高新区 · 2024年1—10月 · 同比增速"))
        #expect(figure.provenance.sources.count == 2)
        #expect(figure.provenance.computation == "5.2 − 3.6 = 1.6")
        let rate = try #require(try fill("标题\n【地区生产总值 完成率】").figures.first)
        #expect(rate.provenance.computation == "1234.565 ÷ 1500 × 100 = 82.3")
    }
}
