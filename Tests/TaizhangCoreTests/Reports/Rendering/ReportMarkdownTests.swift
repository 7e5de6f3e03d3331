import Testing

@testable import TaizhangCore

/// A small report with every kind of block, shared by the rendering tests.
enum RenderingSample {
    static let gdp = ReportFigure(
        text: "1234.5",
        provenance: FigureProvenance(
            subject: "地区生产总值 · 高新区 · 2024年1—10月 · 累计值",
            sources: ["观测值 gdp 高新区 2024年10月 累计 1234.5 亿元（已审核）"]))
    static let growth = ReportFigure(
        text: "12.2",
        provenance: FigureProvenance(
            subject: "地区生产总值 · 高新区 · 2024年1—10月 · 同比增速",
            sources: ["观测值 gdp 高新区 2024年10月 累计 1234.5 亿元", "观测值 gdp 高新区 2023年10月 累计 1100.2 亿元"],
            computation: "(1234.5 ÷ 1100.2 − 1) × 100 = 12.2"))

    static let document = ReportDocument(
        title: "高新区2024年1—10月经济运行简报",
        subtitle: "（2024年1—10月）",
        blocks: [
            .heading(ReportHeading(level: .one, content: [.text("一、主要指标")])),
            .paragraph(
                ReportParagraph(content: [
                    .text("1—10月，全区实现地区生产总值"), .figure(gdp), .text("亿元，同比增长"), .figure(growth), .text("%。"),
                ])),
            .heading(ReportHeading(level: .two, content: [.text("（一）工业")])),
            .table(
                ReportTable(
                    caption: "表1  主要经济指标完成情况", unitNote: "单位：亿元、%", header: ["指标", "1—10月", "增速"],
                    alignments: [.leading, .trailing, .trailing],
                    rows: [
                        [
                            ReportCell(text: "地区生产总值"), ReportCell(content: [.figure(gdp)]),
                            ReportCell(content: [.figure(growth)]),
                        ]
                    ])),
        ],
        signature: ReportSignature(issuer: "高新区管委会", date: CalendarDate(year: 2024, month: 11, day: 5)!))
}

@Suite struct ReportMarkdownTests {
    @Test func rendersTitleHeadingsParagraphsTablesAndSignature() {
        let expected = """
            # 高新区2024年1—10月经济运行简报

            （2024年1—10月）

            ## 一、主要指标

            1—10月，全区实现地区生产总值1234.5亿元，同比增长12.2%。

            ### （一）工业

            表1  主要经济指标完成情况

            单位：亿元、%

            | 指标 | 1—10月 | 增速 |
            | :--- | ---: | ---: |
            | 地区生产总值 | 1234.5 | 12.2 |

            高新区管委会

            2024年11月5日

            """
        #expect(ReportMarkdown.render(RenderingSample.document) == expected)
    }

    @Test func headingLevelsThreeAndFourTakeFourAndFiveMarks() {
        let document = ReportDocument(
            title: "T",
            blocks: [
                .heading(ReportHeading(level: .three, content: [.text("1.项目")])),
                .heading(ReportHeading(level: .four, content: [.text("（1）续建")])),
            ])
        #expect(ReportMarkdown.render(document) == "# T\n\n#### 1.项目\n\n##### （1）续建\n")
    }

    @Test func escapesEverythingThatWouldBecomeMarkup() {
        let document = ReportDocument(
            title: "# *标题*",
            blocks: [
                .paragraph(
                    ReportParagraph(content: [.text("1.经济*发展*_稳_ [链接](x) <b>粗</b> A&B `码` ~删~\n- 非列表\n    缩进")])),
                .paragraph(ReportParagraph(content: [.text("2021年增长-4.7%\n1. 非列表\n---\n#1\n-4.7%")])),
                .table(
                    ReportTable(
                        header: ["a|b"],
                        rows: [[ReportCell(text: "x\ny|z")], [ReportCell(text: "多"), ReportCell(text: "出")]])),
            ])
        let expected = """
            # \\# \\*标题\\*

            1.经济\\*发展\\*\\_稳\\_ \\[链接\\](x) \\<b\\>粗\\</b\\> A\\&B \\`码\\` \\~删\\~\\
            \\- 非列表\\
            缩进

            2021年增长-4.7%\\
            1\\. 非列表\\
            \\---\\
            #1\\
            -4.7%

            | a\\|b |  |
            | :--- | :--- |
            | x y\\|z |  |
            | 多 | 出 |

            """
        #expect(ReportMarkdown.render(document) == expected)
    }
}
