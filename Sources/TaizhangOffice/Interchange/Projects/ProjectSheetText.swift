/// Small clean-ups of the text cells of a project sheet.
enum ProjectSheetText {
    /// Leaders in one cell: “张三、李四”, “张三，李四”, one per line.
    static func names(_ text: String?) -> [String] {
        guard let text else { return [] }
        return text.split(whereSeparator: { "、，,;；/\n".contains($0) })
            .map { SheetCell.trimmed(String($0)) }
            .filter { !$0.isEmpty }
    }

    /// Drops inner spaces (“续 建”, a habit of aligning two-character words) before a name lookup.
    static func squeeze(_ text: String) -> String {
        String(text.unicodeScalars.filter { !SheetCell.isSpace($0) }.map(Character.init))
    }
}
