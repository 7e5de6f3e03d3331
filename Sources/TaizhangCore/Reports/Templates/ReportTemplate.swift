import Foundation

/// A checked report template: the writer's text with 【…】 expressions, parsed and with every name resolved
/// against the catalogue. `compile` refuses a template with any error and lists them all; `evaluate` fills it
/// from the ledgers into a `ReportDocument` (language reference: docs/templates.md).
public struct ReportTemplate: Sendable {
    /// The text as the writer wrote it.
    public let source: String
    /// Masks (XX, ***) left in the wording: shown to the writer, and an error when the report is produced.
    public let warnings: [TemplateIssue]
    /// The 【填写 …】 sections, in order, for the page where the writer enters their text.
    public let sectionNames: [String]
    let nodes: [TemplateNode]

    /// Parses and checks a template; throws every error found (warnings do not stop it).
    public static func compile(
        _ source: String, catalogue: IndicatorCatalogue = .standard
    ) throws(TemplateCheckError)
        -> ReportTemplate
    {
        let (template, issues) = parse(source, catalogue: catalogue)
        let errors = issues.filter { $0.severity == .error }
        guard errors.isEmpty, let template else { throw TemplateCheckError(issues: errors) }
        return template
    }

    /// Every issue of a template, errors and warnings, in text order: what the editor underlines.
    public static func check(_ source: String, catalogue: IndicatorCatalogue = .standard) -> [TemplateIssue] {
        parse(source, catalogue: catalogue).issues
    }

    static func parse(
        _ source: String, catalogue: IndicatorCatalogue
    ) -> (template: ReportTemplate?, issues: [TemplateIssue]) {
        let (tokens, lexIssues) = TemplateLexer.tokens(of: source)
        var parser = TemplateParser(catalogue: catalogue)
        let nodes = parser.parse(tokens)
        var warnings: [TemplateIssue] = []
        for token in tokens {
            if case .text(let text) = token.kind {
                warnings += TemplateMasks.issues(in: text, at: token.position, severity: .warning)
            }
        }
        let issues = (lexIssues + parser.issues + warnings).sorted { $0.position < $1.position }
        let template = ReportTemplate(
            source: source, warnings: warnings, sectionNames: Self.sections(nodes), nodes: nodes)
        return (template, issues)
    }

    /// Fills the template for the context's zone and period. Throws when any slot stays empty or a mask is
    /// left in the text, listing them all: a report never leaves with a blank.
    public func evaluate(
        context: ReportContext, facts: some ReportFacts
    ) throws(TemplateEvaluationError) -> ReportDocument {
        var evaluator = TemplateEvaluator(context: context, facts: facts)
        let pieces = evaluator.evaluate(nodes)
        guard evaluator.unfilled.isEmpty, evaluator.masks.isEmpty else {
            throw TemplateEvaluationError(
                unfilled: evaluator.unfilled.sorted { $0.position < $1.position },
                masks: evaluator.masks.sorted { $0.position < $1.position })
        }
        return TemplateStructure.document(from: pieces, context: context)
    }

    private static func sections(_ nodes: [TemplateNode]) -> [String] {
        var names: [String] = []
        func walk(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .section(let name, _, _): if !names.contains(name) { names.append(name) }
                case .each(let block):
                    walk(block.body)
                    walk(block.empty ?? [])
                case .when(let block):
                    walk(block.then)
                    walk(block.otherwise)
                default: break
                }
            }
        }
        walk(nodes)
        return names
    }
}
