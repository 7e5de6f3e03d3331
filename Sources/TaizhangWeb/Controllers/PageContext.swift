import Foundation
import Hummingbird
import TaizhangCore

/// What every page controller needs: the renderer, the services and the static asset version, with helpers
/// for the frame every page shares.
struct PageContext: Sendable {
    let renderer: TemplateRenderer
    let assetVersion: String
    let services: WebServices

    func layout(
        _ section: NavSection?, heading: String, subheading: String? = nil, context: TaizhangRequestContext,
        picker: PickerView? = nil, selection: PageSelection? = nil, flash: FlashMessage? = nil
    ) -> LayoutView {
        LayoutView(
            section: section, heading: heading, subheading: subheading, flash: flash ?? context.flash, picker: picker,
            selection: selection, assetVersion: assetVersion,
            account: context.user.map { AccountView(displayName: $0.displayName, roleName: $0.role.displayName) },
            csrfToken: context.csrfToken)
    }

    /// The unit and month picker; `kinds` limits the units offered (nil: all active units).
    func picker(
        action: String, tree: OrgTree, selected: OrgUnit?, month: YearMonth?, kinds: Set<OrgUnitKind>? = nil,
        unitLabel: String = "单位", hiddenFields: [HiddenField] = [], context: TaizhangRequestContext? = nil
    ) -> PickerView {
        // A scoped user is offered only the units she may read.
        let readable = context?.access?.readableUnitIDs
        let options = tree.units.filter { unit in
            !unit.isArchived && (kinds?.contains(unit.kind) ?? true) && (readable?.contains(unit.id) ?? true)
        }.map { unit in
            let depth = max(0, tree.ancestors(of: unit.id).count - (kinds == nil ? 0 : 1))
            return OptionView(
                value: String(unit.id), label: String(repeating: "　", count: depth) + unit.name,
                isSelected: unit.id == selected?.id)
        }
        return PickerView(
            action: action, unitLabel: unitLabel, unitOptions: options, month: month?.description,
            monthOptions: month.map(monthOptions(selected:)) ?? [], hiddenFields: hiddenFields)
    }

    /// Five years of months up to the reporting month, newest first, with the selected one included.
    func monthOptions(selected: YearMonth) -> [OptionView] {
        var months = services.months.referenceMonth.trailing(60).reversed().map { $0 }
        if !months.contains(selected) {
            months.append(selected)
            months.sort(by: >)
        }
        return months.map { OptionView(value: $0.description, label: $0.chineseName, isSelected: $0 == selected) }
    }

    /// The picker and selection of a page that is not about one unit and month (catalogue, tree): it still
    /// shows them, so that the choice carries on to the other sections.
    func carriedSelection(_ request: Request, action: String) async throws -> (PickerView, PageSelection)? {
        let tree = try await services.orgUnits.tree()
        guard let unit = try? services.orgUnits.selectedUnit(request.query("unit"), in: tree) else { return nil }
        let month = try await services.months.resolve(request.query("month"), for: unit.id)
        return (
            picker(action: action, tree: tree, selected: unit, month: month),
            PageSelection(unitID: unit.id, month: month.description)
        )
    }

    func render(_ template: String, _ view: Any, status: HTTPResponse.Status = .ok) throws -> Response {
        try renderer.response(template, view, status: status)
    }
}

extension Request {
    /// A query parameter, nil when absent or blank.
    func query(_ name: String) -> String? {
        guard let value = uri.queryParameters[Substring(name)].map(String.init), !value.isEmpty else { return nil }
        return value
    }
}
