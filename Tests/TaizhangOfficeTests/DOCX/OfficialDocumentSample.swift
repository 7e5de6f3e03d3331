import Foundation
import TaizhangCore

/// A realistic annual report for the .docx tests: title block, headings of all four levels, more than two pages
/// of body text, a 30-row project table that runs onto a second page, figures with provenance, a signature.
enum OfficialDocumentSample {
    static func figure(
        _ text: String, _ subject: String, _ source: String, _ computation: String? = nil
    )
        -> ReportInline
    {
        .figure(
            ReportFigure(
                text: text,
                provenance: FigureProvenance(
                    subject: subject, sources: [source], computation: computation)))
    }

    static let gdp = figure(
        "356.8", "地区生产总值 · 海星高新区 · 2025年1—10月 · 累计值",
        "观测值 gdp 海星高新区 2025年10月 累计 356.8 亿元（已审核）")
    static let gdpGrowth = figure(
        "6.5%", "地区生产总值 · 海星高新区 · 2025年1—10月 · 同比增速",
        "观测值 gdp 海星高新区 2025年10月 同比 6.5%（统计局公布，可比价）")
    static let rank = figure(
        "第2位", "地区生产总值增速 · 全市开发区 · 2025年1—10月 · 位次",
        "观测值 gdp 全市9个开发区 2025年10月 同比增速", "6.5% 在 9 个开发区中由高到低排第 2")
    static let investment = figure(
        "128.4", "固定资产投资 · 海星高新区 · 2025年1—10月 · 累计值",
        "观测值 fai 海星高新区 2025年10月 累计 128.4 亿元（已审核）")
    static let completion = figure(
        "83.6%", "省市重点项目 · 年度计划完成率", "项目台账 30 个项目 年度计划 96.2 亿元 完成 80.4 亿元",
        "80.4 ÷ 96.2 × 100 = 83.6")

    /// Plain Chinese sentences (no digits or Latin), so that full lines can be counted character by character.
    static let sentences = [
        "坚持以高质量发展为主题，统筹推进稳增长、促改革、调结构、惠民生各项工作，经济运行总体平稳、稳中有进。",
        "紧紧围绕装备制造、绿色食品、现代服务业三大主导产业谋划、引进和建设项目，用项目建设带动产业提升。",
        "深入开展优化营商环境攻坚行动，推行企业开办全程网办，审批时限大幅压缩，市场主体活力持续增强。",
        "全面落实安全生产责任制，扎实开展重点行业领域专项整治，全区安全生产形势保持总体稳定。",
        "持续加大民生投入，新建改建一批学校、卫生院和社区服务中心，群众获得感、幸福感、安全感不断提升。",
        "坚持招大引强与招新引优并重，组建专业招商小分队，开展驻点招商、以商招商和产业链招商。",
        "加快园区基础设施建设，完善道路、供排水、供热和通信管网，提升园区承载能力和综合配套水平。",
        "深化亩均效益评价改革，对低效用地企业分类施策，推动闲置土地和厂房盘活利用，土地节约集约水平明显提高。",
    ]

    static func bodyParagraph(_ index: Int, length: Int = 5) -> ReportBlock {
        let text = (0..<length).map { sentences[(index + $0) % sentences.count] }.joined()
        return .paragraph(ReportParagraph(content: [.text(text)]))
    }

    static func heading(_ level: HeadingLevel, _ text: String) -> ReportBlock {
        .heading(ReportHeading(level: level, content: [.text(text)]))
    }

    static var projectTable: ReportTable {
        let names = ["智能装备产业园", "绿色食品加工基地", "新能源汽车零部件", "现代物流园", "数字经济产业园", "生物医药孵化器"]
        let rows: [[ReportCell]] = (1...30).map { number in
            let planned = Decimal(20 + number * 7) / 10
            let done = planned * Decimal(60 + number % 40) / 100
            let rate = done / planned * 100
            return [
                ReportCell(text: String(number)),
                ReportCell(text: names[number % names.count] + (number > 6 ? "（\((number - 1) / 6 + 1)期）" : "")),
                ReportCell(text: (planned * 5).plainString),
                ReportCell(text: planned.plainString),
                ReportCell(text: done.roundedHalfUp(scale: 2).plainString),
                ReportCell(text: rate.roundedHalfUp(scale: 1).plainString),
            ]
        }
        return ReportTable(
            caption: "表1  省市重点项目建设情况", unitNote: "单位：亿元、%",
            header: ["序号", "项目名称", "总投资", "年度计划", "完成投资", "完成率"],
            alignments: [.center, .leading, .trailing, .trailing, .trailing, .trailing], rows: rows)
    }

    static var document: ReportDocument {
        var blocks: [ReportBlock] = [
            heading(.one, "一、主要指标完成情况"),
            .paragraph(
                ReportParagraph(content: [
                    .text("今年以来，全区实现地区生产总值"), gdp, .text("亿元，同比增长"), gdpGrowth,
                    .text("，增速居全市开发区"), rank, .text("。完成固定资产投资"), investment, .text("亿元。"),
                ])),
            heading(.two, "（一）经济运行稳中有进"),
            bodyParagraph(0, length: 6),
            bodyParagraph(2, length: 6),
            heading(.three, "1.工业经济提质增效"),
            bodyParagraph(4, length: 7),
            heading(.four, "（1）规上工业"),
            bodyParagraph(1, length: 7),
            bodyParagraph(3, length: 7),
            heading(.two, "（二）项目建设扎实推进"),
            .paragraph(
                ReportParagraph(content: [
                    .text("省市重点项目年度计划完成率达到"), completion, .text("，具体情况见表1。"),
                ])),
            .table(projectTable),
            heading(.one, "二、存在问题"),
            bodyParagraph(5, length: 4),
            heading(.one, "三、下一步工作思路"),
            bodyParagraph(6, length: 5),
        ]
        blocks.append(bodyParagraph(7, length: 3))
        return ReportDocument(
            title: "海星高新区2025年工作总结", subtitle: "（2025年1—10月）", recipient: "市委、市政府：", blocks: blocks,
            signature: ReportSignature(issuer: "海星高新区管委会", date: CalendarDate(year: 2025, month: 11, day: 8)!))
    }
}
