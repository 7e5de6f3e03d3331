import TaizhangCore
import Testing

@testable import TaizhangStore

@Suite("Indicator repository")
struct IndicatorRepositoryTests {
    @Test("upsertAll seeds and re-seeds the catalogue; every field round-trips", arguments: TestEngine.all)
    func upsertAllRoundTrip(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            try await database.indicators.upsertAll(Fixtures.indicators)
            #expect(try await database.indicators.all() == Fixtures.indicators)

            var changed = Fixtures.gdp
            changed.aliases = ["GDP"]
            changed.decimals = 1
            changed.isKey = false
            try await database.indicators.upsertAll([changed])
            #expect(try await database.indicators.find(code: "gdp") == changed)
            #expect(try await database.indicators.all().count == 3)
            #expect(try await database.indicators.find(code: "missing") == nil)
        }
    }

    @Test("custom indicators are added once, with unique names and aliases", arguments: TestEngine.all)
    func createCustom(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            try await database.indicators.upsertAll(Fixtures.indicators)
            let indicators = database.indicators
            let custom = Indicator(
                code: "custom_leads", name: "招商线索数", aliases: ["线索数", " 线索数 "], unit: IndicatorUnit(symbol: "个"),
                kind: .count, growth: .none, decimals: 0, sortOrder: 90)
            let stored = try await indicators.create(custom)
            #expect(stored.isCustom)
            #expect(stored.aliases == ["线索数"])
            #expect(try await indicators.find(code: "custom_leads") == stored)

            await #expect(throws: StoreError.duplicateIndicatorCode("gdp")) {
                try await indicators.create(
                    Indicator(
                        code: "gdp", name: "另一个", unit: IndicatorUnit(symbol: "个"), kind: .count, growth: .none))
            }
            await #expect(throws: StoreError.duplicateIndicatorName("地区生产总值")) {
                try await indicators.create(
                    Indicator(
                        code: "custom_x", name: "地区生产总值", unit: IndicatorUnit(symbol: "亿元"), kind: .amount,
                        growth: .nominal))
            }
            await #expect(throws: StoreError.duplicateIndicatorName("GDP")) {
                try await indicators.create(
                    Indicator(
                        code: "custom_y", name: "新指标", aliases: ["GDP"], unit: IndicatorUnit(symbol: "亿元"),
                        kind: .amount, growth: .nominal))
            }
            await #expect(throws: StoreError.emptyField("指标名称")) {
                try await indicators.create(
                    Indicator(
                        code: "custom_z", name: " ", unit: IndicatorUnit(symbol: "个"), kind: .count, growth: .none))
            }
            #expect(StoreError.duplicateIndicatorName("GDP").userMessage == "指标名称“GDP”已存在（与已有指标的名称或别名重复）。")
            #expect(try await indicators.all().count == 4)
        }
    }

    @Test("update changes an existing indicator and refuses unknown codes and taken names", arguments: TestEngine.all)
    func update(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            try await database.indicators.upsertAll(Fixtures.indicators)
            let indicators = database.indicators
            var output = Fixtures.industrialOutput
            output.name = "规模以上工业总产值（现价）"
            output.unit = IndicatorUnit(symbol: "亿元")
            try await indicators.update(output)
            #expect(try await indicators.find(code: "industrial_output") == output)

            output.name = "生产总值"
            await #expect(throws: StoreError.duplicateIndicatorName("生产总值")) { try await indicators.update(output) }
            var unknown = output
            unknown.code = "nope"
            unknown.name = "无此指标"
            await #expect(throws: StoreError.indicatorNotFound("nope")) { try await indicators.update(unknown) }
        }
    }
}
