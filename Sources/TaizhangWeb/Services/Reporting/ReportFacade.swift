import Foundation
import TaizhangCore
import TaizhangStore

/// Fills a report template from the ledgers for one org unit and period, for callers outside the web layer
/// (`taizhang report`, the benchmark) and for the report pages: reads the unit's facts once
/// (`ReportFactsLoader`) and evaluates the template over them.
public struct ReportFacade: Sendable {
    private let orgUnits: OrgUnitService
    private let indicators: IndicatorService
    private let loader: ReportFactsLoader

    public init(database: TaizhangDatabase) {
        orgUnits = OrgUnitService(database: database)
        indicators = IndicatorService(database: database)
        loader = ReportFactsLoader(database: database, orgUnits: orgUnits, indicators: indicators)
    }

    /// What a fill needs besides the template: whose report, for which period, signed by whom and when, and
    /// the text the writer entered for its 【填写】 sections.
    public struct Request: Sendable {
        /// Org unit code or name.
        public var unit: String
        public var period: Period
        /// The issuing body; "<unit>管委会" when nil.
        public var issuer: String?
        /// The date of the signature block; today when nil.
        public var date: CalendarDate?
        public var sections: [String: String]

        public init(
            unit: String, period: Period, issuer: String? = nil, date: CalendarDate? = nil,
            sections: [String: String] = [:]
        ) {
            self.unit = unit
            self.period = period
            self.issuer = issuer
            self.date = date
            self.sections = sections
        }
    }

    /// The filled document. Throws `TemplateCheckError` for a template with errors, `TemplateEvaluationError`
    /// listing every slot the ledgers cannot fill and every mask left, `ServiceError` for an unknown unit.
    public func fill(template text: String, _ request: Request) async throws -> ReportDocument {
        let catalogue = try await indicators.catalogue()
        let template = try ReportTemplate.compile(text, catalogue: catalogue)
        let tree = try await orgUnits.tree()
        guard let unit = tree.lookup(request.unit) else { throw ServiceError.orgUnitNotFound(request.unit) }
        let facts = try await loader.load(
            unit: unit, period: request.period, tree: tree, catalogue: catalogue, needs: template.needs,
            sections: request.sections)
        let parentName =
            ReportFactsLoader.comparisonUnit(of: unit, in: tree, orgUnits: orgUnits).map(Self.parentWording) ?? "全市"
        let context = ReportContext(
            orgUnitCode: unit.code, orgUnitName: unit.name, parentName: parentName, period: request.period,
            issuer: request.issuer ?? unit.name + "管委会", date: request.date ?? Self.today())
        return try template.evaluate(context: context, facts: facts)
    }

    /// Checks every figure of a draft with real numbers against the ledgers of `unit` for `period` (figures
    /// naming another period are checked against that one).
    public func factCheck(draft text: String, unit unitName: String, period: Period) async throws -> [DraftFactCheck.Line] {
        let catalogue = try await indicators.catalogue()
        let tree = try await orgUnits.tree()
        guard let unit = tree.lookup(unitName) else { throw ServiceError.orgUnitNotFound(unitName) }
        let facts = try await loader.load(unit: unit, period: period, tree: tree, catalogue: catalogue, needs: TemplateNeeds())
        let slots = DraftReader.read(text, catalogue: catalogue)
        return DraftFactCheck.check(text, slots: slots, facts: facts, period: period, catalogue: catalogue)
    }

    /// How a report names its parent: "全市" for a city, "全区" for a district, "全县" for a county.
    static func parentWording(_ parent: OrgUnit) -> String {
        switch parent.kind {
        case .city: "全市"
        case .district: parent.name.hasSuffix("县") ? "全县" : "全区"
        default: "全" + String(parent.name.suffix(1))
        }
    }

    private static func today() -> CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Asia/Shanghai")!, from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
