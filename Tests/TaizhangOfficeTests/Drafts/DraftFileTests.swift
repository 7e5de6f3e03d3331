import Foundation
import Testing

@testable import TaizhangOffice

@Suite struct DraftFileTests {
    private let sample = "2021年全区地区生产总值达到XX亿元，同比增长-4.7%。"

    @Test func readsUTF8TextAsIs() throws {
        let draft = try DraftFile.decode(Data(sample.utf8), fileName: "a.txt")
        #expect(draft == DraftText(text: sample, encoding: "UTF-8", isWordDocument: false))
    }

    @Test func removesAByteOrderMarkSoOffsetsStartAtTheText() throws {
        let draft = try DraftFile.decode(Data([0xEF, 0xBB, 0xBF] + Array(sample.utf8)), fileName: "bom.txt")
        #expect(draft.encoding == "UTF-8")
        #expect(draft.text.unicodeScalars.first == "2")
        #expect(draft.text.unicodeScalars.count == 30)
    }

    @Test func readsGB18030WhenTheBytesAreNotUTF8() throws {
        let bytes = try #require(CSVEncoding.gb18030.encode(sample))
        // "年" is C4 EA in GB18030: not a valid UTF-8 sequence, so detection must fall through to GB18030.
        #expect(Array(bytes[4...5]) == [0xC4, 0xEA])
        let draft = try DraftFile.decode(bytes, fileName: "gbk.txt")
        #expect(draft.encoding == "GB18030")
        #expect(draft.text == sample)
    }

    @Test func readsUTF16WithAByteOrderMark() throws {
        var bytes = Data([0xFF, 0xFE])
        for unit in sample.utf16 { bytes.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let draft = try DraftFile.decode(bytes, fileName: "记事本.txt")
        #expect(draft == DraftText(text: sample, encoding: "UTF-16LE", isWordDocument: false))
    }

    @Test func keepsCarriageReturnsSoOffsetsMatchTheFile() throws {
        let draft = try DraftFile.decode(Data("一、\r\n1.增长X%\r".utf8), fileName: "crlf.txt")
        #expect(
            Array(draft.text.unicodeScalars).map(\.value) == [
                0x4E00, 0x3001, 13, 10, 0x31, 0x2E, 0x589E, 0x957F, 0x58, 0x25, 13,
            ])
    }

    @Test func readsTheParagraphsOfADocx() throws {
        let body = DOCXTestPackage.paragraph("一、2021年", "工作总结") + DOCXTestPackage.paragraph("增长X", "X%")
        let draft = try DraftFile.decode(DOCXTestPackage.docx(body: body), fileName: "总结.txt")
        #expect(draft == DraftText(text: "一、2021年工作总结\n增长XX%", encoding: "UTF-8", isWordDocument: true))
    }

    @Test func refusesBinaryFilesWithAMessageNamingTheFile() {
        let binary = Data([0x12, 0x00, 0x7F, 0x03, 0x41, 0x42, 0x00, 0x00, 0x09, 0x05])
        #expect(throws: DraftFileError.binary(fileName: "x.bin")) { try DraftFile.decode(binary, fileName: "x.bin") }
        // Control characters without NUL, decodable as UTF-8: still not a text editor's output.
        let controls = Data((0..<100).map { UInt8($0 % 2 == 0 ? 0x41 : 0x01) })
        #expect(throws: DraftFileError.binary(fileName: "c.txt")) { try DraftFile.decode(controls, fileName: "c.txt") }
        #expect(DraftFileError.binary(fileName: "x.bin").userMessage.hasPrefix("文件“x.bin”不是文字文稿"))
    }

    @Test func refusesPDFPicturesRTFAndLegacyWord() {
        #expect(throws: DraftFileError.pdf(fileName: "a.pdf")) {
            try DraftFile.decode(Data("%PDF-1.7\n%âãÏÓ".utf8), fileName: "a.pdf")
        }
        #expect(throws: DraftFileError.image(fileName: "扫描.png", kind: "PNG")) {
            try DraftFile.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), fileName: "扫描.png")
        }
        #expect(throws: DraftFileError.image(fileName: "p.jpg", kind: "JPEG")) {
            try DraftFile.decode(Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]), fileName: "p.jpg")
        }
        #expect(throws: DraftFileError.rtf(fileName: "a.rtf")) {
            try DraftFile.decode(Data("{\\rtf1\\ansi 增长}".utf8), fileName: "a.rtf")
        }
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
        #expect(throws: DOCXReadError.legacyOfficeFile(fileName: "旧.doc")) {
            try DraftFile.decode(ole, fileName: "旧.doc")
        }
        #expect(DOCXReadError.legacyOfficeFile(fileName: "旧.doc").userMessage.contains("“旧.doc”是旧版"))
    }

    @Test func refusesFilesOverTheSizeCap() {
        let limits = DraftFileLimits(maxTextBytes: 2 * 1_048_576, maxDocumentBytes: 1_048_576)
        let text = Data(repeating: UInt8(ascii: "a"), count: 2 * 1_048_576 + 1)
        #expect(throws: DraftFileError.tooLarge(fileName: "长.txt", limitBytes: 2 * 1_048_576)) {
            try DraftFile.decode(text, fileName: "长.txt", limits: limits)
        }
        #expect(
            DraftFileError.tooLarge(fileName: "长.txt", limitBytes: 2 * 1_048_576).userMessage
                == "文件“长.txt”超过 2 MB，超出文稿读取上限，请拆分后再上传")
        let zip = Data([0x50, 0x4B, 0x03, 0x04]) + Data(count: 1_048_576)
        #expect(throws: DraftFileError.tooLarge(fileName: "大.docx", limitBytes: 1_048_576)) {
            try DraftFile.decode(zip, fileName: "大.docx", limits: limits)
        }
    }

    @Test func readsAnEmptyFileAsEmptyText() throws {
        #expect(
            try DraftFile.decode(Data(), fileName: "空.txt")
                == DraftText(text: "", encoding: "UTF-8", isWordDocument: false))
    }
}
