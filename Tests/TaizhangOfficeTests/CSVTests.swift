import Foundation
import Testing

@testable import TaizhangOffice

@Suite struct CSVTests {
    @Test func detectsUTF8WithBOM() throws {
        let table = try CSVReader.read(contentsOf: TestSupport.fixture("template_utf8_bom.csv"))
        #expect(table.encoding == .utf8BOM)
        #expect(table.rows[0].fields.first == "组织编码")
        #expect(table.rows[1][1] == "海星经济技术开发区")
    }

    @Test func detectsGB18030WithoutBOM() throws {
        let table = try CSVReader.read(contentsOf: TestSupport.fixture("template_gb18030.csv"))
        #expect(table.encoding == .gb18030)
        #expect(table.encoding.displayName == "GB18030（GBK）")
        #expect(table.rows[0].fields == ObservationSheet.columns.map(\.header))
        #expect(table.rows[1][3] == "地区生产总值")
    }

    @Test func detectsPlainUTF8() throws {
        let table = try CSVReader.read(Data("名称,值\n甲,1\n".utf8), fileName: "a.csv")
        #expect(table.encoding == .utf8)
        #expect(table.rows.map(\.fields) == [["名称", "值"], ["甲", "1"]])
    }

    @Test func parsesQuotesDoubledQuotesAndLineBreaksInsideQuotes() throws {
        let table = try CSVReader.read(contentsOf: TestSupport.fixture("template_utf8_bom.csv"))
        #expect(table.rows[1][10] == "一季度, \"初步\"\n数据")
        // The quoted line break does not start a new record: the next record is row 3.
        #expect(table.rows[2].number == 3)
        #expect(table.rows[2][2] == "industrial_output")
        #expect(table.rows.count == 6)
    }

    @Test func numbersRecordsFromOneAndKeepsEmptyFields() {
        let rows = CSVReader.parse("a,b\r\n\r\n,\"x\"\"y\",\nlast")
        #expect(rows.map(\.number) == [1, 2, 3, 4])
        #expect(rows[1].isBlank)
        #expect(rows[2].fields == ["", "x\"y", ""])
        #expect(rows[3].fields == ["last"])
        #expect(CSVReader.parse("").isEmpty)
        #expect(CSVReader.parse("a\n").count == 1)
    }

    @Test func refusesBytesThatAreNeitherUTF8NorGB18030() {
        // 0xFF never occurs in UTF-8 nor as a GB18030 lead byte.
        #expect(throws: OfficeFileError.undecodableText(fileName: "x.csv")) {
            try CSVReader.read(Data([0x61, 0xFF, 0xFF, 0x0A]), fileName: "x.csv")
        }
    }

    @Test func writesUTF8WithBOMByDefaultAndQuotesWhenNeeded() throws {
        var writer = CSVWriter()
        writer.appendRow(["名称", "a,b", "say \"hi\"", "two\nlines", " padded", "plain"])
        let data = writer.data()
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text == "名称,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",plain\r\n")
        let back = try CSVReader.read(data, fileName: "x.csv")
        #expect(back.rows.first?.fields == ["名称", "a,b", "say \"hi\"", "two\nlines", " padded", "plain"])
    }

    @Test func writesGB18030ThatReadsBack() throws {
        var writer = CSVWriter(encoding: .gb18030)
        writer.appendRow(["地区生产总值", "亿元", "𠀀"])
        let data = writer.data()
        // "地" is 0xB5 0xD8 in GBK.
        #expect(Array(data.prefix(2)) == [0xB5, 0xD8])
        let back = try CSVReader.read(data, fileName: "x.csv")
        #expect(back.encoding == .gb18030)
        #expect(back.rows.first?.fields == ["地区生产总值", "亿元", "𠀀"])
    }
}
