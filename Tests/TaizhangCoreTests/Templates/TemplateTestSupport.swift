import Foundation
import TaizhangCore

/// The report every template test fills: 高新区, 2024年1—10月, under 全市.
let templateContext = ReportContext(
    orgUnitCode: "gxq", orgUnitName: "高新区", parentName: "全市", period: .cumulative(through: ym(2024, 10)),
    issuer: "高新区管委会", date: CalendarDate(year: 2024, month: 11, day: 5)!)

let reportPeriod = Period.cumulative(through: ym(2024, 10))
let priorPeriod = Period.cumulative(through: ym(2023, 10))

func indicatorSubject(_ code: String) -> FigureSubject { .indicator(code: code) }

/// A project record with the fields the tests use; amounts in 万元.
func projectRecord(
    _ name: String, level: String, stage: String, planned: String, annual: String, completed: String,
    rate: String? = nil
) -> FactRecord {
    func figure(_ value: String, _ unit: String, _ field: String) -> FactValue {
        .figure(
            FactFigure(
                value: d(value), unit: unit,
                provenance: FigureProvenance(
                    subject: "\(name) · \(field)", sources: ["项目台账 \(name) \(field) \(value)\(unit)"])))
    }
    var fields = [
        FactField(name: "项目名称", value: .text(name)), FactField(name: "级别", value: .text(level)),
        FactField(name: "阶段", value: .text(stage)), FactField(name: "计划总投资", value: figure(planned, "万元", "计划总投资")),
        FactField(name: "年度计划投资", value: figure(annual, "万元", "年度计划投资")),
        FactField(name: "今年累计完成投资", value: figure(completed, "万元", "今年累计完成投资")),
    ]
    if let rate { fields.append(FactField(name: "投资完成率", value: figure(rate, "%", "投资完成率"))) }
    return FactRecord(fields: fields)
}

/// Ledger figures with hand-picked digits: ties at the rounding place (…5) and own/parent growths whose exact
/// difference (1.68) rounds differently from the difference of the shown figures (5.2 − 3.6 = 1.6).
func sampleFacts() -> InMemoryReportFacts {
    var f = InMemoryReportFacts()
    let gdp = indicatorSubject("gdp")
    f.set(gdp, .value, d("1234.565"), "亿元", period: reportPeriod)
    f.set(gdp, .value, d("1100.2"), "亿元", period: priorPeriod)
    f.set(gdp, .growth, d("5.24"), "%", period: reportPeriod)
    f.set(gdp, .growth, d("3.56"), "%", period: reportPeriod, scope: .parent)
    f.set(gdp, .value, d("5600"), "亿元", period: reportPeriod, scope: .parent)
    f.set(gdp, .target, d("1500"), "亿元", period: reportPeriod)
    f.set(gdp, .targetGrowth, d("6"), "%", period: reportPeriod)
    f.set(gdp, .rankByGrowth, 3, "位", period: reportPeriod)
    f.set(gdp, .rankByValue, 2, "位", period: reportPeriod)
    let fai = indicatorSubject("fixed_asset_investment")
    f.set(fai, .value, d("310.25"), "亿元", period: reportPeriod)
    f.set(fai, .growth, d("-1.25"), "%", period: reportPeriod)
    f.set(fai, .growth, d("-1.25"), "%", period: reportPeriod, scope: .parent)
    f.set(fai, .rankByGrowth, 5, "位", period: reportPeriod)
    let rd = indicatorSubject("rd_intensity")
    f.set(rd, .value, d("2.85"), "%", period: reportPeriod)
    f.set(rd, .value, d("3.2"), "%", period: priorPeriod)
    f.set(.project(.signedCount, filters: []), .value, 18, "个", period: reportPeriod)
    f.set(.project(.signedValue, filters: []), .value, d("1234565"), "万元", period: reportPeriod)
    f.set(.project(.signedAboveCount(threshold: 10000), filters: []), .value, 6, "个", period: reportPeriod)
    f.set(.project(.signedAndStartedSameYearCount, filters: []), .value, 4, "个", period: reportPeriod)
    f.set(.project(.startRate, filters: []), .value, d("83.35"), "%", period: reportPeriod)
    f.set(.project(.mattersSolved, filters: []), .value, 27, "个", period: reportPeriod)
    f.recordLists[.projects] = [
        projectRecord(
            "光伏组件", level: "省重点", stage: "续建", planned: "250000", annual: "60000", completed: "41234.5", rate: "68.72"),
        projectRecord(
            "精密铸锻", level: "省重点、市百大产业链", stage: "新开工", planned: "120000", annual: "30000", completed: "45000.25",
            rate: "150.0"),
        projectRecord("冷链物流", level: "市重点", stage: "前期", planned: "80000", annual: "10000", completed: "0"),
    ]
    f.sections["存在问题"] = "一是工业投资后劲不足。\n二是要素保障压力较大。"
    return f
}

/// Compiles and fills a template against `facts` (the sample ledger unless given).
func fill(_ template: String, facts: InMemoryReportFacts = sampleFacts()) throws -> ReportDocument {
    try ReportTemplate.compile(template).evaluate(context: templateContext, facts: facts)
}

/// The text of the first block of a one-line body (the title is the first line, so tests put "标题" first).
func bodyText(_ line: String, facts: InMemoryReportFacts = sampleFacts()) throws -> String {
    let document = try fill("标题\n" + line, facts: facts)
    guard case .paragraph(let p)? = document.blocks.first else { return "<no paragraph>" }
    return p.content.plainText
}

extension ReportDocument {
    /// Title, subtitle, headings, paragraphs, tables (cells joined by " | ") and signature, one per line.
    var outline: String {
        var lines = [title]
        if let subtitle { lines.append(subtitle) }
        if let recipient { lines.append(recipient) }
        for block in blocks {
            switch block {
            case .heading(let h): lines.append("H\(h.level.rawValue) " + h.content.plainText)
            case .paragraph(let p): lines.append("P " + p.content.plainText)
            case .table(let t):
                lines.append("T " + (t.unitNote ?? "") + " [" + t.header.joined(separator: " | ") + "]")
                for row in t.rows { lines.append("  " + row.map(\.content.plainText).joined(separator: " | ")) }
            }
        }
        if let signature { lines.append("S " + signature.issuer + " " + signature.writtenDate) }
        return lines.joined(separator: "\n")
    }
}
