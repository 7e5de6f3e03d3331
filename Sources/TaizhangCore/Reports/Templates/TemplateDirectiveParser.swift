import Foundation

/// Reads the settings of 【#每个 …】 loops and 【表格 …】 lines: list, filters (字段=值), 排序=字段 降序, 前N,
/// 分隔=、, 列=…, 标题=….
struct TemplateDirectiveParser {
    let catalogue: IndicatorCatalogue

    /// The settings shared by loops and project tables.
    private struct ListSettings {
        var list: RecordList?
        var filters: [RecordFilter] = []
        var sort: RecordSort?
        var limit: Int?
        var separator: String?
        var columns: [ProjectRecordField] = []
        var caption: String?
    }

    func each(
        _ words: [String], _ content: String, at position: TemplatePosition, issues: inout [TemplateIssue]
    )
        -> EachBlock?
    {
        let settings = listSettings(words, at: position, allowColumns: false, issues: &issues)
        guard let list = settings.list else {
            issues.append(TemplateIssue(position, "“#每个”后面要写列表名称，例如“【#每个 项目 级别=省重点】”。", suggestions: ["#每个 项目"]))
            return nil
        }
        return EachBlock(
            list: list, filters: settings.filters, sort: settings.sort, limit: settings.limit,
            separator: settings.separator, body: [], empty: nil, position: position, source: "【" + content + "】")
    }

    func table(
        _ words: ArraySlice<String>, _ content: String, at position: TemplatePosition, issues: inout [TemplateIssue]
    )
        -> TableDirective?
    {
        guard let kind = words.first else {
            issues.append(TemplateIssue(position, "“表格”后面要写表的内容：“主要指标”或“项目”。", suggestions: ["表格 主要指标", "表格 项目"]))
            return nil
        }
        let source = "【" + content + "】"
        if kind == "主要指标" || kind == "指标" {
            var indicators: [Indicator] = []
            var withRank = false
            var caption: String?
            for word in words.dropFirst() {
                if word == "排名" || word == "增速排名" {
                    withRank = true
                } else if let setting = TemplateExpressionParser.filter(word), setting.field == "标题" {
                    caption = setting.value
                } else {
                    let list =
                        TemplateExpressionParser.filter(word).flatMap { $0.field == "指标" ? $0.value : nil } ?? word
                    for name in list.split(whereSeparator: { "、，,".contains($0) }).map(String.init) {
                        if let indicator = catalogue.resolve(name) {
                            indicators.append(indicator)
                        } else {
                            issues.append(
                                TemplateIssue(
                                    position, "表格中的“\(name)”不是目录中的指标。",
                                    suggestions: catalogue.suggestions(for: name).map(\.name)))
                        }
                    }
                }
            }
            if indicators.isEmpty { indicators = catalogue.keyIndicators }
            return TableDirective(
                kind: .indicators(indicators, withRank: withRank), caption: caption, position: position, source: source)
        }
        let settings = listSettings(Array(words), at: position, allowColumns: true, issues: &issues)
        guard let list = settings.list else {
            issues.append(
                TemplateIssue(
                    position, "不认识表格“\(kind)”：可以写“主要指标”或“项目”。",
                    suggestions: TemplateVocabulary.closest(to: kind, among: ["主要指标", "项目"])))
            return nil
        }
        return TableDirective(
            kind: .records(
                list, filters: settings.filters, sort: settings.sort, limit: settings.limit,
                columns: settings.columns.isEmpty ? ProjectRecordField.defaultTableColumns : settings.columns),
            caption: settings.caption, position: position, source: source)
    }

    private func listSettings(
        _ words: [String], at position: TemplatePosition, allowColumns: Bool, issues: inout [TemplateIssue]
    )
        -> ListSettings
    {
        var s = ListSettings()
        for word in words {
            if s.list == nil, let list = RecordList.allCases.first(where: { $0.chineseName == word }) {
                s.list = list
            } else if word == "降序" || word == "升序" {
                if s.sort == nil { issues.append(TemplateIssue(position, "“\(word)”前面要先写“排序=字段”。")) }
                s.sort?.descending = word == "降序"
            } else if let n = Self.limit(word) {
                s.limit = n
            } else if let setting = TemplateExpressionParser.filter(word) {
                switch setting.field {
                case "排序":
                    var name = setting.value
                    var descending = true
                    for suffix in ["降序", "升序"] where name.hasSuffix(suffix) {
                        name.removeLast(2)
                        descending = suffix == "降序"
                    }
                    if let field = field(name, at: position, issues: &issues) {
                        s.sort = RecordSort(field: field, descending: descending)
                    }
                case "数量", "前":
                    if let n = Int(setting.value), n > 0 {
                        s.limit = n
                    } else {
                        issues.append(TemplateIssue(position, "“\(word)”的数量要写正整数。"))
                    }
                case "分隔", "分隔符":
                    s.separator = setting.value == "无" ? "" : setting.value
                case "标题" where allowColumns:
                    s.caption = setting.value
                case "列" where allowColumns:
                    for name in setting.value.split(whereSeparator: { "、，,".contains($0) }).map(String.init) {
                        if let field = field(name, at: position, issues: &issues) { s.columns.append(field) }
                    }
                default:
                    if field(setting.field, at: position, issues: &issues) != nil {
                        s.filters.append(
                            RecordFilter(
                                field: ProjectRecordField.resolve(setting.field)!.rawValue, value: setting.value))
                    }
                }
            } else if s.list == nil {
                issues.append(
                    TemplateIssue(
                        position, "不认识列表“\(word)”。",
                        suggestions: TemplateVocabulary.closest(to: word, among: RecordList.allCases.map(\.chineseName))
                    ))
                s.list = .projects
            } else {
                issues.append(
                    TemplateIssue(
                        position, "不认识设置“\(word)”：可以写“字段=值”、“排序=字段”、“降序”、“前5”、“分隔=、”。",
                        suggestions: TemplateVocabulary.closest(
                            to: word, among: ["降序", "升序", "排序=", "分隔=", "前5", "列=", "标题="])))
            }
        }
        return s
    }

    /// "前5", "前5个", "前5名".
    static func limit(_ word: String) -> Int? {
        guard word.hasPrefix("前") else { return nil }
        var digits = word.dropFirst()
        while let last = digits.last, "个名项".contains(last) { digits.removeLast() }
        guard let n = Int(digits), n > 0 else { return nil }
        return n
    }

    private func field(
        _ name: String, at position: TemplatePosition, issues: inout [TemplateIssue]
    ) -> ProjectRecordField? {
        if let field = ProjectRecordField.resolve(name) { return field }
        issues.append(
            TemplateIssue(
                position, "项目没有“\(name)”这一项。",
                suggestions: TemplateVocabulary.closest(to: name, among: ProjectRecordField.allNames)))
        return nil
    }
}
