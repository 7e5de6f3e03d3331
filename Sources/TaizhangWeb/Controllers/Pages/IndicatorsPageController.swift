import Foundation
import Hummingbird
import TaizhangCore

/// GET /indicators?q= lists and searches the catalogue; POST /indicators adds a user's own indicator.
struct IndicatorsPageController {
    let pages: PageContext

    func register(on router: PageRouter) {
        router.get("/indicators") { request, context in try await show(request, context) }
        router.post("/indicators") { request, context in try await add(request, context) }
    }

    func show(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let query = request.query("q") ?? ""
        return try await render(
            query: query, context: context, carried: try await pages.carriedSelection(request, action: "/indicators"))
    }

    func add(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let fields = try await FormFields.read(from: request, context: context)
        let typed = IndicatorsPageView.NewIndicatorForm(
            name: fields["name"] ?? "", aliases: fields["aliases"] ?? "", unit: fields["unit"] ?? "",
            decimals: fields["decimals"] ?? "", isKey: fields.isChecked("isKey"))
        let kind = fields["kind"].flatMap(IndicatorKind.init(rawValue:)) ?? .amount
        let growth = fields["growth"].flatMap(GrowthBasis.init(rawValue:)) ?? .nominal
        do {
            guard !typed.name.isEmpty else { throw ServiceError.invalidField(field: "指标名称", value: "") }
            guard !typed.unit.isEmpty else { throw ServiceError.invalidField(field: "单位", value: "") }
            let decimals: Int?
            if typed.decimals.isEmpty {
                decimals = nil
            } else if let value = Int(typed.decimals), (0...4).contains(value) {
                decimals = value
            } else {
                throw ServiceError.invalidField(field: "小数位", value: typed.decimals)
            }
            let created = try await pages.services.indicators.add(
                .init(
                    code: nil, name: typed.name, aliases: AliasList.split(typed.aliases), unit: typed.unit, kind: kind,
                    growth: growth, decimals: decimals, isKey: typed.isKey), actor: context.actor)
            return .redirect(
                to: "/indicators?q=\(created.code)",
                flash: FlashMessage(.success, "已新增指标“\(created.name)”（编码 \(created.code)）。"))
        } catch let error as any UserFacingError {
            return try await render(
                query: "", context: context, form: typed, kind: kind, growth: growth,
                flash: FlashMessage(.error, "未能新增指标：" + error.userMessage), status: .unprocessableContent)
        }
    }

    private func render(
        query: String, context: TaizhangRequestContext, form: IndicatorsPageView.NewIndicatorForm = .init(),
        kind: IndicatorKind = .amount, growth: GrowthBasis = .nominal, flash: FlashMessage? = nil,
        status: HTTPResponse.Status = .ok, carried: (PickerView, PageSelection)? = nil
    ) async throws -> Response {
        let service = pages.services.indicators
        let catalogue = try await service.catalogue()
        let found = service.search(query, in: catalogue)
        let layout = pages.layout(
            .indicators, heading: "指标目录", subheading: "标准指标与自定义指标，可按任一别名查找", context: context,
            picker: carried?.0, selection: carried?.1, flash: flash)
        let view = IndicatorsPageView(
            layout: layout, query: query, indicators: found, total: catalogue.indicators.count, form: form, kind: kind,
            growth: growth)
        return try pages.render("indicators", view, status: status)
    }
}

/// Splits the alias field: people separate aliases with 、 ， , ; or new lines.
enum AliasList {
    static func split(_ text: String) -> [String] {
        text.components(separatedBy: CharacterSet(charactersIn: "、，,;；|\n"))
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
