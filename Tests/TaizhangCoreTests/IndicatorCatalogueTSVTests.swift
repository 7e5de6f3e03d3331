import Foundation
import TaizhangCore
import Testing

@Suite struct IndicatorCatalogueTSVTests {
    @Test func standardCatalogueParses() throws {
        let indicators = try IndicatorCatalogueTSV.parse(StandardCatalogueTSV.text)
        #expect(indicators.count == 43)
        let gdp = try #require(indicators.first)
        #expect(gdp.code == "gdp")
        #expect(gdp.name == "地区生产总值")
        #expect(gdp.aliases == ["生产总值", "GDP", "经济总量"])
        #expect(gdp.unit.symbol == "亿元")
        #expect(gdp.unit.factorToBase == 100_000_000)
        #expect(gdp.kind == .amount)
        #expect(gdp.growth == .real)
        #expect(gdp.decimals == 2)
        #expect(gdp.isKey)
        #expect(!gdp.isCustom)
        #expect(indicators.map(\.sortOrder) == Array(1...43))
    }

    @Test func decimalsFollowTheUnit() throws {
        let byCode = Dictionary(
            uniqueKeysWithValues: try IndicatorCatalogueTSV.parse(StandardCatalogueTSV.text).map { ($0.code, $0) })
        #expect(byCode["urban_income"]?.decimals == 0)  // 元
        #expect(byCode["rd_intensity"]?.decimals == 2)  // %
        #expect(byCode["hightech_enterprises"]?.decimals == 0)  // 户
        #expect(byCode["valid_patents"]?.decimals == 0)  // 件
        #expect(byCode["urban_new_jobs"]?.decimals == 0)  // 人
        #expect(byCode["grain_area"]?.decimals == 2)  // 万亩
        #expect(byCode["foreign_capital"]?.unit.baseSymbol == "美元")
        #expect(byCode["urban_income"]?.kind == .perCapita)
        #expect(IndicatorUnit(symbol: "万元").defaultDecimals == 2)
    }

    @Test func keyIndicatorsAreTheDashboardTwelve() throws {
        let keys = try IndicatorCatalogueTSV.parse(StandardCatalogueTSV.text).filter(\.isKey).map(\.code)
        #expect(
            keys == [
                "gdp", "industrial_output", "industrial_va", "fixed_asset_investment", "industrial_investment",
                "retail_sales", "foreign_trade", "budget_revenue", "tax_revenue", "domestic_capital", "foreign_capital",
                "urban_income",
            ])
    }

    @Test func embeddedTextMatchesTheSharedFile() throws {
        // The shared folder sits beside the repository; skip quietly where it is absent.
        let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../../shared/indicators.tsv")
        guard let text = try? String(contentsOf: shared, encoding: .utf8) else { return }
        #expect(text == StandardCatalogueTSV.text)
    }

    let header = "code\tname\taliases\tunit\tkind\tgrowth\n"

    @Test func acceptsCRLFBlankLinesAndEmptyAliases() throws {
        let text = header.replacingOccurrences(of: "\n", with: "\r\n") + "a_b\t甲\t\t万元\tamount\tnominal\r\n\r\n"
        let parsed = try IndicatorCatalogueTSV.parse(text)
        #expect(parsed.count == 1)
        #expect(parsed[0].aliases == [])
        #expect(parsed[0].decimals == 2)
        #expect(!parsed[0].isKey)
    }

    @Test func errorsNameLineAndColumn() {
        #expect(throws: IndicatorCatalogueTSVError.badHeader(found: "code\tname")) {
            try IndicatorCatalogueTSV.parse("code\tname\nx\ty")
        }
        #expect(throws: IndicatorCatalogueTSVError.wrongColumnCount(line: 2, expected: 6, found: 5)) {
            try IndicatorCatalogueTSV.parse(header + "a\t甲\t\t亿元\tamount\n")
        }
        #expect(throws: IndicatorCatalogueTSVError.emptyCell(line: 3, column: 2, name: "名称")) {
            try IndicatorCatalogueTSV.parse(header + "a\t甲\t\t亿元\tamount\tnone\nb\t\t\t亿元\tamount\tnone\n")
        }
        #expect(throws: IndicatorCatalogueTSVError.unknownKind(line: 2, column: 5, value: "money")) {
            try IndicatorCatalogueTSV.parse(header + "a\t甲\t\t亿元\tmoney\tnone\n")
        }
        #expect(throws: IndicatorCatalogueTSVError.unknownGrowth(line: 2, column: 6, value: "fast")) {
            try IndicatorCatalogueTSV.parse(header + "a\t甲\t\t亿元\tamount\tfast\n")
        }
        #expect(throws: IndicatorCatalogueTSVError.duplicateCode(line: 3, code: "a", firstLine: 2)) {
            try IndicatorCatalogueTSV.parse(header + "a\t甲\t\t亿元\tamount\tnone\na\t乙\t\t亿元\tamount\tnone\n")
        }
        #expect(throws: IndicatorCatalogueTSVError.badCode(line: 2, code: "GDP")) {
            try IndicatorCatalogueTSV.parse(header + "GDP\t甲\t\t亿元\tamount\tnone\n")
        }
        #expect(
            IndicatorCatalogueTSVError.unknownKind(line: 7, column: 5, value: "money").userMessage
                == "指标目录第7行第5列（类型）“money”无效，应为 amount、per_capita、ratio、count 或 area")
    }
}
