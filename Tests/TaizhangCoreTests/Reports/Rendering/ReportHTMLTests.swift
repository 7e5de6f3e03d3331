import Testing

@testable import TaizhangCore

@Suite struct ReportHTMLTests {
    @Test func rendersSemanticBlocksWithAClassPerHeadingLevel() {
        let html = ReportHTML.render(RenderingSample.document)
        #expect(
            html.hasPrefix(
                "<article class=\"tz-report\" lang=\"zh-CN\">\n<h1 class=\"tz-title\">高新区2024年1—10月经济运行简报</h1>\n"))
        #expect(html.contains("<p class=\"tz-subtitle\">（2024年1—10月）</p>"))
        #expect(html.contains("<h2 class=\"tz-heading tz-heading-1\">一、主要指标</h2>"))
        #expect(html.contains("<h3 class=\"tz-heading tz-heading-2\">（一）工业</h3>"))
        #expect(html.contains("<p class=\"tz-paragraph\">1—10月，全区实现地区生产总值<span class=\"figure\""))
        #expect(
            html.contains(
                "<div class=\"tz-signature\">\n<p class=\"tz-issuer\">高新区管委会</p>\n"
                    + "<p class=\"tz-date\"><time datetime=\"2024-11-05\">2024年11月5日</time></p>\n</div>\n</article>\n"))
    }

    @Test func rendersTablesWithCaptionHeadAndAlignedCells() {
        let html = ReportHTML.render(RenderingSample.document)
        #expect(
            html.contains(
                "<table class=\"tz-table\">\n<caption><span class=\"tz-table-caption\">表1  主要经济指标完成情况</span>"
                    + "<span class=\"tz-table-unit\">单位：亿元、%</span></caption>\n"))
        #expect(
            html.contains(
                "<thead><tr><th scope=\"col\" class=\"tz-align-leading\">指标</th>"
                    + "<th scope=\"col\" class=\"tz-align-trailing\">1—10月</th><th scope=\"col\" class=\"tz-align-trailing\">增速</th></tr></thead>"
            ))
        #expect(
            html.contains(
                "<tbody>\n<tr><td class=\"tz-align-leading\">地区生产总值</td><td class=\"tz-align-trailing\"><span class=\"figure\""
            ))
    }

    @Test func figuresCarryTheirProvenanceInTheTitleAndInAFocusablePanel() {
        let html = ReportHTML.render(RenderingSample.document)
        let growth =
            "<span class=\"figure\" tabindex=\"0\" title=\"地区生产总值 · 高新区 · 2024年1—10月 · 同比增速&#10;"
            + "来源：观测值 gdp 高新区 2024年10月 累计 1234.5 亿元&#10;来源：观测值 gdp 高新区 2023年10月 累计 1100.2 亿元&#10;"
            + "计算：(1234.5 ÷ 1100.2 − 1) × 100 = 12.2\" aria-describedby=\"tz-figure-2\">12.2"
            + "<span class=\"provenance\" id=\"tz-figure-2\" role=\"tooltip\">"
            + "<span class=\"provenance-subject\">地区生产总值 · 高新区 · 2024年1—10月 · 同比增速</span>"
            + "<span class=\"provenance-source\">来源：观测值 gdp 高新区 2024年10月 累计 1234.5 亿元</span>"
            + "<span class=\"provenance-source\">来源：观测值 gdp 高新区 2023年10月 累计 1100.2 亿元</span>"
            + "<span class=\"provenance-computation\">计算：(1234.5 ÷ 1100.2 − 1) × 100 = 12.2</span></span></span>"
        #expect(html.contains(growth))
        // Four figures in reading order (two in the paragraph, two in the table), each with its own id.
        for k in 1...4 { #expect(html.contains("id=\"tz-figure-\(k)\"")) }
        #expect(!html.contains("tz-figure-5"))
        #expect(ReportHTML.render(RenderingSample.document, idPrefix: "r7").contains("aria-describedby=\"r7-1\""))
    }

    @Test func escapesTextAttributesAndLineBreaks() {
        let figure = ReportFigure(
            text: "<1>", provenance: FigureProvenance(subject: "\"引号\" & 'x'", sources: ["a<b>"]))
        let document = ReportDocument(
            title: "<script>alert(1)</script>",
            blocks: [.paragraph(ReportParagraph(content: [.text("A&B\n第二行"), .figure(figure)]))])
        let html = ReportHTML.render(document)
        #expect(html.contains("<h1 class=\"tz-title\">&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
        #expect(!html.contains("<script>"))
        #expect(
            html.contains(
                "<p class=\"tz-paragraph\">A&amp;B<br>第二行<span class=\"figure\" tabindex=\"0\" "
                    + "title=\"&quot;引号&quot; &amp; &#39;x&#39;&#10;来源：a&lt;b&gt;\" aria-describedby=\"tz-figure-1\">&lt;1&gt;"
            ))
    }

    @Test func stylesheetUsesLocalOfficialFontsOnly() {
        let css = ReportHTML.stylesheet
        #expect(css.contains("仿宋_GB2312"))
        #expect(css.contains("方正小标宋简体"))
        #expect(css.contains(".tz-report .tz-heading-1 { font-family: var(--tz-heiti); }"))
        #expect(css.contains(".tz-report .figure:focus .provenance {"))
        #expect(!css.contains("@font-face"))
        #expect(!css.contains("url("))
        #expect(!css.contains("@import"))
    }
}
