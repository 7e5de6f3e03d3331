import TaizhangCore

/// The readable Chinese table `taizhang draft read` prints without `--json`: one row per slot, columns padded
/// to the width a terminal shows (CJK characters count as two), then a count line.
public enum DraftSlotListing {
    static let header = ["序号", "位置", "原文", "类型", "指标", "口径", "单位", "时期"]

    public static func render(_ slots: [DraftSlot]) -> String {
        let rows = slots.enumerated().map { index, slot in
            [
                "\(index + 1)", "\(slot.start)-\(slot.end)", slot.text, typeName(slot.type), slot.indicator ?? "—",
                slot.measure.map(measureName) ?? "—", slot.unit ?? "—", slot.period ?? "—",
            ]
        }
        var widths = header.map(DisplayWidth.of)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], DisplayWidth.of(cell)) }
        }
        var lines = [line(header, widths)]
        lines += rows.map { line($0, widths) }
        let masked = slots.filter(\.masked).count
        lines.append("共\(slots.count)处（掩码\(masked)处，数字\(slots.count - masked)处）。")
        return lines.joined(separator: "\n")
    }

    /// The type as the listing names it.
    public static func typeName(_ type: DraftSlotType) -> String {
        switch type {
        case .date: "日期"
        case .name: "名称"
        case .text: "编号"
        case .number: "数量"
        }
    }

    /// The measure (口径) as the listing names it.
    public static func measureName(_ measure: SlotMeasure) -> String {
        switch measure {
        case .value: "绝对值"
        case .growth: "增速"
        case .delta: "增减量"
        case .rank: "排名"
        case .completion: "完成率"
        case .share: "占比"
        case .change: "百分点差"
        case .other: "其他"
        }
    }

    private static func line(_ cells: [String], _ widths: [Int]) -> String {
        var text = ""
        for (column, cell) in cells.enumerated() {
            let isLast = column == cells.count - 1
            text += cell
            if !isLast { text += String(repeating: " ", count: widths[column] - DisplayWidth.of(cell) + 2) }
        }
        return text
    }
}
