import Foundation

/// Reads the inside of one 【…】 expression: qualifiers, a name, measure words, filters, then helpers after "|".
/// Names are resolved here (loop fields, context words, catalogue, project quantities), so a template that
/// compiles only fails later for want of data.
struct TemplateExpressionParser {
    let catalogue: IndicatorCatalogue
    /// Inside a 【#每个】 loop record fields are in scope and win over indicators of the same name.
    var inLoop: Bool

    /// Parses an expression; `allowHelpers` is false for the operands of a condition.
    func parse(
        _ content: String, at position: TemplatePosition, allowHelpers: Bool = true
    )
        -> (TemplateExpression?, [TemplateIssue])
    {
        var issues: [TemplateIssue] = []
        let source = "【" + content + "】"
        let (head, tail) = Self.splitHelpers(content)
        var scope: FigureScope = .own
        var scopeWord: String?
        var period = PeriodChoice()
        var measure: TemplateMeasure?
        var filters: [RecordFilter] = []
        var names: [String] = []
        for word in head.templateWords {
            if let filter = Self.filter(word) {
                filters.append(filter)
            } else if TemplateVocabulary.parentWords.contains(word) {
                scope = .parent
                scopeWord = word
            } else if let choice = TemplateVocabulary.periodWords[word] {
                if choice.yearsBack > 0 { period.yearsBack = choice.yearsBack } else { period.span = choice.span }
            } else if let found = TemplateVocabulary.measureWords[word] {
                measure = found
            } else {
                names.append(word)
            }
        }
        var subject: ExpressionSubject?
        if names.isEmpty {
            if measure == nil, filters.isEmpty, tail == nil, let scopeWord, let word = ContextWord.resolve(scopeWord) {
                subject = .context(word)
                scope = .own
            } else if measure == nil, filters.isEmpty, period.yearsBack == 1, period.span == .report, scope == .own {
                subject = .context(.lastYear)
                period = PeriodChoice()
            } else {
                issues.append(TemplateIssue(position, "“\(source)”里没有写指标名称。"))
                return (nil, issues)
            }
        } else {
            var name = names[0]
            for extra in names.dropFirst() {
                issues.append(
                    TemplateIssue(
                        position, "“\(source)”中的“\(extra)”不是可识别的限定词或度量。",
                        suggestions: TemplateVocabulary.closest(to: extra, among: TemplateVocabulary.headWords)))
            }
            var resolved = resolve(name, hasQualifiers: measure != nil || scope == .parent || period != PeriodChoice())
            if resolved == nil {
                // A writer may glue qualifiers and measure to the name: "全市地区生产总值增速".
                var rest = name
                var gluedScope: FigureScope?
                var gluedPeriod: PeriodChoice?
                for word in TemplateVocabulary.parentWords where rest.hasPrefix(word) && rest.count > word.count {
                    rest.removeFirst(word.count)
                    gluedScope = .parent
                    break
                }
                for word in ["上年同期", "上年", "去年", "本月", "当月"] where rest.hasPrefix(word) && rest.count > word.count {
                    rest.removeFirst(word.count)
                    gluedPeriod = TemplateVocabulary.periodWords[word]
                    break
                }
                var gluedMeasure: TemplateMeasure?
                for suffix in TemplateVocabulary.gluedMeasureSuffixes
                where rest.hasSuffix(suffix) && rest.count > suffix.count {
                    let candidate = String(rest.dropLast(suffix.count))
                    if resolve(candidate, hasQualifiers: true) != nil {
                        rest = candidate
                        gluedMeasure = TemplateVocabulary.measureWords[suffix]
                        break
                    }
                }
                if let found = resolve(rest, hasQualifiers: true) {
                    resolved = found
                    name = rest
                    if let gluedScope { scope = gluedScope }
                    if let gluedPeriod {
                        if gluedPeriod.yearsBack > 0 {
                            period.yearsBack = gluedPeriod.yearsBack
                        } else {
                            period.span = gluedPeriod.span
                        }
                    }
                    if let gluedMeasure, measure == nil { measure = gluedMeasure }
                }
            }
            guard let resolved else {
                issues.append(
                    TemplateIssue(
                        position, "不认识“\(name)”：它不是指标、项目统计量" + (inLoop ? "、项目字段" : "") + "或报告信息。",
                        suggestions: suggestions(for: name)))
                return (nil, issues)
            }
            subject = resolved
        }
        guard var subject else { return (nil, issues) }
        if case .project(let quantity, _) = subject {
            subject = .project(quantity, filters: filters)
        } else if !filters.isEmpty {
            issues.append(TemplateIssue(position, "“\(source)”：筛选条件（如“级别=省重点”）只能用于项目统计量。"))
        }
        var expression = TemplateExpression(source: source, position: position, subject: subject)
        expression.scope = scope
        expression.period = period
        expression.measure = measure ?? .value
        issues += validateMeasure(expression)
        if let tail {
            if allowHelpers {
                issues += parseHelpers(tail, into: &expression)
            } else {
                issues.append(TemplateIssue(position, "条件里的“\(source)”不能带“|”后的写法。"))
            }
        }
        return (expression, issues)
    }

    /// Splits at the first half- or full-width bar.
    static func splitHelpers(_ content: String) -> (head: String, tail: String?) {
        guard let bar = content.firstIndex(where: { $0 == "|" || $0 == "｜" }) else { return (content, nil) }
        return (String(content[..<bar]), String(content[content.index(after: bar)...]))
    }

    /// "级别=省重点" (also with a full-width ＝).
    static func filter(_ word: String) -> RecordFilter? {
        guard let eq = word.firstIndex(where: { $0 == "=" || $0 == "＝" }) else { return nil }
        let field = String(word[..<eq])
        let value = String(word[word.index(after: eq)...])
        guard !field.isEmpty, !value.isEmpty else { return nil }
        return RecordFilter(field: field, value: value)
    }

    func resolve(_ name: String, hasQualifiers: Bool) -> ExpressionSubject? {
        if inLoop {
            if name == "序号" { return .sequenceNumber }
            if let field = ProjectRecordField.resolve(name) { return .field(field) }
        }
        if !hasQualifiers, let word = ContextWord.resolve(name) { return .context(word) }
        if let indicator = catalogue.resolve(name) { return .indicator(indicator) }
        if let quantity = ProjectQuantity.resolve(name) { return .project(quantity, filters: []) }
        return nil
    }

    func suggestions(for name: String) -> [String] {
        var names = catalogue.suggestions(for: name).map(\.name)
        var others = ProjectQuantity.allNames + ContextWord.allNames
        if inLoop { others += ProjectRecordField.allNames + ["序号"] }
        names += TemplateVocabulary.closest(to: name, among: others, containment: false)
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }.prefix(3).map { $0 }
    }

    func validateMeasure(_ e: TemplateExpression) -> [TemplateIssue] {
        let allowed: Set<TemplateMeasure>
        let what: String
        switch e.subject {
        case .indicator(let indicator):
            if indicator.growth == .none, e.measure == .growth || e.measure == .growthRank {
                return [TemplateIssue(e.position, "“\(indicator.name)”不计增速，不能写“\(e.measure.rawValue)”。")]
            }
            return []
        case .project:
            allowed = [.value, .delta]
            what = "项目统计量"
        case .field:
            allowed = [.value]
            what = "项目字段"
        case .context, .sequenceNumber:
            allowed = [.value]
            what = "报告信息"
        }
        guard !allowed.contains(e.measure) else { return [] }
        return [TemplateIssue(e.position, "\(what)不能写“\(e.measure.rawValue)”。")]
    }

    func parseHelpers(_ tail: String, into e: inout TemplateExpression) -> [TemplateIssue] {
        var issues: [TemplateIssue] = []
        let words = tail.templateWords
        var index = 0
        func setWording(_ wording: TemplateWording, _ word: String) {
            if e.wording != nil {
                issues.append(TemplateIssue(e.position, "“\(e.source)”只能用一个说法（增减、升降、高低、位次），“\(word)”是第二个。"))
            }
            e.wording = wording
        }
        while index < words.count {
            let word = words[index]
            index += 1
            if word == "高低" {
                if index < words.count, TemplateVocabulary.parentWords.contains(words[index]) {
                    setWording(.compareParent(word: words[index] == "上级" ? nil : words[index]), word)
                    index += 1
                } else if index < words.count, words[index] == "目标" {
                    setWording(.compareTarget, word)
                    index += 1
                } else {
                    setWording(.compareParent(word: nil), word)
                }
            } else if let wording = TemplateVocabulary.wordingWords[word] {
                setWording(wording, word)
            } else if TemplateVocabulary.unitWords.contains(word) {
                e.unit = word
            } else if word == "带单位" {
                e.withUnit = true
            } else if let places = Self.decimals(word, next: index < words.count ? words[index] : nil) {
                e.decimals = places.value
                if places.consumedNext { index += 1 }
            } else {
                issues.append(
                    TemplateIssue(
                        e.position, "“|”后面的“\(word)”不是可用的写法。",
                        suggestions: TemplateVocabulary.closest(to: word, among: TemplateVocabulary.helperWords)))
            }
        }
        issues += validateHelpers(e)
        return issues
    }

    /// "小数2", "小数 2", "2位小数", "保留2位小数".
    static func decimals(_ word: String, next: String?) -> (value: Int, consumedNext: Bool)? {
        var w = word
        if w.hasPrefix("保留") { w.removeFirst(2) }
        if w == "小数", let next, let n = Int(next), (0...6).contains(n) { return (n, true) }
        if w.hasPrefix("小数"), let n = Int(w.dropFirst(2)), (0...6).contains(n) { return (n, false) }
        if w.hasSuffix("位小数"), let n = Int(w.dropLast(3)), (0...6).contains(n) { return (n, false) }
        return nil
    }

    func validateHelpers(_ e: TemplateExpression) -> [TemplateIssue] {
        var issues: [TemplateIssue] = []
        let isRank = e.measure == .rank || e.measure == .growthRank
        if let wording = e.wording {
            if case .place = wording {
                if !isRank {
                    issues.append(TemplateIssue(e.position, "“位次”只能用于排名，例如“【地区生产总值 增速排名 | 位次】”。"))
                }
            } else if isRank {
                issues.append(TemplateIssue(e.position, "排名只能用“位次”来写。", suggestions: ["位次"]))
            }
            if case .compareParent = wording, e.scope == .parent {
                issues.append(TemplateIssue(e.position, "已经是上级的数字，不能再与上级比较“高低”。"))
            }
            if case .compareTarget = wording, !(e.measure == .value || e.measure == .growth) {
                issues.append(TemplateIssue(e.position, "“高低 目标”只能用于数值或增速。"))
            }
        }
        if case .context = e.subject, e.wording != nil || e.unit != nil || e.withUnit || e.decimals != nil {
            issues.append(TemplateIssue(e.position, "报告信息（如“地区”“时期”）不能带“|”后的写法。"))
        }
        if let unit = e.unit, let from = staticUnit(of: e), !Self.convertible(from, unit) {
            issues.append(TemplateIssue(e.position, "“\(from)”不能换算成“\(unit)”。"))
        }
        return issues
    }

    /// The unit an expression's number is in, when it is known before the data.
    func staticUnit(of e: TemplateExpression) -> String? {
        switch e.measure {
        case .growth, .targetGrowth, .completionRate: return "%"
        case .rank, .growthRank: return "位"
        default: break
        }
        switch e.subject {
        case .indicator(let indicator): return indicator.unit.symbol
        case .project(let quantity, _): return quantity.unit
        case .field(let field): return field.unit
        case .context, .sequenceNumber: return nil
        }
    }

    static func convertible(_ from: String, _ to: String) -> Bool {
        from == to
            || IndicatorUnit(symbol: from).baseSymbol == IndicatorUnit(symbol: to).baseSymbol
                && IndicatorUnit(symbol: from).isMoney
    }
}
