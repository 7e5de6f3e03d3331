import Foundation
import TaizhangCore
import Testing
import ZIPFoundation

@testable import TaizhangOffice

/// Builds small .docx packages in memory for the reader tests.
enum DOCXTestPackage {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A package whose `word/document.xml` holds `body` inside `<w:body>`.
    static func docx(body: String, prefix: String = "w") -> Data {
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <\(prefix):document xmlns:\(prefix)="\(wordNamespace)" \
            xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><\(prefix):body>\(body)\
            </\(prefix):body></\(prefix):document>
            """
        return zip([
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships(target: "word/document.xml")),
            ("word/document.xml", document),
        ])
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="xml" ContentType="application/xml"/></Types>
        """

    static func rootRelationships(target: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?><Relationships \
        xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="\(target)"/></Relationships>
        """
    }

    /// A deflated zip of the given parts.
    static func zip(_ parts: [(String, String)]) -> Data {
        let archive = try! Archive(accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try! archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    /// A paragraph of plain runs, one run per piece.
    static func paragraph(_ pieces: String...) -> String {
        "<w:p>" + pieces.map { "<w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r>" }.joined() + "</w:p>"
    }
}

@Suite struct DOCXTextReaderTests {
    private func read(_ body: String) throws -> String {
        try DOCXTextReader.text(of: DOCXTestPackage.docx(body: body), fileName: "草稿.docx")
    }

    @Test func joinsTextSplitAcrossRunsAndPrintsOneLinePerParagraph() throws {
        let body = """
            <w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>地区生产</w:t></w:r><w:proofErr w:type="spellStart"/>\
            <w:r><w:rPr><w:b/></w:rPr><w:t>总值</w:t></w:r><w:r><w:t>X</w:t></w:r><w:r><w:t>X亿元</w:t></w:r></w:p>\
            <w:p/><w:p><w:r><w:t xml:space="preserve">  同比增长 </w:t></w:r><w:r><w:t>5.2%</w:t></w:r></w:p>
            """
        #expect(try read(body) == "地区生产总值XX亿元\n\n  同比增长 5.2%")
    }

    @Test func writesTabsBreaksAndHyphensButNotTabStopsSymbolsOrSoftHyphens() throws {
        let body = """
            <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>\
            <w:r><w:t>指标</w:t><w:tab/><w:t>1-3</w:t><w:noBreakHyphen/><w:t>月</w:t></w:r>\
            <w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:softHyphen/><w:t>合计</w:t><w:br/><w:t>下行</w:t>\
            <w:cr/><w:t>末行</w:t></w:r></w:p>
            """
        #expect(try read(body) == "指标\t1-3-月合计\n下行\n末行")
    }

    @Test func skipsDeletedAndMovedAwayTextAndKeepsInsertions() throws {
        let body = """
            <w:p><w:r><w:t>增长</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>4.7</w:delText></w:r></w:del>\
            <w:ins w:id="2" w:author="a"><w:r><w:t>5.1</w:t></w:r></w:ins><w:r><w:t>%</w:t></w:r>\
            <w:moveFrom w:id="3" w:author="a"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>\
            <w:moveTo w:id="4" w:author="a"><w:r><w:t>，新位置</w:t></w:r></w:moveTo></w:p>\
            <w:p><w:pPr><w:rPr><w:del w:id="5" w:author="a"/></w:rPr></w:pPr><w:r><w:t>段落标记已删除</w:t></w:r></w:p>
            """
        #expect(try read(body) == "增长5.1%，新位置\n段落标记已删除")
    }

    @Test func readsTableRowsOnOneLineWithCellsJoinedByBars() throws {
        let cell = { (text: String) in
            "<w:tc><w:tcPr><w:tcW w:w=\"2000\"/></w:tcPr>\(DOCXTestPackage.paragraph(text))</w:tc>"
        }
        let body = """
            \(DOCXTestPackage.paragraph("表1 主要指标"))<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid>\
            <w:tr>\(cell("指标"))\(cell("1—10月"))\(cell("增速%"))</w:tr>\
            <w:tr>\(cell("地区生产总值"))<w:tc><w:p><w:r><w:t>19</w:t></w:r><w:r><w:t>.31</w:t></w:r></w:p><w:p/>\
            <w:p><w:r><w:t>亿元</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>\
            </w:tbl>\(DOCXTestPackage.paragraph("表后"))
            """
        #expect(try read(body) == "表1 主要指标\n指标 | 1—10月 | 增速%\n地区生产总值 | 19.31 亿元 | \n表后")
    }

    @Test func readsANestedTableInsideItsCell() throws {
        let inner =
            "<w:tbl><w:tr><w:tc>\(DOCXTestPackage.paragraph("甲"))</w:tc><w:tc>\(DOCXTestPackage.paragraph("1"))</w:tc></w:tr></w:tbl>"
        let body =
            "<w:tbl><w:tr><w:tc>\(DOCXTestPackage.paragraph("外"))</w:tc><w:tc>\(inner)<w:p/></w:tc></w:tr></w:tbl>"
        #expect(try read(body) == "外 | 甲 | 1")
    }

    @Test func skipsFieldCodesButKeepsTheirResults() throws {
        let body = """
            <w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>\
            <w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页，</w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>MERGEFIELD x</w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>嵌套结果不显示</w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> = 1 "是" "否"</w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>是</w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:fldSimple w:instr=" DATE \\@ &quot;yyyy年&quot; "><w:r><w:t>，2024年</w:t></w:r></w:fldSimple></w:p>
            """
        #expect(try read(body) == "第3页，是，2024年")
    }

    @Test func decodesEntitiesAndSkipsHiddenRunsFallbacksAndRubyGuides() throws {
        let body = """
            <w:p><w:r><w:t>A&amp;B &lt;1&gt; &#x4E2D;&#25991; &quot;引&apos; _x000D_</w:t></w:r>\
            <w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r>\
            <w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>zhù</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>注</w:t></w:r></w:rubyBase></w:ruby></w:r>\
            <mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>[选]</w:t></w:r></mc:Choice>\
            <mc:Fallback><w:r><w:t>[备]</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>
            """
        #expect(try read(body) == "A&B <1> 中文 \"引' _x000D_显示注[选]")
    }

    @Test func printsATextBoxAfterTheParagraphThatAnchorsIt() throws {
        let body = """
            <w:p><w:r><w:t>正文前</w:t></w:r><w:r><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>\
            <w:txbxContent>\(DOCXTestPackage.paragraph("框内一"))\(DOCXTestPackage.paragraph("框内二"))</w:txbxContent>\
            </wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r><w:r><w:t>正文后</w:t></w:r></w:p>\
            \(DOCXTestPackage.paragraph("下一段"))
            """
        #expect(try read(body) == "正文前正文后\n框内一\n框内二\n下一段")
    }

    @Test func findsTheWordNamespaceUnderAnyPrefix() throws {
        let body =
            "<ns0:p><ns0:r><ns0:t>增长</ns0:t></ns0:r><ns0:r><ns0:t>X%</ns0:t></ns0:r></ns0:p><w:p><w:r><w:t>非正文</w:t></w:r></w:p>"
        let text = try DOCXTextReader.text(of: DOCXTestPackage.docx(body: body, prefix: "ns0"), fileName: "a.docx")
        #expect(text == "增长X%")
    }

    @Test func followsTheRootRelationshipToARenamedMainPart() throws {
        let document = """
            <w:document xmlns:w="\(DOCXTestPackage.wordNamespace)"><w:body>\(DOCXTestPackage.paragraph("改名正文"))</w:body></w:document>
            """
        let data = DOCXTestPackage.zip([
            ("[Content_Types].xml", DOCXTestPackage.contentTypes),
            ("_rels/.rels", DOCXTestPackage.rootRelationships(target: "/word/document2.xml")),
            ("word/document2.xml", document),
        ])
        #expect(try DOCXTextReader.text(of: data, fileName: "a.docx") == "改名正文")
    }

    @Test func readsAcrossChunkBoundariesIdenticallyToTheSource() throws {
        // About 1.3 MB of XML: several 256 KB inflate chunks cut tags, entities and text in arbitrary places.
        var body = ""
        var expected: [String] = []
        for k in 0..<12_000 {
            body += "<w:p><w:r><w:t>第\(k)段：增长</w:t></w:r><w:r><w:t>\(k % 97).\(k % 10)%&amp;</w:t></w:r></w:p>"
            expected.append("第\(k)段：增长\(k % 97).\(k % 10)%&")
        }
        #expect(try read(body) == expected.joined(separator: "\n"))
    }

    @Test func reportsADamagedZipNamingTheFile() throws {
        let whole = DOCXTestPackage.docx(body: DOCXTestPackage.paragraph("正文"))
        let cut = whole.prefix(whole.count / 2)
        #expect(throws: DOCXReadError.self) { try DOCXTextReader.text(of: cut, fileName: "半截.docx") }
        do {
            _ = try DOCXTextReader.text(of: cut, fileName: "半截.docx")
        } catch let error as DOCXReadError {
            guard case .damaged = error else { Issue.record("expected damaged, got \(error)"); return }
            #expect(error.userMessage.contains("“半截.docx”已损坏"))
        }
    }

    @Test func reportsAPackageWithoutMainDocumentAndAWorkbook() {
        let empty = DOCXTestPackage.zip([("[Content_Types].xml", DOCXTestPackage.contentTypes)])
        #expect(throws: DOCXReadError.missingDocument(fileName: "空.docx")) {
            try DOCXTextReader.text(of: empty, fileName: "空.docx")
        }
        #expect(DOCXReadError.missingDocument(fileName: "空.docx").userMessage.contains("“空.docx”中没有 Word 正文"))
        let workbook = DOCXTestPackage.zip([("xl/workbook.xml", "<workbook/>")])
        #expect(throws: DOCXReadError.spreadsheet(fileName: "表.docx")) {
            try DOCXTextReader.text(of: workbook, fileName: "表.docx")
        }
    }

    @Test func refusesNonZipAndLegacyFiles() {
        #expect(throws: DOCXReadError.notADocx(fileName: "a.docx")) {
            try DOCXTextReader.text(of: Data("纯文本".utf8), fileName: "a.docx")
        }
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
        #expect(throws: DOCXReadError.legacyOfficeFile(fileName: "旧.doc")) {
            try DOCXTextReader.text(of: ole, fileName: "旧.doc")
        }
    }

    @Test func capsTheInflatedSizeOfABomb() {
        // 2 MB of zeros inside a text run deflate to a few kilobytes.
        let bomb = DOCXTestPackage.docx(body: DOCXTestPackage.paragraph(String(repeating: "0", count: 2_000_000)))
        #expect(bomb.count < 50_000)
        let limits = DOCXReadLimits(maxInflatedBytes: 1_048_576)
        #expect(throws: DOCXReadError.tooLarge(fileName: "炸弹.docx", limitBytes: 1_048_576)) {
            try DOCXTextReader.text(of: bomb, fileName: "炸弹.docx", limits: limits)
        }
        let oneElement = DOCXReadLimits(maxInflatedBytes: 8 * 1_048_576, maxElementBytes: 100_000)
        #expect(throws: DOCXReadError.self) {
            try DOCXTextReader.text(of: bomb, fileName: "炸弹.docx", limits: oneElement)
        }
    }

    @Test func readsBackTheOfficialDocumentsTaizhangWrites() throws {
        let figure = ReportFigure(text: "1234.5", provenance: FigureProvenance(subject: "地区生产总值"))
        let document = ReportDocument(
            title: "高新区2024年工作总结",
            blocks: [
                .heading(ReportHeading(level: .one, content: [.text("一、主要指标")])),
                .paragraph(ReportParagraph(content: [.text("全区实现地区生产总值"), .figure(figure), .text("亿元。")])),
                .table(
                    ReportTable(
                        header: ["指标", "1—10月"],
                        rows: [[ReportCell(text: "地区生产总值"), ReportCell(content: [.figure(figure)])]])),
            ])
        let lines = try DOCXTextReader.text(of: OfficialDocumentWriter.write(document), fileName: "总结.docx")
            .split(separator: "\n").map(String.init)
        #expect(lines.contains("高新区2024年工作总结"))
        #expect(lines.contains("一、主要指标"))
        #expect(lines.contains("全区实现地区生产总值1234.5亿元。"))
        #expect(lines.contains("指标 | 1—10月"))
        #expect(lines.contains("地区生产总值 | 1234.5"))
    }
}
