import Foundation

/// Turns a read draft into a template (docs/templates.md): every figure bound to a catalogue indicator becomes an
/// expression (growth with its verb: "增长XX%" → 【… 增速 | 增减】), the report's year and month become 【年份】,
/// 【上年年份】 and 【月份】, and masked names and figures no ledger holds become fields the writer fills.
public enum DraftTemplateConverter {
    /// `slots` are `DraftReader.read(text)`; `year` and `month` are the draft's own period (the year most of its
    /// dates name when nil). Literal 【 】 in the draft are doubled so that they print as written.
    public static func convert(
        _ text: String, slots: [DraftSlot], year: Int? = nil, month: Int? = nil
    ) -> DraftTemplate {
        let scalars = Array(text.unicodeScalars)
        let mainYear = year ?? Self.mostFrequentYear(slots)
        let mainMonth = month ?? Self.lastMonth(of: slots, scalars: scalars)
        var output = ""
        var conversions: [SlotConversion] = []
        var fieldCounts: [String: Int] = [:]
        var cursor = 0
        for slot in slots.sorted(by: { $0.start < $1.start }) where slot.start >= cursor {
            var plan = Self.plan(
                slot, scalars: scalars, year: mainYear, month: mainMonth, fieldCounts: &fieldCounts)
            plan.start = max(plan.start, cursor)
            output += Self.literal(scalars[cursor..<plan.start])
            switch plan.outcome {
            case .kept: output += Self.literal(scalars[plan.start..<plan.end])
            case .expression(let expression): output += expression
            case .field(let name): output += "【填写 \(name)】"
            }
            conversions.append(
                SlotConversion(
                    slot: slot, replaced: String(String.UnicodeScalarView(scalars[plan.start..<plan.end])),
                    outcome: plan.outcome, isCertain: plan.isCertain, note: plan.note))
            cursor = plan.end
        }
        output += Self.literal(scalars[cursor...])
        return DraftTemplate(template: output, conversions: conversions)
    }

    private struct Plan {
        var start: Int
        var end: Int
        var outcome: SlotConversion.Outcome
        var isCertain: Bool
        var note: String
    }

    private static func plan(
        _ slot: DraftSlot, scalars: [Unicode.Scalar], year: Int?, month: Int?, fieldCounts: inout [String: Int]
    ) -> Plan {
        func field(_ base: String, note: String) -> Plan {
            fieldCounts[base, default: 0] += 1
            let count = fieldCounts[base]!
            let name = count == 1 ? base : base + String(count)
            return Plan(start: slot.start, end: slot.end, outcome: .field(name), isCertain: false, note: note)
        }
        func kept(_ note: String, certain: Bool = true) -> Plan {
            Plan(start: slot.start, end: slot.end, outcome: .kept, isCertain: certain, note: note)
        }
        func expression(_ text: String, certain: Bool, note: String, start: Int? = nil, end: Int? = nil) -> Plan {
            Plan(
                start: start ?? slot.start, end: end ?? slot.end, outcome: .expression(text), isCertain: certain,
                note: note)
        }
        switch slot.type {
        case .name:
            return field(Self.nameLabel(after: slot.end, in: scalars), note: "打了码的名称，每次由撰稿人填写")
        case .text:
            return slot.masked ? field("编号", note: "打了码的编号，每次由撰稿人填写") : kept("编号、页码等，照原文保留")
        case .date:
            let after = slot.end < scalars.count ? scalars[slot.end] : " "
            if after == "年" || slot.text.count == 4 {
                if slot.masked { return expression("【年份】", certain: false, note: "打了码的年份，按报告年份填写（请确认）") }
                guard let value = Int(slot.text), let year else { return kept("年份，照原文保留", certain: false) }
                if value == year { return expression("【年份】", certain: true, note: "报告年份") }
                if value == year - 1 { return expression("【上年年份】", certain: true, note: "上一年") }
                return kept("其他年份，照原文保留")
            }
            if after == "月" || after == "—" || after == "-" {
                if slot.masked { return expression("【月份】", certain: false, note: "打了码的月份，按报告月份填写（请确认）") }
                if let value = Int(slot.text), let month, value == month, after == "月" {
                    return expression("【月份】", certain: true, note: "报告期的截止月份")
                }
                return kept("月份，照原文保留")
            }
            return slot.masked ? field("日期", note: "打了码的日期，每次由撰稿人填写") : kept("日期，照原文保留")
        case .number:
            guard let indicator = slot.indicator, let measure = slot.measure else {
                let label = Self.label(before: slot.start, in: scalars, fallback: "数字") + (slot.unit.map { "（\($0)）" } ?? "")
                return field(label, note: "台账中没有对应指标，每次由撰稿人填写")
            }
            let lastYear = slot.period.map { period in year.map { period.hasPrefix("\($0 - 1)年") } ?? false } ?? false
            let whose = lastYear ? "上年 " : ""
            switch measure {
            case .value:
                let unit = slot.unit.flatMap { Self.moneyUnits.contains($0) ? " | \($0)" : nil } ?? ""
                return expression(
                    "【\(whose)\(indicator)\(unit)】", certain: !lastYear, note: "\(indicator)的数值" + (lastYear ? "（上年，请确认）" : ""))
            case .growth:
                // "增长XX%" / "下降XX%" → the helper writes the verb from the sign, so it takes both.
                if let verb = Self.verb(before: slot.start, in: scalars), slot.end < scalars.count,
                    scalars[slot.end] == "%" || scalars[slot.end] == "％"
                {
                    return expression(
                        "【\(whose)\(indicator) 增速 | 增减】", certain: true, note: "\(indicator)同比增速，增长或下降由符号决定",
                        start: slot.start - verb, end: slot.end + 1)
                }
                return expression("【\(whose)\(indicator) 增速】", certain: true, note: "\(indicator)同比增速")
            case .rank:
                let byGrowth = DraftClauses.ranksGrowth(before: slot.start, in: scalars)
                return expression(
                    "【\(indicator) \(byGrowth ? "增速排名" : "排名")】", certain: false,
                    note: "\(indicator)\(byGrowth ? "增速" : "总量")排名（请确认按增速还是按总量）")
            case .completion:
                return expression("【\(indicator) 完成率】", certain: false, note: "\(indicator)完成年度目标的比例（请确认）")
            case .delta:
                return expression("【\(indicator) 较上年增加】", certain: false, note: "\(indicator)比上年增加的量（请确认）")
            case .share, .change, .other:
                return field(
                    Self.label(before: slot.start, in: scalars, fallback: indicator) + (slot.unit.map { "（\($0)）" } ?? ""),
                    note: "\(indicator)的比重、差值等，暂由撰稿人填写")
            }
        }
    }

    private static let moneyUnits: Set<String> = ["亿元", "万元", "元", "万美元", "亿美元"]

    /// How many characters of a growth verb ("增长", "下降", "增长了") stand right before `start`, if any.
    private static func verb(before start: Int, in scalars: [Unicode.Scalar]) -> Int? {
        for verb in ["增长了", "下降了", "增长", "下降", "增加", "减少"] {
            let count = verb.unicodeScalars.count
            guard start >= count else { continue }
            if String(String.UnicodeScalarView(scalars[(start - count)..<start])) == verb { return count }
        }
        return nil
    }

    /// The field of a masked name is named after what follows the mask ("XX集团" → "名称（集团）"), which is what
    /// tells the writer whose name belongs there.
    private static func nameLabel(after end: Int, in scalars: [Unicode.Scalar]) -> String {
        var following = ""
        var index = end
        while index < scalars.count, following.unicodeScalars.count < 6, scalars[index].properties.isIdeographic {
            following.unicodeScalars.append(scalars[index])
            index += 1
        }
        return following.isEmpty ? "名称" : "名称（\(following)）"
    }

    /// A short name for a field: the up to 8 Chinese characters before the slot in its clause.
    private static func label(before start: Int, in scalars: [Unicode.Scalar], fallback: String) -> String {
        let chinese = DraftClauses.clause(before: start, in: scalars).unicodeScalars.filter {
            $0.properties.isIdeographic
        }
        let tail = String(String.UnicodeScalarView(chinese.suffix(8)))
        return tail.isEmpty ? fallback : tail
    }

    /// Template text for draft characters: brackets doubled so they print as written.
    private static func literal(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        for scalar in scalars {
            switch scalar {
            case "【": text += "【【"
            case "】": text += "】】"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    private static func mostFrequentYear(_ slots: [DraftSlot]) -> Int? {
        var counts: [Int: Int] = [:]
        for slot in slots where slot.type == .date && !slot.masked && slot.text.count == 4 {
            if let year = Int(slot.text), (1990...2100).contains(year) { counts[year, default: 0] += 1 }
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }?.key
    }

    /// The last month of the draft's period: the month of the first "1—N月" range, if it has one.
    private static func lastMonth(of slots: [DraftSlot], scalars: [Unicode.Scalar]) -> Int? {
        for (first, second) in zip(slots, slots.dropFirst()) where first.type == .date && second.type == .date {
            guard first.text == "1", second.end < scalars.count, scalars[second.end] == "月",
                second.start - first.end == 1, let month = Int(second.text)
            else { continue }
            return month
        }
        return nil
    }
}
