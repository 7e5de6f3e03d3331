import Foundation

/// Builds the node tree from tokens: opens and closes blocks, reads directives and expressions, and collects
/// every issue instead of stopping at the first.
struct TemplateParser {
    let catalogue: IndicatorCatalogue
    private(set) var issues: [TemplateIssue] = []

    private enum FrameKind { case each(EachBlock), when(TemplateCondition) }

    private struct Frame {
        var kind: FrameKind
        var position: TemplatePosition
        var body: [TemplateNode] = []
        var otherwise: [TemplateNode]?
    }

    init(catalogue: IndicatorCatalogue) { self.catalogue = catalogue }

    mutating func parse(_ tokens: [TemplateToken]) -> [TemplateNode] {
        var root: [TemplateNode] = []
        var stack: [Frame] = []
        func append(_ node: TemplateNode) {
            if stack.isEmpty {
                root.append(node)
            } else if stack[stack.count - 1].otherwise != nil {
                stack[stack.count - 1].otherwise!.append(node)
            } else {
                stack[stack.count - 1].body.append(node)
            }
        }
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .text(let text): append(.text(text, token.position))
            case .newline: append(.newline)
            case .tag(let raw):
                let content = raw.trimmedTemplateSpace
                let position = token.position
                let inLoop = stack.contains { if case .each = $0.kind { true } else { false } }
                let words = content.templateWords
                let first = words.first ?? ""
                if content.isEmpty {
                    issues.append(TemplateIssue(position, "“【】”里是空的。"))
                } else if first.hasPrefix("#") || first.hasPrefix("＃") {
                    if let frame = openBlock(content, at: position, inLoop: inLoop) { stack.append(frame) }
                } else if first.hasPrefix("/") || first.hasPrefix("／") {
                    let keyword = String(content.dropFirst()).trimmedTemplateSpace
                    guard let top = stack.last else {
                        issues.append(TemplateIssue(position, "“【/\(keyword)】”前面没有对应的开始标记。"))
                        continue
                    }
                    let expected = if case .each = top.kind { "每个" } else { "如果" }
                    guard keyword == expected else {
                        issues.append(
                            TemplateIssue(
                                position, "这里应当结束第\(top.position.line)行开始的“\(expected)”，却写了“【/\(keyword)】”。",
                                suggestions: ["【/\(expected)】"]))
                        continue
                    }
                    stack.removeLast()
                    append(close(top))
                } else if content == "否则" {
                    if stack.isEmpty || stack[stack.count - 1].otherwise != nil {
                        issues.append(TemplateIssue(position, "“【否则】”只能在“【#如果】”或“【#每个】”里用一次。"))
                    } else {
                        stack[stack.count - 1].otherwise = []
                    }
                } else if first == "表格" {
                    checkAlone(tokens, index, position, what: "【表格】")
                    if let table = TemplateDirectiveParser(catalogue: catalogue).table(
                        words.dropFirst(), content, at: position, issues: &issues)
                    {
                        append(.table(table))
                    }
                } else if first == "落款" {
                    checkAlone(tokens, index, position, what: "【落款】")
                    if words.count > 1 { issues.append(TemplateIssue(position, "“【落款】”后面不用写内容：单位和日期取自报告设置。")) }
                    append(.signature(position))
                } else if first == "填写" {
                    let name = words.dropFirst().joined()
                    if name.isEmpty {
                        issues.append(TemplateIssue(position, "“【填写】”后面要写这一部分的名称，例如“【填写 存在问题】”。"))
                    } else {
                        append(.section(name: name, position: position, source: "【" + content + "】"))
                    }
                } else {
                    let (expression, found) = TemplateExpressionParser(catalogue: catalogue, inLoop: inLoop)
                        .parse(content, at: position)
                    if !found.isEmpty, let keyword = Self.misspelledKeyword(first), expression == nil {
                        issues.append(TemplateIssue(position, "不认识“\(first)”。", suggestions: [keyword]))
                    } else {
                        issues += found
                    }
                    if let expression { append(.expression(expression)) }
                }
            }
        }
        for frame in stack.reversed() {
            let keyword = if case .each = frame.kind { "每个" } else { "如果" }
            issues.append(TemplateIssue(frame.position, "“\(keyword)”没有结束标记。", suggestions: ["【/\(keyword)】"]))
        }
        return root
    }

    /// A word that is close to a keyword but not a name: "#每各", "表哥", "落欵".
    static func misspelledKeyword(_ word: String) -> String? {
        let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: "#＃/／"))
        let candidates = TemplateVocabulary.closest(
            to: bare, among: TemplateVocabulary.directiveKeywords + TemplateVocabulary.blockKeywords, limit: 1)
        guard let keyword = candidates.first, bare.count <= 3 else { return nil }
        if TemplateVocabulary.blockKeywords.contains(keyword) {
            return word.hasPrefix("/") ? "/" + keyword : "#" + keyword
        }
        return keyword
    }

    private mutating func openBlock(_ content: String, at position: TemplatePosition, inLoop: Bool) -> Frame? {
        var words = content.templateWords
        var keyword = String(words.removeFirst().dropFirst())
        // "#每个项目" glued: split the keyword off.
        for known in TemplateVocabulary.blockKeywords where keyword.hasPrefix(known) && keyword.count > known.count {
            words.insert(String(keyword.dropFirst(known.count)), at: 0)
            keyword = known
        }
        if keyword.isEmpty, !words.isEmpty { keyword = words.removeFirst() }
        switch keyword {
        case "每个":
            guard
                let block = TemplateDirectiveParser(catalogue: catalogue).each(
                    words, content, at: position, issues: &issues)
            else { return Frame(kind: .each(Self.placeholderEach(position)), position: position) }
            return Frame(kind: .each(block), position: position)
        case "如果":
            let rest = words.joined(separator: " ")
            guard
                let condition = TemplateConditionParser(catalogue: catalogue, inLoop: inLoop).parse(
                    rest, content, at: position, issues: &issues)
            else { return Frame(kind: .when(Self.placeholderCondition(position)), position: position) }
            return Frame(kind: .when(condition), position: position)
        default:
            issues.append(
                TemplateIssue(
                    position, "不认识“#\(keyword)”：块只有“#每个”和“#如果”。",
                    suggestions: TemplateVocabulary.closest(to: keyword, among: TemplateVocabulary.blockKeywords).map {
                        "#" + $0
                    }))
            // Still open a frame of the likeliest kind so that its closing tag matches and later lines are checked.
            if TemplateVocabulary.closest(to: keyword, among: TemplateVocabulary.blockKeywords, limit: 1).first == "每个"
            {
                return Frame(kind: .each(Self.placeholderEach(position)), position: position)
            }
            return Frame(kind: .when(Self.placeholderCondition(position)), position: position)
        }
    }

    private func close(_ frame: Frame) -> TemplateNode {
        switch frame.kind {
        case .each(var block):
            block.body = frame.body
            block.empty = frame.otherwise
            return .each(block)
        case .when(let condition):
            return .when(IfBlock(condition: condition, then: frame.body, otherwise: frame.otherwise ?? []))
        }
    }

    /// 【表格】 and 【落款】 make their own block, so nothing else may share their line.
    private mutating func checkAlone(
        _ tokens: [TemplateToken], _ index: Int, _ position: TemplatePosition, what: String
    ) {
        func blank(_ token: TemplateToken) -> Bool {
            if case .text(let t) = token.kind { return t.trimmedTemplateSpace.isEmpty }
            return false
        }
        var i = index - 1
        var alone = true
        while i >= 0, tokens[i].kind != .newline {
            if !blank(tokens[i]) { alone = false }
            i -= 1
        }
        i = index + 1
        while i < tokens.count, tokens[i].kind != .newline {
            if !blank(tokens[i]) { alone = false }
            i += 1
        }
        if !alone { issues.append(TemplateIssue(position, "“\(what)”要单独占一行。")) }
    }

    static func placeholderEach(_ position: TemplatePosition) -> EachBlock {
        EachBlock(list: .projects, filters: [], body: [], position: position, source: "")
    }

    static func placeholderCondition(_ position: TemplatePosition) -> TemplateCondition {
        TemplateCondition(left: .number(0), comparison: .equal, right: .number(0), position: position, source: "")
    }
}
