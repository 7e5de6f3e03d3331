import Foundation
import TaizhangCore
import Testing

@testable import TaizhangOffice

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct OfficialDocumentWriterTests {
    static func parts(
        _ document: ReportDocument, _ settings: OfficialDocumentSettings = .standard
    ) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: OfficialDocumentWriter.parts(document, settings: settings).map {
                ($0.path, String(decoding: $0.bytes, as: UTF8.self))
            })
    }

    /// Checks for markup without dumping the whole part into the failure message.
    func expectContains<S: StringProtocol>(
        _ haystack: S, _ needle: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let found = haystack.contains(needle)
        #expect(found, "missing: \(needle)", sourceLocation: sourceLocation)
    }

    static func count(_ needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }

    /// Every part parses as XML (an unescaped `&` or a control character would make Word refuse the file).
    @Test func everyPartIsWellFormedXML() throws {
        let document = ReportDocument(
            title: "A & B <报告> \"引号\"",
            blocks: [
                .paragraph(ReportParagraph(content: [.text("控制\u{1}字符\u{FFFF}与 & < > \" ' 符号")])),
                .table(ReportTable(caption: "表 & 注", header: ["名称<1>"], rows: [[ReportCell(text: "甲&乙")]])),
            ])
        var settings = OfficialDocumentSettings.standard
        settings.bodyFont = "仿宋 \"GB\" & <2312>"
        let oddFont = Self.parts(document, settings)
        expectContains(oddFont["word/styles.xml"]!, #"w:eastAsia="仿宋 &quot;GB&quot; &amp; &lt;2312&gt;""#)
        for (path, text) in Array(Self.parts(document)) + Array(oddFont) {
            let parser = XMLParser(data: Data(text.utf8))
            #expect(parser.parse(), "\(path) is not well-formed: \(String(describing: parser.parserError))")
        }
    }

    @Test func escapesTextAndTurnsTabsAndNewlinesIntoWordMarkup() {
        let document = ReportDocument(
            title: "标题",
            blocks: [.paragraph(ReportParagraph(content: [.text("A & B <c> \"q\"\u{1}\u{FFFE}甲\t乙\r\n丙\n丁")]))])
        let body = Self.parts(document)["word/document.xml"]!
        #expect(
            body.contains(
                #"<w:t xml:space="preserve">A &amp; B &lt;c&gt; "q"甲</w:t><w:tab/><w:t xml:space="preserve">乙</w:t><w:br/><w:t xml:space="preserve">丙</w:t><w:br/><w:t xml:space="preserve">丁</w:t>"#
            ))
        #expect(!body.contains("\u{1}"))
        #expect(!body.contains("\u{FFFE}"))
        let core = Self.parts(ReportDocument(title: "甲 & 乙 <丙>"))["docProps/core.xml"]!
        expectContains(core, "<dc:title>甲 &amp; 乙 &lt;丙&gt;</dc:title>")
    }

    /// Each w:rFonts names the face for ascii, hAnsi, eastAsia and cs, and no theme font appears anywhere.
    @Test func everyFontNamesAllFourScriptsAndNoThemeFonts() throws {
        let parts = Self.parts(OfficialDocumentSample.document)
        let pattern = try Regex(#"<w:rFonts ([^>]*)/>"#)
        var seen = 0
        for (path, text) in parts where path.hasPrefix("word/") {
            #expect(!text.contains("Theme"), "\(path) mentions a theme font")
            for match in text.matches(of: pattern) {
                let attributes = String(text[match.range])
                seen += 1
                for script in ["ascii", "hAnsi", "eastAsia", "cs"] {
                    expectContains(attributes, "w:\(script)=\"")
                }
            }
        }
        #expect(seen > 20)
        let styles = parts["word/styles.xml"]!
        #expect(
            styles.contains(
                #"<w:rPrDefault><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:cs="仿宋_GB2312"/>"#
            ))
        expectContains(
            styles, #"<w:spacing w:before="0" w:after="0" w:line="579" w:lineRule="exact"/></w:pPr></w:pPrDefault>"#)
    }

    @Test func pageIsA4WithTheStandardMarginsAndALineGrid() {
        let body = Self.parts(OfficialDocumentSample.document)["word/document.xml"]!
        expectContains(body, #"<w:pgSz w:w="11906" w:h="16838"/>"#)
        expectContains(body, #"<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588""#)
        expectContains(body, #"<w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr></w:body>"#)
    }

    /// Title 2号小标宋 centred; headings 黑体 / 楷体 / bold 仿宋 / 仿宋 in 3号 with outline levels; body runs 3号仿宋
    /// condensed by 0.25 pt; no Word bold on 黑体 or 楷体.
    @Test func titleHeadingAndBodyRunsCarryTheirTypefaces() {
        let body = Self.parts(OfficialDocumentSample.document)["word/document.xml"]!
        func fonts(_ face: String) -> String {
            #"<w:rFonts w:ascii="\#(face)" w:hAnsi="\#(face)" w:eastAsia="\#(face)" w:cs="\#(face)"/>"#
        }
        expectContains(
            body,
            #"<w:jc w:val="center"/><w:rPr>\#(fonts("方正小标宋简体"))<w:b w:val="0"/><w:bCs w:val="0"/><w:sz w:val="44"/>"#)
        expectContains(
            body,
            #"<w:r><w:rPr>\#(fonts("黑体"))<w:b w:val="0"/><w:bCs w:val="0"/><w:spacing w:val="-5"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t xml:space="preserve">一、主要指标完成情况</w:t>"#
        )
        expectContains(
            body,
            #"<w:r><w:rPr>\#(fonts("楷体_GB2312"))<w:b w:val="0"/><w:bCs w:val="0"/><w:spacing w:val="-5"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t xml:space="preserve">（一）"#
        )
        expectContains(
            body,
            #"<w:r><w:rPr>\#(fonts("仿宋_GB2312"))<w:b/><w:bCs/><w:spacing w:val="-5"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t xml:space="preserve">1.工业经济"#
        )
        expectContains(
            body,
            #"<w:r><w:rPr>\#(fonts("仿宋_GB2312"))<w:b w:val="0"/><w:bCs w:val="0"/><w:spacing w:val="-5"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t xml:space="preserve">（1）规上工业"#
        )
        for level in 1...4 {
            expectContains(body, #"<w:pStyle w:val="Heading\#(level)"/><w:keepNext/>"#)
            expectContains(body, #"<w:jc w:val="both"/><w:outlineLvl w:val="\#(level - 1)"/>"#)
        }
        expectContains(
            body,
            #"<w:ind w:left="0" w:leftChars="0" w:right="0" w:rightChars="0" w:firstLine="640" w:firstLineChars="200"/><w:jc w:val="both"/>"#
        )

        var plain = OfficialDocumentSettings.standard
        plain.boldLevelThreeHeadings = false
        let unbold = Self.parts(OfficialDocumentSample.document, plain)["word/document.xml"]!
        #expect(!unbold.contains("<w:b/>"))
    }

    /// Alternating: odd pages right and even pages left, one 4号 character (280 twips) in, with evenAndOddHeaders
    /// and both footers referenced; centred: one footer, no even footer.
    @Test func pageNumbersAlternateOrAreCentred() {
        let alternating = Self.parts(OfficialDocumentSample.document)
        expectContains(alternating["word/settings.xml"]!, "<w:evenAndOddHeaders/>")
        let odd = alternating["word/footer1.xml"]!
        let even = alternating["word/footer2.xml"]!
        expectContains(odd, #"w:right="280" w:rightChars="100""#)
        expectContains(odd, #"<w:jc w:val="right"/>"#)
        expectContains(even, #"<w:ind w:left="280" w:leftChars="100""#)
        expectContains(even, #"<w:jc w:val="left"/>"#)
        for footer in [odd, even] {
            expectContains(footer, #"<w:t xml:space="preserve">— </w:t>"#)
            expectContains(footer, #"<w:instrText xml:space="preserve"> PAGE </w:instrText>"#)
            expectContains(footer, #"<w:t xml:space="preserve"> —</w:t>"#)
            expectContains(footer, #"w:eastAsia="宋体""#)
            expectContains(footer, #"<w:sz w:val="28"/>"#)
        }
        let body = alternating["word/document.xml"]!
        expectContains(
            body,
            #"<w:footerReference w:type="even" r:id="rIdFooterEven"/><w:footerReference w:type="default" r:id="rIdFooterDefault"/>"#
        )
        expectContains(alternating["word/_rels/document.xml.rels"]!, #"Target="footer2.xml""#)
        expectContains(alternating["[Content_Types].xml"]!, #"PartName="/word/footer2.xml""#)

        var settings = OfficialDocumentSettings.standard
        settings.pageNumberPlacement = .centred
        let centred = Self.parts(OfficialDocumentSample.document, settings)
        #expect(centred["word/footer2.xml"] == nil)
        #expect(!centred["word/settings.xml"]!.contains("evenAndOddHeaders"))
        expectContains(centred["word/footer1.xml"]!, #"<w:jc w:val="center"/>"#)
        #expect(!centred["word/document.xml"]!.contains("rIdFooterEven"))
        #expect(!centred["[Content_Types].xml"]!.contains("footer2"))
    }

    /// GB/T 9704 7.3.5.2, worked by hand in half-character units (a digit is one, a Chinese character two).
    @Test(arguments: [
        // 8 characters (16) over a 12-unit date: issuer 2 characters in, date 16 − 12 = 4 units = 2 characters.
        ("海星高新区管委会", 200, 200),
        // 17 characters (34): the date starts 2 characters right of the issuer's first: 34 − 12 = 22 units.
        ("海星市高新技术产业开发区管理委员会", 200, 1100),
        // A date longer than the issuer: date 2 characters in, issuer 8 + 12 − 6 = 14 units = 7 characters.
        ("管委会", 700, 200),
    ])
    func signatureBlockFollowsTheStandard(issuer: String, issuerRight: Int, dateRight: Int) {
        let document = ReportDocument(
            title: "标题", blocks: [OfficialDocumentSample.bodyParagraph(0, length: 1)],
            signature: ReportSignature(issuer: issuer, date: CalendarDate(year: 2026, month: 8, day: 1)!))
        let body = Self.parts(document)["word/document.xml"]!
        let issuerMarkup =
            #"w:right="\#(issuerRight * 32 / 10)" w:rightChars="\#(issuerRight)" w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="right"/>"#
        let dateMarkup =
            #"w:right="\#(dateRight * 32 / 10)" w:rightChars="\#(dateRight)" w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="right"/>"#
        let issuerAt = body.range(of: ">\(issuer)</w:t>")
        let dateAt = body.range(of: ">2026年8月1日</w:t>")
        #expect(issuerAt != nil && dateAt != nil)
        guard let issuerAt, let dateAt else { return }
        #expect(issuerAt.lowerBound < dateAt.lowerBound)
        let issuerParagraph = body[
            body.range(of: "<w:p>", options: .backwards, range: body.startIndex..<issuerAt.lowerBound)!
                .lowerBound..<issuerAt.lowerBound]
        let dateParagraph = body[
            body.range(of: "<w:p>", options: .backwards, range: body.startIndex..<dateAt.lowerBound)!
                .lowerBound..<dateAt.lowerBound]
        expectContains(issuerParagraph, issuerMarkup)
        expectContains(dateParagraph, dateMarkup)
        // One blank line between the body and the issuer: an empty Signature paragraph.
        expectContains(body, #"<w:p><w:pPr><w:pStyle w:val="Signature"/><w:keepNext/>"#)
    }

    @Test func tablesRepeatTheirHeaderKeepRowsWholeAndFillTheBlock() throws {
        let table = OfficialDocumentSample.projectTable
        var settings = OfficialDocumentSettings.standard
        settings.includesProvenanceAppendix = false
        let body = Self.parts(ReportDocument(title: "表", blocks: [.table(table)]), settings)["word/document.xml"]!
        #expect(Self.count("<w:tblHeader/>", in: body) == 1)
        #expect(Self.count("<w:cantSplit/>", in: body) == 31)
        #expect(Self.count("<w:tc>", in: body) == 31 * 6)
        let widths = body.matches(of: try Regex(#"<w:gridCol w:w="(\d+)"/>"#)).map {
            Int(String(body[$0.range].dropFirst(16).dropLast(3)))!
        }
        #expect(widths.count == 6)
        #expect(widths.reduce(0, +) == 8844)
        expectContains(body, #"<w:tblW w:w="8844" w:type="dxa"/>"#)
        // Caption centred in 黑体, unit note right-aligned, both kept with the table.
        expectContains(body, #"<w:pStyle w:val="TableCaption"/><w:keepNext/>"#)
        expectContains(body, #"<w:pStyle w:val="UnitNote"/><w:keepNext/>"#)
        // Figures right-aligned in 4号 cells; 年度计划 is broken onto two lines.
        expectContains(body, #"<w:t xml:space="preserve">年度</w:t><w:br/><w:t xml:space="preserve">计划</w:t>"#)
        expectContains(
            body,
            #"<w:jc w:val="right"/><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:cs="仿宋_GB2312"/><w:b w:val="0"/><w:bCs w:val="0"/><w:sz w:val="28"/>"#
        )
        // A table that ends the document is followed by a 1 pt paragraph, not by a sectPr directly.
        expectContains(body, #"</w:tbl><w:p><w:pPr><w:pStyle w:val="Normal"/>"#)
    }

    /// Widths worked by hand: 4号 half a character is 140 twips (小四 120), plus 170 padding and 30 slack.
    @Test func columnWidthsFitTheBlock() {
        // [max(2,4)·140+200, 10·140+200] = [760, 1600], sum 2360; spare 6484 spread in proportion:
        // 760 + 760·6484/2360 = 2848, 1600 + 4395 = 5995, the last takes the rounding: 5996.
        let narrow = WordTableColumns(needs: [2, 10])
        #expect(narrow.halfPoints == 28)
        #expect(narrow.widths == [2848, 5996])
        // Too wide for 4号 and for 小四 (120 a half character): [680, 12200, 12200] → cap (8844 − 680) / 2 = 4082.
        let wide = WordTableColumns(needs: [3, 100, 100])
        #expect(wide.halfPoints == 24)
        #expect(wide.widths == [680, 4082, 4082])
        // The sample's project table: one-line headers need 8900 twips at 4号, so headers may wrap ([760, 3420,
        // 900, 760, 900, 760] = 7500); the spare 1344 first restores 总投资 (+140), 完成率 (+280) and 完成投资
        // (+420); 年度计划 (+560) no longer fits and wraps. The last 504 are spread in proportion.
        let projects = WordTableColumns(needs: [2, 23, 5, 4, 5, 4], headerNeeds: [4, 8, 6, 8, 8, 6])
        #expect(projects.halfPoints == 28)
        #expect(projects.widths == [805, 3626, 1102, 805, 1399, 1107])
        #expect(projects.wrapsHeader == [false, false, false, true, false, false])
        #expect(WordBodyWriter.brokenInTheMiddle("年度计划") == "年度\n计划")
        #expect(WordBodyWriter.brokenInTheMiddle("总投资") == "总投\n资")
    }

    @Test func appendixListsEveryFigureInReadingOrder() throws {
        let document = OfficialDocumentSample.document
        let body = Self.parts(document)["word/document.xml"]!
        let appendixAt = try #require(body.range(of: ">附件：数据来源</w:t>"))
        let before = body[..<appendixAt.lowerBound]
        let heading = before[before.range(of: "<w:p>", options: .backwards)!.lowerBound...]
        expectContains(heading, "<w:pageBreakBefore/>")
        expectContains(heading, #"w:eastAsia="黑体""#)
        let appendix = body[appendixAt.upperBound...]
        for title in ["序号", "数字", "含义", "来源", "计算"] { expectContains(appendix, ">\(title)</w:t>") }
        #expect(document.figures.count == 5)
        var cursor = appendix.startIndex
        for (index, figure) in document.figures.enumerated() {
            let number = try #require(appendix.range(of: ">\(index + 1)</w:t>", range: cursor..<appendix.endIndex))
            let text = try #require(
                appendix.range(of: ">\(figure.text)</w:t>", range: number.upperBound..<appendix.endIndex))
            #expect(appendix[text.upperBound...].contains(figure.provenance.sources[0]))
            cursor = text.upperBound
        }
        expectContains(appendix, ">80.4 ÷ 96.2 × 100 = 83.6</w:t>")
        expectContains(appendix, ">—</w:t>")

        var settings = OfficialDocumentSettings.standard
        settings.includesProvenanceAppendix = false
        #expect(!Self.parts(document, settings)["word/document.xml"]!.contains("附件"))
        let empty = Self.parts(ReportDocument(title: "无数字", blocks: [OfficialDocumentSample.bodyParagraph(1)]))
        expectContains(empty["word/document.xml"]!, ">正文中没有引用数字。</w:t>")
    }

    /// The zip holds every part; [Content_Types].xml comes first.
    @Test func packageIsAZipWithTheRequiredParts() throws {
        let data = try OfficialDocumentWriter.write(OfficialDocumentSample.document)
        #expect(data.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        let names = OfficialDocumentWriter.parts(OfficialDocumentSample.document, settings: .standard).map(\.path)
        #expect(names.first == "[Content_Types].xml")
        let latin1 = String(decoding: data, as: UTF8.self)
        for name in names { expectContains(latin1, name) }
    }

    /// The whole round trip: write the sample, then let python-docx, LibreOffice and poppler judge it
    /// (scripts/docx/check_layout.py), leaving PNGs in out/screenshots/docx.
    @Test func sampleReportPassesTheIndependentLayoutCheck() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let start = ContinuousClock.now
        let data = try OfficialDocumentWriter.write(OfficialDocumentSample.document)
        let elapsed = ContinuousClock.now - start
        // A debug build; the release figure goes to BENCHMARKS.md.
        #expect(elapsed < .seconds(2))
        #expect(data.count > 5_000)
        var centred = OfficialDocumentSettings.standard
        centred.pageNumberPlacement = .centred
        centred.boldLevelThreeHeadings = false
        centred.includesProvenanceAppendix = false
        for (name, settings) in [("official-sample", OfficialDocumentSettings.standard), ("official-centred", centred)]
        {
            let file = TestSupport.temporaryFile("\(name).docx")
            try OfficialDocumentWriter.write(OfficialDocumentSample.document, settings: settings).write(to: file)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [
                "python3", root.appendingPathComponent("scripts/docx/check_layout.py").path, file.path, "--out",
                root.appendingPathComponent("out/screenshots/docx").path,
            ]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            try process.run()
            let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(name): \(report)")
        }
    }
}
