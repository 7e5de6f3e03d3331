import TaizhangCore

/// The indicator catalogue page: search by any name or alias, and the form to add a user's own indicator.
struct IndicatorsPageView {
    let layout: LayoutView
    let query: String
    let resultText: String
    let rows: [Row]
    let kinds: [OptionView]
    let growthBases: [OptionView]
    let form: NewIndicatorForm
    let hasRows: Bool

    struct Row {
        let code: String
        let name: String
        let aliases: String
        let unit: String
        let kindName: String
        let growthName: String
        let decimals: Int
        let isKey: Bool
        let isCustom: Bool
    }

    /// What was typed into the add form, kept when it is refused.
    struct NewIndicatorForm {
        var name = ""
        var aliases = ""
        var unit = ""
        var decimals = ""
        var isKey = false
    }

    init(
        layout: LayoutView, query: String, indicators: [Indicator], total: Int, form: NewIndicatorForm = .init(),
        kind: IndicatorKind = .amount, growth: GrowthBasis = .nominal
    ) {
        self.layout = layout
        self.query = query
        self.resultText = query.isEmpty ? "共\(total)项指标" : "“\(query)”找到\(indicators.count)项指标（共\(total)项）"
        self.rows = indicators.map { indicator in
            Row(
                code: indicator.code, name: indicator.name, aliases: indicator.aliases.joined(separator: "、"),
                unit: indicator.unit.symbol, kindName: indicator.kind.displayName,
                growthName: indicator.growth.displayName, decimals: indicator.decimals, isKey: indicator.isKey,
                isCustom: indicator.isCustom)
        }
        self.hasRows = !indicators.isEmpty
        self.kinds = IndicatorKind.allCases.map {
            OptionView(value: $0.rawValue, label: $0.displayName, isSelected: $0 == kind)
        }
        self.growthBases = GrowthBasis.allCases.map {
            OptionView(value: $0.rawValue, label: $0.displayName, isSelected: $0 == growth)
        }
        self.form = form
    }
}
