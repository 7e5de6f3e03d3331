/// What a compiled template will ask of the ledgers, so that the facts provider reads only that: whose project
/// ledger it needs (project quantities, loops and tables of projects).
public struct TemplateNeeds: Sendable, Hashable {
    /// The scopes whose project ledger the template reads (own for 【签约项目个数】, parent for 【全市 签约项目个数】).
    public var projectLedgers: Set<FigureScope> = []
    /// Whether it reads the report unit's projects one by one (loops, tables, filtered quantities), and so needs
    /// every field of them rather than only what the statistics use.
    public var projectRecords = false

    /// Nothing: indicator figures only (a fact check).
    public init() {}

    init(_ nodes: [TemplateNode]) {
        for node in nodes { add(node) }
    }

    private mutating func add(_ node: TemplateNode) {
        switch node {
        case .expression(let expression): add(expression)
        case .each(let block):
            projectLedgers.insert(.own)
            projectRecords = true
            for child in block.body + (block.empty ?? []) { add(child) }
        case .when(let block):
            for operand in [block.condition.left, block.condition.right] {
                if case .expression(let expression) = operand { add(expression) }
            }
            for child in block.then + block.otherwise { add(child) }
        case .table(let directive):
            if case .records = directive.kind {
                projectLedgers.insert(.own)
                projectRecords = true
            }
        case .text, .newline, .section, .signature: break
        }
    }

    private mutating func add(_ expression: TemplateExpression) {
        switch expression.subject {
        case .project(_, let filters):
            projectLedgers.insert(expression.scope)
            if !filters.isEmpty { projectRecords = true }
        case .field:
            projectLedgers.insert(expression.scope)
            projectRecords = true
        case .indicator, .context, .sequenceNumber: break
        }
    }
}

extension ReportTemplate {
    /// What the template reads from the ledgers.
    public var needs: TemplateNeeds { TemplateNeeds(nodes) }
}
