/// Why an indicator cannot be added to the catalogue or a name cannot be resolved.
public enum IndicatorCatalogueError: UserFacingError, Equatable {
    /// The code is already used.
    case duplicateCode(code: String, existing: String)
    /// A name or alias (after normalisation) is already a name, alias or code of another indicator.
    case nameCollision(name: String, existing: String)
    /// The code is not lower-case ASCII letters, digits and underscores.
    case badCode(String)
    /// The name is blank.
    case blankName(code: String)
    /// No indicator has this name; `suggestions` are the closest canonical names.
    case unknownIndicator(name: String, suggestions: [String])

    public var userMessage: String {
        switch self {
        case .duplicateCode(let code, let existing):
            return "指标代码“\(code)”已被指标“\(existing)”使用"
        case .nameCollision(let name, let existing):
            return "名称或别名“\(name)”已被指标“\(existing)”使用，同一名称只能对应一个指标"
        case .badCode(let code):
            return "指标代码“\(code)”无效：只能使用小写字母、数字和下划线，且以字母开头"
        case .blankName(let code):
            return "指标“\(code)”的名称不能为空"
        case .unknownIndicator(let name, let suggestions):
            if suggestions.isEmpty { return "未找到指标“\(name)”" }
            return "未找到指标“\(name)”，您是不是要找：" + suggestions.map { "“\($0)”" }.joined(separator: "、") + "？"
        }
    }

    public var description: String {
        switch self {
        case .duplicateCode(let code, let existing): "code '\(code)' already used by '\(existing)'"
        case .nameCollision(let name, let existing): "name '\(name)' already used by '\(existing)'"
        case .badCode(let code): "bad indicator code '\(code)'"
        case .blankName(let code): "indicator '\(code)' has a blank name"
        case .unknownIndicator(let name, let suggestions):
            "unknown indicator '\(name)'; suggestions: \(suggestions.joined(separator: ", "))"
        }
    }
}
