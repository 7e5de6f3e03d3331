import Foundation
import TaizhangCore
import Testing

@Suite struct ObservationValidatorTests {
    let validator = ObservationValidator()
    let output = IndicatorCatalogue.standard.indicator(code: "industrial_output")!  // 亿元, amount, nominal
    let gdp = IndicatorCatalogue.standard.indicator(code: "gdp")!  // real
    let income = IndicatorCatalogue.standard.indicator(code: "urban_income")!  // per capita, 元
    let firms = IndicatorCatalogue.standard.indicator(code: "hightech_enterprises")!  // count, no growth
    let profit = IndicatorCatalogue.standard.indicator(code: "profit_total")!

    func obs(
        _ indicator: Indicator, _ month: YearMonth, monthly: Decimal? = nil, cumulative: Decimal? = nil,
        prior: Decimal? = nil, published: Decimal? = nil
    ) -> Observation {
        Observation(
            indicatorCode: indicator.code, orgUnitID: 4, month: month, monthly: monthly, cumulative: cumulative,
            priorCumulative: prior, publishedGrowth: published)
    }

    func codes(_ issues: [ValidationIssue]) -> [ValidationIssueCode] { issues.map(\.code) }

    @Test func cleanObservationHasNoIssues() {
        let previous = obs(output, ym(2024, 2), monthly: 110, cumulative: d("1234.5"), prior: 1100)
        let current = obs(output, ym(2024, 3), monthly: 120, cumulative: d("1354.5"), prior: 1250)
        let lastYear = obs(output, ym(2023, 3), monthly: 115, cumulative: 1250)
        let outcome = validator.validate(
            current, indicator: output, previousMonth: previous, sameMonthLastYear: lastYear)
        #expect(outcome.issues == [])
        #expect(outcome.isClean)
        #expect(!outcome.requiresOverrideReason)
    }

    @Test func cumulativeMustAddUp() {
        let previous = obs(output, ym(2024, 2), cumulative: d("1234.5"))
        let current = obs(output, ym(2024, 3), monthly: 120, cumulative: 1360, prior: 1300)
        let issues = validator.issues(current, indicator: output, previousMonth: previous, sameMonthLastYear: nil)
        #expect(codes(issues) == [.cumulativeMismatch])
        #expect(issues[0].field == .cumulative)
        #expect(issues[0].message == "上月累计1,234.50 + 本月120.00 = 1,354.50，与填报累计1,360.00不一致")
    }

    @Test func oneUnitOfTheLastDecimalIsRounding() {
        let previous = obs(output, ym(2024, 2), cumulative: d("1234.5"))
        let current = obs(output, ym(2024, 3), monthly: 120, cumulative: d("1354.51"), prior: 1300)
        #expect(validator.issues(current, indicator: output, previousMonth: previous, sameMonthLastYear: nil).isEmpty)
        let off = obs(output, ym(2024, 3), monthly: 120, cumulative: d("1354.52"), prior: 1300)
        #expect(
            codes(validator.issues(off, indicator: output, previousMonth: previous, sameMonthLastYear: nil))
                == [.cumulativeMismatch])
    }

    @Test func januaryMonthlyEqualsCumulative() {
        let jan = obs(output, ym(2024, 1), monthly: 120, cumulative: 125, prior: 110)
        let issues = validator.issues(jan, indicator: output, previousMonth: nil, sameMonthLastYear: nil)
        #expect(codes(issues) == [.cumulativeMismatch])
        #expect(issues[0].message == "1月本月值120.00应与1月累计值相等，填报累计为125.00")
        let ok = obs(output, ym(2024, 1), monthly: 120, cumulative: 120, prior: 110)
        #expect(validator.issues(ok, indicator: output, previousMonth: nil, sameMonthLastYear: nil).isEmpty)
    }

    @Test func nominalGrowthOutsideTheBand() {
        let jan = obs(output, ym(2024, 1), monthly: 300, cumulative: 300, prior: 100)
        let issues = validator.issues(jan, indicator: output, previousMonth: nil, sameMonthLastYear: nil)
        #expect(codes(issues) == [.growthOutOfRange])
        #expect(issues[0].field == .cumulative)
        #expect(issues[0].message == "按上年同期累计100.00计算，累计同比增长200.0%，超出合理范围（-50%～100%），请核实")
        let fall = obs(output, ym(2024, 1), monthly: 40, cumulative: 40, prior: 100)
        #expect(
            codes(validator.issues(fall, indicator: output, previousMonth: nil, sameMonthLastYear: nil))
                == [.growthOutOfRange])
        let edge = obs(output, ym(2024, 1), monthly: 200, cumulative: 200, prior: 100)
        #expect(validator.issues(edge, indicator: output, previousMonth: nil, sameMonthLastYear: nil).isEmpty)
    }

    @Test func publishedRealGrowthOutsideTheBand() {
        let jan = obs(gdp, ym(2024, 1), monthly: 100, cumulative: 100, published: 120)
        let issues = validator.issues(jan, indicator: gdp, previousMonth: nil, sameMonthLastYear: nil)
        #expect(codes(issues) == [.growthOutOfRange])
        #expect(issues[0].field == .publishedGrowth)
        #expect(issues[0].message == "发布增速同比增长120.0%，超出合理范围（-50%～100%），请核实")
    }

    @Test func perCapitaIncomeHasATighterBand() {
        let ok = obs(income, ym(2024, 6), cumulative: 24000, prior: 20000)  // +20%
        #expect(validator.issues(ok, indicator: income, previousMonth: nil, sameMonthLastYear: nil).isEmpty)
        let high = obs(income, ym(2024, 6), cumulative: 28000, prior: 20000)  // +40%
        let issues = validator.issues(high, indicator: income, previousMonth: nil, sameMonthLastYear: nil)
        #expect(codes(issues) == [.growthOutOfRange])
        #expect(issues[0].message.contains("（-10%～30%）"))
        let custom = ObservationValidator(perCapitaGrowthBand: -10...50)
        #expect(custom.issues(high, indicator: income, previousMonth: nil, sameMonthLastYear: nil).isEmpty)
    }

    @Test func negativeWhereImpossible() {
        let o = obs(firms, ym(2024, 5), cumulative: -3)
        let issues = validator.issues(o, indicator: firms, previousMonth: nil, sameMonthLastYear: nil)
        #expect(codes(issues) == [.negativeValue])
        #expect(issues[0].message == "累计为-3，“高新技术企业数”不应为负数")
        let loss = obs(profit, ym(2024, 1), monthly: -5, cumulative: -5, prior: -10)
        #expect(validator.issues(loss, indicator: profit, previousMonth: nil, sameMonthLastYear: nil).isEmpty)
    }

    @Test func cumulativeThatFalls() {
        let previous = obs(output, ym(2024, 4), cumulative: 500)
        let current = obs(output, ym(2024, 5), monthly: -20, cumulative: 480, prior: 450)
        let issues = validator.issues(current, indicator: output, previousMonth: previous, sameMonthLastYear: nil)
        #expect(codes(issues) == [.negativeValue, .cumulativeDecreased])
        #expect(issues[0].field == .monthly)
        #expect(issues[1].message == "累计480.00低于上月累计500.00，累计值不应减少")
    }

    @Test func tenThousandfoldIsAUnitMistake() {
        let previous = obs(output, ym(2024, 2), cumulative: 12_000_000)
        let current = obs(output, ym(2024, 3), monthly: 345_000, cumulative: 12_345_000, prior: d("1200"))
        let lastYear = obs(output, ym(2023, 3), cumulative: d("1234.5"))
        let issues = validator.issues(current, indicator: output, previousMonth: previous, sameMonthLastYear: lastYear)
        #expect(codes(issues) == [.suspectedUnitError])
        #expect(issues[0].field == .cumulative)
        #expect(
            issues[0].message
                == "累计12,345,000.00约为上年同月（2023年3月）累计1,234.50的1万倍，可能填错了单位（本指标单位为亿元），请核实")
    }

    @Test func tenThousandthIsAUnitMistakeToo() {
        let jan = obs(output, ym(2024, 1), monthly: d("0.12"), cumulative: d("0.12"), prior: 1200)
        let issues = validator.issues(jan, indicator: output, previousMonth: nil, sameMonthLastYear: nil)
        #expect(codes(issues) == [.suspectedUnitError])
        #expect(issues[0].message.contains("仅为上年同期累计1,200.00的万分之一"))
    }

    @Test func priorCumulativeInTheWrongUnit() {
        let jan = obs(output, ym(2024, 1), monthly: 130, cumulative: 130, prior: 1_200_000)
        let lastYear = obs(output, ym(2023, 1), monthly: 120, cumulative: 120)
        let issues = validator.issues(jan, indicator: output, previousMonth: nil, sameMonthLastYear: lastYear)
        #expect(codes(issues) == [.suspectedUnitError])
        #expect(issues[0].field == .priorCumulative)
    }

    @Test func missingPreviousMonth() {
        let current = obs(output, ym(2024, 3), monthly: 120, cumulative: 360, prior: 330)
        let issues = validator.issues(current, indicator: output, previousMonth: nil, sameMonthLastYear: nil)
        #expect(codes(issues) == [.missingPreviousMonth])
        #expect(issues[0].message == "缺少上月（2024年2月）累计数据，无法核对本月累计，请先补报上月数据")
        // A neighbour that is not the month before does not count as the previous month.
        let stale = obs(output, ym(2024, 1), cumulative: 100)
        #expect(
            codes(validator.issues(current, indicator: output, previousMonth: stale, sameMonthLastYear: nil))
                == [.missingPreviousMonth])
        // Per-capita figures are quarterly; their months may be missing.
        let q = obs(income, ym(2024, 6), cumulative: 24000, prior: 22000)
        #expect(validator.issues(q, indicator: income, previousMonth: nil, sameMonthLastYear: nil).isEmpty)
    }

    @Test func nominalNeedsThePriorValue() {
        let jan = obs(output, ym(2024, 1), monthly: 120, cumulative: 120)
        let issues = validator.issues(jan, indicator: output, previousMonth: nil, sameMonthLastYear: nil)
        #expect(codes(issues) == [.missingPriorCumulative])
        #expect(issues[0].field == .priorCumulative)
        #expect(issues[0].message == "“规模以上工业总产值”按现价计算同比增速，请填报可比口径的上年同期累计")
        let real = obs(gdp, ym(2024, 1), monthly: 120, cumulative: 120, published: 5)
        #expect(validator.issues(real, indicator: gdp, previousMonth: nil, sameMonthLastYear: nil).isEmpty)
    }
}
