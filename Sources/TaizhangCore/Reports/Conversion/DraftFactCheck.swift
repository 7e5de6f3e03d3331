import Foundation

/// Checks the figures of a draft with real numbers (last year's report, a colleague's draft) against the ledgers:
/// each figure the reader bound to a catalogue indicator is compared, at the precision it is written with, with
/// the stored value for the draft's org unit and the slot's period (the report period when the slot names none).
public enum DraftFactCheck {
    /// One figure's verdict.
    public struct Line: Sendable, Equatable {
        public enum Verdict: String, Sendable, Equatable {
            /// The ledgers give the same figure at the precision written.
            case agrees
            /// They give another: `stored` says what, and where it comes from.
            case disagrees
            /// The figure could not be compared: no indicator, a measure the ledgers do not hold, no data.
            case unbound
        }

        public var slot: DraftSlot
        /// The draft's value with its sign (a "下降3.2%" is −3.2).
        public var written: Decimal?
        public var verdict: Verdict
        /// The stored figure, rounded as the draft writes it, in the draft's unit.
        public var stored: Decimal?
        public var source: FigureProvenance?
        /// Why, in Chinese.
        public var note: String
    }

    public static func check(
        _ text: String, slots: [DraftSlot], facts: some ReportFacts, period: Period,
        catalogue: IndicatorCatalogue = .standard
    ) -> [Line] {
        let scalars = Array(text.unicodeScalars)
        return slots.filter { $0.type == .number && !$0.masked }.map { slot in
            line(for: slot, scalars: scalars, facts: facts, period: period, catalogue: catalogue)
        }
    }

    private static func line(
        for slot: DraftSlot, scalars: [Unicode.Scalar], facts: some ReportFacts, period reportPeriod: Period,
        catalogue: IndicatorCatalogue
    ) -> Line {
        let written = Self.value(of: slot, scalars: scalars)
        func unbound(_ note: String) -> Line {
            Line(slot: slot, written: written, verdict: .unbound, stored: nil, source: nil, note: note)
        }
        guard let written else { return unbound("看不懂这个数字") }
        guard let name = slot.indicator, let indicator = catalogue.resolve(name) else {
            return unbound("没有对应的台账指标")
        }
        guard let measure = slot.measure, [.value, .growth, .rank, .completion, .change].contains(measure) else {
            return unbound("“\(slot.measure.map(\.rawValue) ?? "")”口径暂不核对")
        }
        if slot.period?.contains("预计") == true { return unbound("预计数不核对") }
        // A bare year the report period lies in ("2021年" in a 1—10月 report) means the report period.
        var period = slot.period.flatMap { Period($0, defaultYear: reportPeriod.year) } ?? reportPeriod
        if period == .year(reportPeriod.year) { period = reportPeriod }
        let subject = FigureSubject.indicator(code: indicator.code)
        func ask(_ measure: FigureMeasure) -> FactFigure? {
            facts.figure(FigureQuery(subject: subject, period: period, measure: measure))
        }
        var stored: Decimal
        var source: FigureProvenance
        switch measure {
        case .value:
            guard let figure = ask(.value) else { return unbound("台账中没有\(indicator.name)的这一期数据") }
            guard let converted = Self.convert(figure.value, from: figure.unit, to: slot.unit ?? figure.unit) else {
                return unbound("单位“\(slot.unit ?? "")”与台账的“\(figure.unit)”不能换算")
            }
            (stored, source) = (converted, figure.provenance)
        case .growth:
            guard let figure = ask(.growth) else { return unbound("台账中没有\(indicator.name)的同比增速") }
            (stored, source) = (figure.value, figure.provenance)
        case .rank:
            let byGrowth = DraftClauses.ranksGrowth(before: slot.start, in: scalars)
            guard let figure = ask(byGrowth ? .rankByGrowth : .rankByValue) else {
                return unbound("台账中不能算出\(indicator.name)的排名")
            }
            (stored, source) = (figure.value, figure.provenance)
        case .change:
            // "高于全市1.6个百分点": the printed growths' difference, as the template's 高低 helper writes it.
            let near = DraftClauses.clause(before: slot.start, in: scalars)
            let sign: Decimal? = near.contains("高于") || near.contains("快于") ? 1 : near.contains("低于") || near.contains("慢于") ? -1 : nil
            guard let sign, near.contains("全"), let own = ask(.growth),
                let parent = facts.figure(FigureQuery(subject: subject, scope: .parent, period: period, measure: .growth))
            else { return unbound("只核对“高于/低于全市X个百分点”") }
            let places = Self.decimals(of: slot.text)
            let difference = own.value.roundedHalfUp(scale: places) - parent.value.roundedHalfUp(scale: places)
            stored = difference * sign
            source = FigureProvenance(
                subject: "", sources: own.provenance.sources + parent.provenance.sources,
                computation: "\(own.value.roundedHalfUp(scale: places).plainString) − \(parent.value.roundedHalfUp(scale: places).plainString)")
        default:
            guard let value = ask(.value), let target = ask(.target), target.value != 0 else {
                return unbound("台账中没有\(indicator.name)的数值或年度目标")
            }
            stored = value.value * 100 / target.value
            source = FigureProvenance(
                subject: "", sources: value.provenance.sources + target.provenance.sources,
                computation: "\(value.value.plainString) ÷ \(target.value.plainString) × 100")
        }
        let rounded = stored.roundedHalfUp(scale: Self.decimals(of: slot.text))
        let agrees = rounded == written
        return Line(
            slot: slot, written: written, verdict: agrees ? .agrees : .disagrees, stored: rounded, source: source,
            note: agrees ? "与台账一致" : "台账为\(rounded.plainString)\(slot.unit ?? "")")
    }

    /// The written value with its sign; a growth after 下降/减少/回落 is negative.
    private static func value(of slot: DraftSlot, scalars: [Unicode.Scalar]) -> Decimal? {
        let digits = slot.text.unicodeScalars.compactMap { scalar -> Character? in
            switch scalar {
            case "0"..."9", ".", "-": Character(scalar)
            case "０"..."９": Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case "．": "."
            case "－": "-"
            default: nil
            }
        }
        guard var value = Decimal(string: String(digits), locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        if slot.measure == .growth, value > 0 {
            let before = DraftClauses.clause(before: slot.start, in: scalars)
            if ["下降", "减少", "回落", "下滑"].contains(where: before.hasSuffix) { value = -value }
        }
        return value
    }

    private static func decimals(of text: String) -> Int {
        guard let dot = text.firstIndex(where: { $0 == "." || $0 == "．" }) else { return 0 }
        return text[text.index(after: dot)...].filter(\.isNumber).count
    }

    private static func convert(_ value: Decimal, from: String, to: String) -> Decimal? {
        if from == to { return value }
        let source = IndicatorUnit(symbol: from)
        let target = IndicatorUnit(symbol: to)
        guard source.baseSymbol == target.baseSymbol, target.factorToBase != 0 else { return nil }
        return value * source.factorToBase / target.factorToBase
    }
}
