import Foundation
import Hummingbird
import TaizhangCore

/// GET /entry?unit=&month= shows the month's form; POST /entry checks it ("检查") or saves it ("保存", then
/// redirects with a flash message).
struct EntryPageController {
    let pages: PageContext

    func register(on router: PageRouter) {
        router.get("/entry") { request, context in try await show(request, context) }
        router.post("/entry") { request, context in try await submit(request, context) }
        router.post("/entry/submit") { request, context in
            try await WorkflowStepHandler(services: pages.services).page(.submit, request, context)
        }
    }

    func show(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let services = pages.services
        let tree = try await services.orgUnits.tree()
        let unit = try services.orgUnits.selectedUnit(request.query("unit"), in: tree)
        let month = try await services.months.resolve(request.query("month"), for: unit.id)
        return try await render(unit: unit, month: month, tree: tree, context: context)
    }

    func submit(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let services = pages.services
        let fields = try await FormFields.read(from: request, context: context)
        let tree = try await services.orgUnits.tree()
        let unit = try services.orgUnits.unit(fields["unit"] ?? "", in: tree)
        try context.requireAccess(to: unit.id)
        guard let monthText = fields["month"], let month = YearMonth.parse(monthText) else {
            throw ServiceError.invalidMonth(fields["month"] ?? "")
        }
        let catalogue = try await services.indicators.catalogue()
        let (typed, inputs, parseProblems) = Self.readRows(fields, catalogue: catalogue)
        let wantsSave = fields["action"] == "save"
        let check: EntryCheck
        if wantsSave && parseProblems.isEmpty {
            // Only rows the user changed are saved, so old figures never block a new entry.
            let stored = try await services.entry.form(unit: unit, month: month)
            let changed = inputs.filter { input in
                guard let row = stored.rows.first(where: { $0.indicator.code == input.indicatorCode }) else {
                    return true
                }
                return !input.matches(row)
            }
            check = try await services.entry.save(
                unit: unit, month: month, inputs: changed, actor: context.actor, loadedFingerprint: fields["loaded"])
            if check.isSaved {
                let reasons = Set(check.problems.compactMap(\.indicatorCode)).count
                let text =
                    check.savedCount == 0
                    ? "没有改动，未保存任何内容。"
                    : "已保存\(unit.name)\(month.chineseName)\(check.savedCount)项指标"
                        + (reasons > 0 ? "，其中\(reasons)项附说明原因。" : "。")
                return .redirect(
                    to: "/entry?unit=\(unit.id)&month=\(month.description)", flash: FlashMessage(.success, text))
            }
        } else {
            check = try await services.entry.check(unit: unit, month: month, inputs: inputs)
        }
        let problems = parseProblems + check.problems
        let warnings = problems.filter { $0.severity == "warning" }.count
        let errors = problems.filter { $0.severity == "error" }.count
        let summary: String
        let summaryClass: String
        if problems.isEmpty {
            summary = "检查通过，未发现问题，可以保存。"
            summaryClass = "success"
        } else if wantsSave {
            summary = "未保存：共\(errors)项需处理（有提示的行请填写说明原因），\(warnings)项提示。"
            summaryClass = "error"
        } else {
            summary = "检查发现\(warnings)项提示" + (errors > 0 ? "、\(errors)项错误" : "") + "，请核实；确认无误的请填写说明原因后保存。"
            summaryClass = errors > 0 ? "error" : "warning"
        }
        return try await render(
            unit: unit, month: month, tree: tree, context: context, typed: typed, problems: problems,
            summary: summary, summaryClass: summaryClass, status: wantsSave ? .unprocessableContent : .ok,
            loadedFingerprint: fields["loaded"])
    }

    /// Reads the form's rows: what the user typed (to show it again) and the figures it parses to, with a
    /// problem for every cell that is not a number. Kept synchronous and apart from `submit`, which it would
    /// otherwise bloat (the release compiler also crashed splitting the combined async function).
    private static func readRows(
        _ fields: FormFields, catalogue: IndicatorCatalogue
    ) -> (typed: [String: EntryTypedRow], inputs: [ObservationInput], problems: [APIProblem]) {
        var typed: [String: EntryTypedRow] = [:]
        var inputs: [ObservationInput] = []
        var parseProblems: [APIProblem] = []
        for indicator in catalogue.indicators {
            let row = EntryTypedRow(
                monthly: fields["monthly.\(indicator.code)"] ?? "",
                cumulative: fields["cumulative.\(indicator.code)"] ?? "",
                prior: fields["prior.\(indicator.code)"] ?? "", growth: fields["growth.\(indicator.code)"] ?? "",
                note: fields["note.\(indicator.code)"] ?? "", reason: fields["reason.\(indicator.code)"] ?? "")
            typed[indicator.code] = row
            var input = ObservationInput(indicatorCode: indicator.code, note: row.note, overrideReason: row.reason)
            for (field, text, label) in [
                ("monthly", row.monthly, "本月"), ("cumulative", row.cumulative, "累计"),
                ("priorCumulative", row.prior, "上年同期累计"), ("publishedGrowth", row.growth, "发布增速"),
            ] where !text.isEmpty {
                guard let value = FormFields.parseFigure(text) else {
                    parseProblems.append(
                        APIProblem(
                            message: "\(indicator.name)：\(label)“\(text)”不是有效的数值", field: field,
                            indicatorCode: indicator.code, code: "not_a_number"))
                    continue
                }
                switch field {
                case "monthly": input.monthly = value
                case "cumulative": input.cumulative = value
                case "priorCumulative": input.priorCumulative = value
                default: input.publishedGrowth = value
                }
            }
            inputs.append(input)
        }
        return (typed, inputs, parseProblems)
    }

    private func render(
        unit: OrgUnit, month: YearMonth, tree: OrgTree, context: TaizhangRequestContext,
        typed: [String: EntryTypedRow]? = nil, problems: [APIProblem] = [], summary: String? = nil,
        summaryClass: String = "", status: HTTPResponse.Status = .ok, loadedFingerprint: String? = nil
    ) async throws -> Response {
        let form = try await pages.services.entry.form(unit: unit, month: month)
        let layout = pages.layout(
            .entry, heading: "\(unit.name)月度填报", subheading: month.chineseName, context: context,
            picker: pages.picker(action: "/entry", tree: tree, selected: unit, month: month, context: context),
            selection: PageSelection(unitID: unit.id, month: month.description))
        var view = EntryPageView(
            layout: layout, form: form, typed: typed, problems: problems, summary: summary, summaryClass: summaryClass)
        let state = try await pages.services.workflow.state(unit: unit, month: month)
        let canSubmit = context.user.map {
            AccessPolicy.decide($0.grant, .submitMonth, targetUnitID: unit.id, tree: tree).isAllowed
        } ?? false
        view.workflow = WorkflowPanelView(state, canSubmit: canSubmit)
        // A re-shown form (after 检查) keeps the fingerprint it was first loaded with.
        if let loadedFingerprint {
            view.loaded = loadedFingerprint
        } else {
            view.loaded = try await pages.services.entry.fingerprint(unit: unit, month: month)
        }
        return try pages.render("entry", view, status: status)
    }
}
