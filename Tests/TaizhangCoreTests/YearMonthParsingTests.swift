import Foundation
import TaizhangCore
import Testing

@Suite struct YearMonthParsingTests {
    @Test(arguments: ["2024年3月", "2024/3", "2024/03", "202403", "2024-03", "2024-3", "2024.3", "２０２４年３月", " 2024年 3月 "])
    func spellings(text: String) {
        #expect(YearMonth.parse(text) == ym(2024, 3))
    }

    @Test(arguments: ["2024年13月", "2024", "24年3月", "2024/0", "20241", "三月", ""])
    func rejects(text: String) {
        #expect(YearMonth.parse(text) == nil)
    }
}
