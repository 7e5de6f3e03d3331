import Foundation
import Hummingbird
import TaizhangCore
import TaizhangStore

/// What every report page shares: the library service, the frame, and choosing the unit and the period.
extension PageContext {
    var reportLibrary: ReportLibrary { ReportLibrary(database: services.orgUnits.database) }

    func reportLayout(
        heading: String, subheading: String? = nil, context: TaizhangRequestContext, unit: OrgUnit? = nil,
        month: YearMonth? = nil
    ) -> LayoutView {
        layout(
            .reports, heading: heading, subheading: subheading, context: context,
            selection: PageSelection(unitID: unit?.id, month: month?.description))
    }

    /// The unit a report page is about: the one named, else a scoped user's own unit, else the first zone.
    func reportUnit(_ text: String?, tree: OrgTree, context: TaizhangRequestContext) throws -> OrgUnit {
        if text == nil || text?.isEmpty == true, let scope = context.user?.scopeOrgUnitID,
            let unit = tree.unit(id: scope)
        {
            return unit
        }
        return try services.orgUnits.selectedUnit(text, in: tree)
    }

    /// The period a report page is about: `period` as a storage key or as written ("2026年1—10月"), else the
    /// months up to `month` (the reporting month when absent).
    func reportPeriod(_ text: String?, month: String?, unit: OrgUnit?) async throws -> Period {
        if let text, !text.isEmpty {
            if let period = Period(storageKey: text) { return period }
            guard let period = try? Period.parse(text) else {
                throw APIError.badRequest("报告期“\(text)”无法识别，请按“2026-10”或“2026年1—10月”填写。")
            }
            return period
        }
        return .cumulative(through: try await services.months.resolve(month, for: unit?.id))
    }

    /// The units a report may be about, indented as in the tree, limited to the user's scope.
    func reportUnitOptions(tree: OrgTree, selected: OrgUnit?, context: TaizhangRequestContext) -> [OptionView] {
        picker(action: "", tree: tree, selected: selected, month: nil, context: context).unitOptions
    }

    /// Two years of 1—N月 periods up to the reporting month, newest first, then the last three whole years.
    func reportPeriodOptions(selected: Period) -> [OptionView] {
        let reference = services.months.referenceMonth
        var periods: [Period] = reference.trailing(24).reversed().map { Period.cumulative(through: $0) }
        periods += (1...3).map { Period.year(reference.year - $0) }
        if !periods.contains(selected) { periods.insert(selected, at: 0) }
        return periods.map { period in
            OptionView(value: period.storageKey, label: period.chineseName, isSelected: period == selected)
        }
    }

    /// Who the report tables name as author.
    func reportAuthor(_ context: TaizhangRequestContext) -> String {
        context.user?.username ?? "system"
    }
}

extension FormFields {
    /// A textarea's text with the browser's CRLF line ends turned into LF, so stored texts compare alike.
    func text(_ name: String) -> String {
        raw(name).replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
