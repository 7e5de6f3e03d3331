import Foundation
import TaizhangCore

/// Reads what the rows above the header say: the month of a title such as “河西经开区2026年1—10月重点项目推进
/// 情况表” and the unit of a “单位：万元” line.
enum ProjectSheetTitle {
    /// The year and the last month a title names (“2026年1—10月”, “2026年10月份”, “2026年1-10月”, “截至2026年10月底”);
    /// either may be nil when the texts do not say.
    static func period(in texts: [String]) -> (year: Int?, month: Int?) {
        var year: Int?
        var month: Int?
        for text in texts {
            let folded = fold(text)
            let found = period(inText: folded)
            if year == nil, let y = found.year {
                year = y
                // A month belongs with the year found in the same text, over one from an earlier line.
                if let m = found.month { month = m }
            }
            if month == nil { month = found.month }
            if year != nil && month != nil { break }
        }
        return (year, month)
    }

    /// 万元 per unit of a “单位：亿元” line above the header; nil when none names a unit.
    static func unitFactor(in texts: [String]) -> Decimal? {
        for text in texts {
            let folded = fold(text)
            guard let range = folded.range(of: "单位") else { continue }
            let after = folded[range.upperBound...].drop(while: { $0 == ":" || $0 == " " })
            if after.hasPrefix("亿元") { return 10_000 }
            if after.hasPrefix("万元") { return 1 }
            if after.hasPrefix("元") { return Decimal(string: "0.0001")! }
        }
        return nil
    }

    /// Full-width digits and punctuation to ASCII, spaces removed.
    static func fold(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if value >= 0xFF01 && value <= 0xFF5E { value -= 0xFEE0 }
            guard let folded = Unicode.Scalar(value), !SheetCell.isSpace(folded) else { continue }
            output.append(folded)
        }
        return String(output)
    }

    private static let rangeSeparators: Set<Character> = ["-", "—", "–", "~", "至", "到", "－", "―"]

    private static func period(inText text: String) -> (year: Int?, month: Int?) {
        let characters = Array(text)
        var year: Int?
        var month: Int?
        var index = 0
        while index < characters.count {
            guard let (value, length) = number(characters, at: index) else {
                index += 1
                continue
            }
            let next = index + length
            let following = next < characters.count ? characters[next] : nil
            if length == 4, following == "年", (1900...9999).contains(value), year == nil {
                year = value
                index = next + 1
                continue
            }
            if (1...2).contains(length), (1...12).contains(value), month == nil {
                if following == "月" {
                    month = value
                } else if let following, rangeSeparators.contains(following) {
                    var cursor = next
                    while cursor < characters.count, rangeSeparators.contains(characters[cursor]) { cursor += 1 }
                    if let (last, lastLength) = number(characters, at: cursor), (1...12).contains(last),
                        cursor + lastLength < characters.count, characters[cursor + lastLength] == "月"
                    {
                        month = last
                        index = cursor + lastLength + 1
                        continue
                    }
                }
            }
            index = next
        }
        return (year, month)
    }

    /// The decimal number starting at `index` and its length; only where no digit precedes it.
    private static func number(_ characters: [Character], at index: Int) -> (Int, Int)? {
        guard index < characters.count, characters[index].isASCII, characters[index].isNumber else { return nil }
        if index > 0, characters[index - 1].isASCII, characters[index - 1].isNumber { return nil }
        var end = index
        while end < characters.count, characters[end].isASCII, characters[end].isNumber, end - index < 5 { end += 1 }
        guard let value = Int(String(characters[index..<end])) else { return nil }
        return (value, end - index)
    }
}

/// Rows of a sheet body that hold no project: 合计/小计 lines, section headings (“一、新开工项目”), notes below
/// the table (“注：…”, “填表人：”), a row of column numbers under the header.
enum ProjectSheetSkippedRow {
    /// Whether the texts of the serial, code and name cells (or the row's first cell) mark a total line.
    static func isTotal(_ texts: [String]) -> Bool {
        texts.contains { text in
            let folded = ProjectSheetTitle.fold(text)
            return ["合计", "小计", "总计", "共计"].contains { folded.hasPrefix($0) || folded.hasSuffix($0) }
        }
    }

    /// “一、续建项目（12个）”, “（二）新开工项目”, “二.竣工项目”: a heading that groups the rows below it.
    static func isSectionHeading(_ text: String) -> Bool {
        let folded = ProjectSheetTitle.fold(text)
        let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        var body = Substring(folded)
        if body.first == "(" { body = body.dropFirst() }
        let numeral = body.prefix(while: { numerals.contains($0) })
        guard !numeral.isEmpty else { return false }
        let after = body.dropFirst(numeral.count)
        return after.first == "、" || after.first == "." || after.first == ")"
    }

    /// “注：”, “备注：”, “说明：”, “填表人：”, “审核人：”, “联系电话：”: words below the table.
    static func isFootnote(_ text: String) -> Bool {
        let folded = ProjectSheetTitle.fold(text)
        return ["注:", "注1", "备注:", "说明:", "填表说明", "填表人", "填报人", "审核人", "联系人", "联系电话", "制表", "填报单位", "填报日期"]
            .contains { folded.hasPrefix($0) }
    }
}
