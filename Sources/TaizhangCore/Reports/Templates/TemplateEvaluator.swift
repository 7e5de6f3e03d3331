import Foundation

/// What evaluation produces before the document structure is recognised: runs, line breaks and whole blocks.
enum TemplatePiece: Sendable {
    /// Literal text; `position` is set for the template's own wording (so masks can be located).
    case text(String, TemplatePosition?)
    case figure(ReportFigure)
    case newline
    case table(ReportTable)
    case signature
}

/// Fills a parsed template from the facts. Pure: the same context and facts give the same document. Missing
/// data does not stop it: every slot that stays empty is collected so the writer sees the whole list.
struct TemplateEvaluator {
    let context: ReportContext
    let facts: any ReportFacts
    var unfilled: [UnfilledSlot] = []
    var masks: [TemplateIssue] = []
    private var maskPositions: Set<TemplatePosition> = []

    init(context: ReportContext, facts: any ReportFacts) {
        self.context = context
        self.facts = facts
    }

    /// The current loop record and its running number (序号), innermost loop.
    struct Row {
        var record: FactRecord
        var number: Int
    }

    mutating func evaluate(_ nodes: [TemplateNode], row: Row? = nil) -> [TemplatePiece] {
        var out: [TemplatePiece] = []
        for node in nodes {
            switch node {
            case .text(let text, let position):
                out.append(.text(text, position))
                for issue in TemplateMasks.issues(in: text, at: position, severity: .error)
                where maskPositions.insert(issue.position).inserted {
                    masks.append(issue)
                }
            case .newline:
                out.append(.newline)
            case .expression(let e):
                if let piece = inline(e, row: row) { out.append(piece) }
            case .each(let block):
                out += loop(block)
            case .when(let block):
                switch holds(block.condition, row: row) {
                case true?: out += evaluate(block.then, row: row)
                case false?: out += evaluate(block.otherwise, row: row)
                case nil: break
                }
            case .table(let directive):
                if let table = TemplateTables(evaluator: self).table(directive, unfilled: &unfilled) {
                    out.append(.table(table))
                }
            case .section(let name, let position, let source):
                guard let text = facts.section(named: name), !text.trimmedTemplateSpace.isEmpty else {
                    unfilled.append(UnfilledSlot(position: position, expression: source, reason: "还没有填写“\(name)”"))
                    continue
                }
                for match in TemplateMasks.find(in: text) {
                    masks.append(TemplateIssue(position, "填写的“\(name)”中还有占位符“\(match.text)”。"))
                }
                let lines = text.replacingLineBreaks().split(separator: "\n", omittingEmptySubsequences: false)
                for (index, line) in lines.enumerated() {
                    if index > 0 { out.append(.newline) }
                    out.append(.text(String(line), nil))
                }
            case .signature:
                out.append(.signature)
            }
        }
        return out
    }

    // MARK: Expressions

    private mutating func inline(_ e: TemplateExpression, row: Row?) -> TemplatePiece? {
        switch e.subject {
        case .context(let word):
            return .text(word.text(in: context), nil)
        case .sequenceNumber:
            guard let row else { return missing(e, "“序号”只能用在“#每个”里") }
            return .text("\(row.number)", nil)
        case .field(let field):
            guard let row else { return missing(e, "“\(field.rawValue)”只能用在“#每个”里") }
            if case .text(let text)? = row.record.field(named: field.rawValue) {
                guard !text.trimmedTemplateSpace.isEmpty else { return missing(e, "该项目没有填写“\(field.rawValue)”") }
                return .text(text, nil)
            }
        default:
            break
        }
        var reason = ""
        guard let figure = figure(e, row: row, reason: &reason) else { return missing(e, reason) }
        return .figure(figure)
    }

    private mutating func missing(_ e: TemplateExpression, _ reason: String) -> TemplatePiece? {
        unfilled.append(UnfilledSlot(position: e.position, expression: e.source, reason: reason))
        return nil
    }

    /// The printed figure of an expression with its helpers applied.
    func figure(_ e: TemplateExpression, row: Row?, reason: inout String) -> ReportFigure? {
        guard var q = quantity(e, row: row, reason: &reason) else { return nil }
        if let unit = e.unit {
            guard let converted = q.converted(to: unit) else {
                reason = "“\(q.unit)”不能换算成“\(unit)”"
                return nil
            }
            q = converted
        }
        if let decimals = e.decimals { q.decimals = decimals }
        var provenance = q.provenance
        let text: String
        switch e.wording {
        case nil:
            let number = TemplatePhrases.number(q.value, decimals: q.decimals)
            text = e.withUnit ? number + q.unit : number
        case .change?:
            text = TemplatePhrases.change(q)
        case .points?:
            text = TemplatePhrases.points(q)
        case .place?:
            text = TemplatePhrases.place(q.value, scope: context.parentName)
        case .compareParent(let word)?:
            guard
                let (phrase, merged) = compared(e, q, row: row, parentWord: word ?? context.parentName, reason: &reason)
            else { return nil }
            text = phrase
            provenance = merged
        case .compareTarget?:
            guard let (phrase, merged) = compared(e, q, row: row, parentWord: nil, reason: &reason) else { return nil }
            text = phrase
            provenance = merged
        }
        return ReportFigure(text: text, provenance: provenance)
    }

    /// 高低: the own figure against the parent's (`parentWord` is how the text names it) or against the target.
    private func compared(
        _ e: TemplateExpression, _ q: TemplateQuantity, row: Row?, parentWord: String?, reason: inout String
    ) -> (String, FigureProvenance)? {
        var other = e
        other.wording = nil
        if parentWord != nil {
            other.scope = .parent
        } else {
            other.measure = e.measure == .growth ? .targetGrowth : .target
        }
        guard var base = quantity(other, row: row, reason: &reason) else { return nil }
        if let unit = e.unit, let converted = base.converted(to: unit) { base = converted }
        if let decimals = e.decimals { base.decimals = decimals }
        let (phrase, difference) = TemplatePhrases.compare(q, with: base, word: parentWord ?? "目标")
        let decimals = max(q.decimals, base.decimals)
        var provenance = q.provenance
        provenance.subject += "；比较：" + base.provenance.subject
        provenance.sources += base.provenance.sources
        let line =
            TemplatePhrases.number(q.shown, decimals: decimals) + " − "
            + TemplatePhrases.number(base.shown, decimals: decimals) + " = "
            + TemplatePhrases.number(difference, decimals: decimals)
        provenance.computation = ([q.provenance.computation, base.provenance.computation].compactMap { $0 } + [line])
            .joined(separator: "；")
        return (phrase, provenance)
    }

    // MARK: Quantities

    func subjectLabel(_ scope: FigureScope) -> String { scope == .own ? context.orgUnitName : context.parentName }

    static func measureLabel(_ m: TemplateMeasure) -> String {
        switch m {
        case .value: "数值"
        case .growth: "同比增速"
        case .rank: "总量排名"
        case .growthRank: "增速排名"
        case .completionRate: "年度目标完成率"
        case .delta: "较上年增减"
        case .target: "年度目标"
        case .targetGrowth: "目标增速"
        }
    }

    /// The unrounded number an expression stands for, before helpers.
    func quantity(_ e: TemplateExpression, row: Row?, reason: inout String) -> TemplateQuantity? {
        let period = e.period.period(in: context)
        let who = subjectLabel(e.scope)
        switch e.subject {
        case .field(let field):
            guard let row, case .figure(let f)? = row.record.field(named: field.rawValue) else {
                reason = "该项目没有“\(field.rawValue)”的数据"
                return nil
            }
            return TemplateQuantity(
                value: f.value, unit: f.unit,
                decimals: f.unit == "%" ? 1 : IndicatorUnit(symbol: f.unit).defaultDecimals, provenance: f.provenance)
        case .sequenceNumber:
            guard let row else { return nil }
            return TemplateQuantity(
                value: Decimal(row.number), unit: "", decimals: 0, provenance: FigureProvenance(subject: "序号"))
        case .context:
            reason = "报告信息不是数字"
            return nil
        case .indicator(let indicator):
            let subject = FigureSubject.indicator(code: indicator.code)
            let label = "\(indicator.name) · \(who) · \(period.chineseName) · \(Self.measureLabel(e.measure))"
            return measured(
                subject, e, period: period, unit: indicator.unit.symbol, decimals: indicator.decimals, label: label,
                name: indicator.name, reason: &reason)
        case .project(let quantity, let filters):
            let filterText = filters.map { "\($0.field)=\($0.value)" }.joined(separator: " ")
            let name = quantity.name + (filterText.isEmpty ? "" : "（\(filterText)）")
            let label = "\(name) · \(who) · \(period.chineseName) · \(Self.measureLabel(e.measure))"
            return measured(
                .project(quantity, filters: filters), e, period: period, unit: quantity.unit,
                decimals: quantity.decimals, label: label, name: name, reason: &reason)
        }
    }

    private func measured(
        _ subject: FigureSubject, _ e: TemplateExpression, period: Period, unit: String, decimals: Int, label: String,
        name: String, reason: inout String
    ) -> TemplateQuantity? {
        let who = subjectLabel(e.scope)
        func ask(_ measure: FigureMeasure, _ period: Period, unit: String, decimals: Int) -> TemplateQuantity? {
            let query = FigureQuery(subject: subject, scope: e.scope, period: period, measure: measure)
            guard let fact = facts.figure(query) else {
                reason = "台账中没有\(who)\(period.chineseName)的\(name)\(Self.factLabel(measure))"
                return nil
            }
            let value = TemplateQuantity.convert(fact.value, from: fact.unit, to: unit) ?? fact.value
            let shownUnit = TemplateQuantity.convert(fact.value, from: fact.unit, to: unit) == nil ? fact.unit : unit
            return TemplateQuantity(value: value, unit: shownUnit, decimals: decimals, provenance: fact.provenance)
        }
        func labelled(_ q: TemplateQuantity?) -> TemplateQuantity? {
            guard var q else { return nil }
            q.provenance.subject = label
            return q
        }
        switch e.measure {
        case .value: return labelled(ask(.value, period, unit: unit, decimals: decimals))
        case .target: return labelled(ask(.target, period, unit: unit, decimals: decimals))
        case .growth: return labelled(ask(.growth, period, unit: "%", decimals: 1))
        case .targetGrowth: return labelled(ask(.targetGrowth, period, unit: "%", decimals: 1))
        case .rank: return labelled(ask(.rankByValue, period, unit: "位", decimals: 0))
        case .growthRank: return labelled(ask(.rankByGrowth, period, unit: "位", decimals: 0))
        case .completionRate:
            guard let done = ask(.value, period, unit: unit, decimals: decimals),
                let plan = ask(.target, period, unit: unit, decimals: decimals)
            else { return nil }
            guard plan.value > 0 else {
                reason = "\(who)\(name)的年度目标不是正数，算不出完成率"
                return nil
            }
            let rate = done.value * 100 / plan.value
            let computation =
                "\(done.value.plainString) ÷ \(plan.value.plainString) × 100 = \(TemplatePhrases.number(rate, decimals: 1))"
            return TemplateQuantity(
                value: rate, unit: "%", decimals: 1,
                provenance: FigureProvenance(
                    subject: label, sources: done.provenance.sources + plan.provenance.sources, computation: computation
                ))
        case .delta:
            guard let now = ask(.value, period, unit: unit, decimals: decimals),
                let before = ask(.value, period.shifted(years: -1), unit: unit, decimals: decimals)
            else { return nil }
            let diff = now.shown - before.shown
            let computation =
                "\(TemplatePhrases.number(now.shown, decimals: decimals)) − \(TemplatePhrases.number(before.shown, decimals: decimals)) = \(TemplatePhrases.number(diff, decimals: decimals))"
            return TemplateQuantity(
                value: diff, unit: now.unit, decimals: decimals,
                provenance: FigureProvenance(
                    subject: label, sources: now.provenance.sources + before.provenance.sources,
                    computation: computation))
        }
    }

    static func factLabel(_ m: FigureMeasure) -> String {
        switch m {
        case .value: "数据"
        case .growth: "同比增速"
        case .target: "年度目标"
        case .targetGrowth: "目标增速"
        case .rankByValue: "总量排名"
        case .rankByGrowth: "增速排名"
        }
    }

    // MARK: Blocks

    private mutating func loop(_ block: EachBlock) -> [TemplatePiece] {
        let query = RecordQuery(list: block.list, scope: .own, period: context.period, filters: block.filters)
        let records = Self.ordered(facts.records(query), sort: block.sort, limit: block.limit)
        if records.isEmpty {
            if let empty = block.empty { return evaluate(empty) }
            unfilled.append(
                UnfilledSlot(
                    position: block.position, expression: block.source,
                    reason: "没有符合条件的\(block.list.chineseName)；可以在“【否则】”后写明没有时的说法"))
            return []
        }
        let isInline = !block.body.contains {
            if case .newline = $0 { true } else if case .table = $0 { true } else { false }
        }
        let separator = block.separator ?? (isInline ? "、" : "")
        var out: [TemplatePiece] = []
        for (index, record) in records.enumerated() {
            if index > 0, !separator.isEmpty { out.append(.text(separator, nil)) }
            out += evaluate(block.body, row: Row(record: record, number: index + 1))
        }
        return out
    }

    /// Records sorted by a field (figures by value, text by its characters; records without the field last,
    /// ties in the provider's order), then cut to `limit`.
    static func ordered(_ records: [FactRecord], sort: RecordSort?, limit: Int?) -> [FactRecord] {
        var result = records
        if let sort {
            func key(_ r: FactRecord) -> FactValue? { r.field(named: sort.field.rawValue) }
            result = records.enumerated().sorted { a, b in
                switch (key(a.element), key(b.element)) {
                case (.figure(let x)?, .figure(let y)?) where x.value != y.value:
                    return sort.descending ? x.value > y.value : x.value < y.value
                case (.text(let x)?, .text(let y)?) where x != y:
                    return sort.descending ? x > y : x < y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return a.offset < b.offset
                }
            }.map(\.element)
        }
        if let limit { result = Array(result.prefix(limit)) }
        return result
    }

    /// nil when a side has no data (the slot is reported and neither branch is written).
    private mutating func holds(_ condition: TemplateCondition, row: Row?) -> Bool? {
        var values: [Decimal] = []
        for operand in [condition.left, condition.right] {
            switch operand {
            case .number(let n):
                values.append(n)
            case .expression(let e):
                var reason = ""
                guard let q = quantity(e, row: row, reason: &reason) else {
                    unfilled.append(
                        UnfilledSlot(position: condition.position, expression: condition.source, reason: reason))
                    return nil
                }
                values.append(q.shown)
            }
        }
        return condition.comparison.holds(values[0], values[1])
    }
}
