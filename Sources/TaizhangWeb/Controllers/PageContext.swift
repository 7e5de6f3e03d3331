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
            selection: selection, assetVersion: assetVersion)
    }

    /// The unit and month picker; `kinds` limits the units offered (nil: all active units).
    func picker(
        action: String, tree: OrgTree, selected: OrgUnit?, month: YearMonth?, kinds: Set<OrgUnitKind>? = nil,
        unitLabel: String = "单位", hiddenFields: [HiddenField] = []
    ) -> PickerView {
        let options = tree.units.filter { unit in
            !unit.isArchived && (kinds?.contains(unit.kind) ?? true)
        }.map { unit in
            let depth = max(0, tree.ancestors(of: unit.id).count - (kinds == nil ? 0 : 1))
            return OptionView(
                value: String(unit.id), label: String(repeating: "　", count: depth) + unit.name,
                isSelected: unit.id == selected?.id)
        }
        return PickerView(
            action: action, unitLabel: unitLabel, unitOptions: options, month: month?.description, monthMin: nil,
            monthMax: services.months.referenceMonth.description, hiddenFields: hiddenFields)
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
