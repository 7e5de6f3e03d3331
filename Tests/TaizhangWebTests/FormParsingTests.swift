import Foundation
import Testing

@testable import TaizhangWeb

@Suite struct FormParsingTests {
    @Test func urlEncodedFieldsDecodePlusAndPercentEscapes() {
        let fields = FormFields(urlEncoded: "name=%E7%94%B2+%E5%9B%AD&empty=&cumulative.gdp=1%2C234.5&flag")
        #expect(fields["name"] == "甲 园")
        #expect(fields["empty"] == nil)
        #expect(fields.isChecked("flag"))
        #expect(fields["cumulative.gdp"] == "1,234.5")
    }

    @Test func figuresAcceptSeparatorsAndFullWidthDigitsExactly() {
        #expect(FormFields.parseFigure("1,234.50") == Decimal(string: "1234.5"))
        #expect(FormFields.parseFigure("１２３．４") == Decimal(string: "123.4"))
        #expect(FormFields.parseFigure("-0.1") == Decimal(string: "-0.1"))
        #expect(FormFields.parseFigure("12万") == nil)
        #expect(FormFields.parseFigure("1e5") == nil)
    }

    @Test func multipartYieldsTheFileAndTheFields() throws {
        let boundary = "XyZ"
        let body =
            "--XyZ\r\nContent-Disposition: form-data; name=\"month\"\r\n\r\n2026-10\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\\\Users\\\\a\\\\十月.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\na,b\r\n1,2\r\n--XyZ--\r\n"
        let form = try MultipartFormData(data: Data(body.utf8), boundary: boundary)
        #expect(form.parts.count == 2)
        let file = try #require(form.firstFile)
        #expect(String(decoding: file.data, as: UTF8.self) == "a,b\r\n1,2")
        #expect(UploadedFile.baseName(file.fileName ?? "") == "十月.csv")
        #expect(form.parts[0].name == "month")
        #expect(MultipartFormData.boundary(fromContentType: "multipart/form-data; boundary=\"XyZ\"") == "XyZ")
        #expect(MultipartFormData.boundary(fromContentType: "text/csv") == nil)
    }

    @Test func truncatedMultipartIsRefused() {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc"
        #expect(throws: (any Error).self) { try MultipartFormData(data: Data(body.utf8), boundary: "XyZ") }
    }

    @Test func flashMessageSurvivesItsCookie() {
        let flash = FlashMessage(.success, "已保存甲开发区2026年10月3项指标；其中1项附说明原因。")
        let value = flash.cookieValue
        #expect(value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "%") })
        #expect(FlashMessage(cookieValue: value) == flash)
        #expect(FlashMessage(cookieValue: "bogus") == nil)
    }
}
