import Foundation

/// Builds the tables of 【表格 主要指标】 and 【表格 项目 …】: figures right-aligned with thousands separators,
/// units in a column or in the unit note, every figure cell with its provenance.
struct TemplateTables {
    let evaluator: TemplateEvaluator
    private let formatter = FigureFormatter.table

    init(evaluator: TemplateEvaluator) { self.evaluator = evaluator }

    func table(_ directive: TableDirective, unfilled: inout [UnfilledSlot]) -> ReportTable? {
        switch directive.kind {
        case .indicators(let indicators, let withRank):
            indicatorTable(indicators, withRank: withRank, directive, unfilled: &unfilled)
        case .records(let list, let filters, let sort, let limit, let columns):
            recordTable(
                list, filters: filters, sort: sort, limit: limit, columns: columns, directive, unfilled: &unfilled)
        }
    }

    /// 指标 | 单位 | 1—10月 | 同比增长（%） [| 增速排名]; an indicator without growth shows "—".
    private func indicatorTable(
        _ indicators: [Indicator], withRank: Bool, _ directive: TableDirective, unfilled: inout [UnfilledSlot]
    ) -> ReportTable? {
        let context = evaluator.context
        var header = ["指标", "单位", context.period.chineseName(style: .months, includingYear: false), "同比增长（%）"]
        var alignments: [ReportColumnAlignment] = [.leading, .center, .trailing, .trailing]
        if withRank {
            header.append("增速排名")
            alignments.append(.center)
        }
        var rows: [[ReportCell]] = []
        for indicator in indicators {
            var row = [ReportCell(text: indicator.name), ReportCell(text: indicator.unit.symbol)]
            var measures: [TemplateMeasure] = [.value]
            if indicator.growth != .none { measures.append(.growth) }
            if withRank, indicator.growth != .none { measures.append(.growthRank) }
            var cells: [TemplateMeasure: ReportCell] = [:]
            for measure in measures {
                let e = TemplateExpression(
                    source: directive.source, position: directive.position, subject: .indicator(indicator),
                    measure: measure)
                var reason = ""
                guard let q = evaluator.quantity(e, row: nil, reason: &reason) else {
                    unfilled.append(
                        UnfilledSlot(position: directive.position, expression: directive.source, reason: reason))
                    continue
                }
                let text = formatter.number(q.value, decimals: q.decimals)
                cells[measure] = ReportCell(content: [.figure(ReportFigure(text: text, provenance: q.provenance))])
            }
            row.append(cells[.value] ?? ReportCell(text: ""))
            row.append(cells[.growth] ?? ReportCell(text: "—"))
            if withRank { row.append(cells[.growthRank] ?? ReportCell(text: "—")) }
            rows.append(row)
        }
        return ReportTable(caption: directive.caption, header: header, alignments: alignments, rows: rows)
    }

    /// 序号 and the chosen fields; amounts in 万元 with two decimals, rates with one, a missing field "—".
    private func recordTable(
        _ list: RecordList, filters: [RecordFilter], sort: RecordSort?, limit: Int?, columns: [ProjectRecordField],
        _ directive: TableDirective, unfilled: inout [UnfilledSlot]
    ) -> ReportTable? {
        let query = RecordQuery(list: list, scope: .own, period: evaluator.context.period, filters: filters)
        let records = TemplateEvaluator.ordered(evaluator.facts.records(query), sort: sort, limit: limit)
        guard !records.isEmpty else {
            unfilled.append(
                UnfilledSlot(
                    position: directive.position, expression: directive.source,
                    reason: "没有符合条件的\(list.chineseName)，表格会是空的"))
            return nil
        }
        var units: [String] = []
        for column in columns { if let unit = column.unit, !units.contains(unit) { units.append(unit) } }
        let header = ["序号"] + columns.map(\.rawValue)
        let alignments: [ReportColumnAlignment] = [.center] + columns.map { $0.isFigure ? .trailing : .leading }
        var rows: [[ReportCell]] = []
        for (index, record) in records.enumerated() {
            var row = [ReportCell(text: "\(index + 1)")]
            for column in columns {
                switch record.field(named: column.rawValue) {
                case .text(let text)? where !text.isEmpty:
                    row.append(ReportCell(text: text))
                case .figure(let figure)?:
                    let decimals = figure.unit == "%" ? 1 : IndicatorUnit(symbol: figure.unit).defaultDecimals
                    let text = formatter.number(figure.value, decimals: decimals)
                    row.append(ReportCell(content: [.figure(ReportFigure(text: text, provenance: figure.provenance))]))
                default:
                    row.append(ReportCell(text: "—"))
                }
            }
            rows.append(row)
        }
        return ReportTable(
            caption: directive.caption, unitNote: units.isEmpty ? nil : "单位：" + units.joined(separator: "、"),
            header: header, alignments: alignments, rows: rows)
    }
}
