import Foundation

/// Rule (e): a figure about 10⁴ (or 10⁻⁴) times last year's is most often a 万元/亿元 (or 元/万元) mix-up.
extension ObservationValidator {
    func unitMistakes(
        _ observation: Observation, indicator: Indicator, lastYear: Observation?, fmt: (Decimal) -> String
    ) -> [ValidationIssue] {
        var found: [ValidationIssue] = []
        let lastYearName = observation.month.sameMonthLastYear.chineseName
        var comparisons: [(ObservationField, Decimal?, Decimal?, String)] = [
            (.monthly, observation.monthly, lastYear?.monthly, "上年同月（\(lastYearName)）本月值"),
            (.cumulative, observation.cumulative, lastYear?.cumulative, "上年同月（\(lastYearName)）累计"),
        ]
        if lastYear?.cumulative == nil {
            comparisons.append((.cumulative, observation.cumulative, observation.priorCumulative, "上年同期累计"))
        } else {
            comparisons.append(
                (.priorCumulative, observation.priorCumulative, lastYear?.cumulative, "上年同月（\(lastYearName)）累计"))
        }
        for case let (field, value?, base?, baseName) in comparisons where value > 0 && base > 0 {
            let ratio = value / base
            let label = field == .priorCumulative ? "上年同期累计" : field.displayName
            if ratio >= unitMistakeRatio {
                found.append(
                    ValidationIssue(
                        code: .suspectedUnitError, field: field,
                        message: "\(label)\(fmt(value))约为\(baseName)\(fmt(base))的\(timesText(ratio))，"
                            + "可能填错了单位（本指标单位为\(indicator.unit.symbol)），请核实"))
            } else if ratio * unitMistakeRatio <= 1 {
                found.append(
                    ValidationIssue(
                        code: .suspectedUnitError, field: field,
                        message: "\(label)\(fmt(value))仅为\(baseName)\(fmt(base))的\(fractionText(ratio))，"
                            + "可能填错了单位（本指标单位为\(indicator.unit.symbol)），请核实"))
            }
        }
        return found
    }

    private func timesText(_ ratio: Decimal) -> String {
        ratio >= 5000 && ratio < 50000 ? "1万倍" : formatter.number(ratio, decimals: 0) + "倍"
    }

    private func fractionText(_ ratio: Decimal) -> String {
        ratio * 5000 <= 1 && ratio * 50000 > 1 ? "万分之一" : "\(formatter.number(1 / ratio, decimals: 0))分之一"
    }
}
