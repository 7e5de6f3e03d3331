import Foundation
import TaizhangCore
import Testing

@Suite struct IndicatorCatalogueTests {
    let catalogue = IndicatorCatalogue.standard

    @Test func standardHasEveryLine() {
        #expect(catalogue.indicators.count == 43)
        #expect(catalogue.keyIndicators.count == 12)
        #expect(catalogue.nextSortOrder == 44)
    }

    @Test(arguments: [
        ("gdp", "gdp"), ("GDP", "gdp"), ("Gdp", "gdp"), ("ＧＤＰ", "gdp"), ("地区生产总值", "gdp"), (" 生产总值 ", "gdp"),
        ("地区生产总值（亿元）", "gdp"), ("地区生产总值(亿元)", "gdp"), ("地区生产总值 （单位：亿元）", "gdp"),
        ("规上工业增加值(万元)", "industrial_va"), ("社零", "retail_sales"), ("R&D经费支出占GDP比重", "rd_intensity"),
        ("r&d经费支出占gdp比重(%)", "rd_intensity"), ("经营（销售）收入", "operating_revenue"),
        ("城镇居民人均可支配收入（元）", "urban_income"), ("实际利用外资（万美元）", "foreign_capital"),
    ])
    func resolves(input: String, code: String) {
        #expect(catalogue.resolve(input)?.code == code)
    }

    @Test func unknownNamesDoNotResolve() {
        #expect(catalogue.resolve("地区生产") == nil)
        #expect(catalogue.resolve("") == nil)
        // A parenthesis that is not a unit is part of the name.
        #expect(catalogue.resolve("固定资产投资(不含农户)") == nil)
    }

    @Test func suggestionsOfferTheClosestNames() {
        #expect(catalogue.suggestions(for: "地区生产").first?.code == "gdp")
        #expect(catalogue.suggestions(for: "规上工业总产").first?.code == "industrial_output")
        #expect(catalogue.suggestions(for: "一般公共预算收").first?.code == "budget_revenue")
        #expect(catalogue.suggestions(for: "量子纠缠度").isEmpty)
        #expect(catalogue.suggestions(for: "工业", limit: 2).count == 2)
    }

    @Test func requireExplainsWithSuggestions() throws {
        #expect(try catalogue.require("社零总额").code == "retail_sales")
        #expect(throws: IndicatorCatalogueError.self) { try catalogue.require("地区生产") }
        do {
            _ = try catalogue.require("地区生产")
        } catch {
            #expect(error.userMessage.hasPrefix("未找到指标“地区生产”，您是不是要找：“地区生产总值”"))
        }
    }

    @Test func aliasesAreUniqueAcrossTheStandardCatalogue() {
        var seen: [String: String] = [:]
        for indicator in catalogue.indicators {
            for name in Set(([indicator.name, indicator.code] + indicator.aliases).map(IndicatorName.normalise)) {
                #expect(seen[name] == nil, "\(name) used by \(seen[name] ?? "") and \(indicator.code)")
                seen[name] = indicator.code
            }
        }
    }

    @Test func addingAUserIndicator() throws {
        var copy = catalogue
        let own = Indicator(
            code: "custom_parking", name: "停车位数", aliases: ["车位"], unit: IndicatorUnit(symbol: "个"),
            kind: .count, growth: .none, decimals: 0, isCustom: true, sortOrder: copy.nextSortOrder)
        try copy.add(own)
        #expect(copy.resolve("车位")?.code == "custom_parking")
        #expect(copy.indicators.last == own)
        #expect(catalogue.resolve("车位") == nil)
    }

    @Test func collisionsAreRefusedInChinese() {
        var copy = catalogue
        let taken = Indicator(
            code: "custom_x", name: "新指标", aliases: ["社零"], unit: IndicatorUnit(symbol: "亿元"), kind: .amount,
            growth: .nominal)
        #expect(throws: IndicatorCatalogueError.nameCollision(name: "社零", existing: "社会消费品零售总额")) {
            try copy.add(taken)
        }
        #expect(
            IndicatorCatalogueError.nameCollision(name: "社零", existing: "社会消费品零售总额").userMessage
                == "名称或别名“社零”已被指标“社会消费品零售总额”使用，同一名称只能对应一个指标")
        let sameName = Indicator(
            code: "custom_y", name: "ＧＤＰ（亿元）", unit: IndicatorUnit(symbol: "亿元"), kind: .amount, growth: .real)
        #expect(throws: IndicatorCatalogueError.nameCollision(name: "ＧＤＰ（亿元）", existing: "地区生产总值")) {
            try copy.add(sameName)
        }
        let sameCode = Indicator(
            code: "gdp", name: "别的", unit: IndicatorUnit(symbol: "亿元"), kind: .amount, growth: .real)
        #expect(throws: IndicatorCatalogueError.duplicateCode(code: "gdp", existing: "地区生产总值")) {
            try copy.add(sameCode)
        }
        #expect(throws: IndicatorCatalogueError.badCode("自定义")) {
            try copy.add(
                Indicator(code: "自定义", name: "甲", unit: IndicatorUnit(symbol: "个"), kind: .count, growth: .none))
        }
        #expect(copy.indicators.count == 43)
    }

    @Test func initRefusesCollidingInput() {
        let a = Indicator(
            code: "a", name: "甲", aliases: ["丙"], unit: IndicatorUnit(symbol: "个"), kind: .count, growth: .none)
        let b = Indicator(
            code: "b", name: "乙", aliases: ["丙"], unit: IndicatorUnit(symbol: "个"), kind: .count, growth: .none)
        #expect(throws: IndicatorCatalogueError.nameCollision(name: "丙", existing: "甲")) {
            try IndicatorCatalogue([a, b])
        }
    }
}
