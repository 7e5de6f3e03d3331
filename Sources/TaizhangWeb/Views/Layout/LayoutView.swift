import Foundation

/// What every page's frame shows: title, navigation with the current section, the flash message, and the unit
/// and month pickers.
struct LayoutView {
    let title: String
    let heading: String
    let subheading: String?
    let nav: [NavLink]
    let flash: FlashMessage?
    let picker: PickerView?
    let assetVersion: String
    /// The signed-in user shown in the top bar with the sign-out button; nil on anonymous pages.
    let account: AccountView?
    /// The session's CSRF token, echoed by every POST form as the hidden field `_csrf`.
    let csrfToken: String?

    init(
        section: NavSection?, heading: String, subheading: String? = nil, flash: FlashMessage? = nil,
        picker: PickerView? = nil, selection: PageSelection? = nil, assetVersion: String,
        account: AccountView? = nil, csrfToken: String? = nil
    ) {
        self.account = account
        self.csrfToken = csrfToken
        self.title = heading
        self.heading = heading
        self.subheading = subheading
        self.flash = flash
        self.picker = picker
        self.assetVersion = assetVersion
        self.nav = NavSection.allCases.map { item in
            NavLink(
                label: item.label,
                href: item.keepsSelection ? (selection?.link(to: item.path) ?? item.path) : item.path,
                isActive: item == section)
        }
    }
}

/// One link of the left navigation.
struct NavLink {
    let label: String
    let href: String
    let isActive: Bool
}

/// The unit and month a page is about, kept in every link so that moving between sections keeps the choice.
struct PageSelection: Sendable {
    let unitID: Int64?
    let month: String?

    func link(to path: String) -> String {
        var items: [String] = []
        if let unitID { items.append("unit=\(unitID)") }
        if let month { items.append("month=\(month)") }
        return items.isEmpty ? path : path + "?" + items.joined(separator: "&")
    }
}

/// The GET form at the top right of a page that chooses the unit and the month.
struct PickerView {
    let action: String
    let unitLabel: String
    let unitOptions: [OptionView]
    let month: String?
    /// The months offered, newest first ("2026年10月"); a select rather than `<input type=month>`, which older
    /// browsers on government desktops do not have and which shows in the browser's language.
    let monthOptions: [OptionView]
    let hiddenFields: [HiddenField]
    // Stored, not computed: Mustache reads properties through Mirror, which sees stored ones only.
    let showsUnit: Bool
    let showsMonth: Bool

    init(
        action: String, unitLabel: String, unitOptions: [OptionView], month: String?, monthOptions: [OptionView],
        hiddenFields: [HiddenField]
    ) {
        self.action = action
        self.unitLabel = unitLabel
        self.unitOptions = unitOptions
        self.month = month
        self.monthOptions = monthOptions
        self.hiddenFields = hiddenFields
        self.showsUnit = !unitOptions.isEmpty
        self.showsMonth = month != nil
    }
}

/// One `<option>` of a select.
struct OptionView {
    let value: String
    let label: String
    let isSelected: Bool
}

/// A hidden input kept by a GET form (e.g. the indicator chosen on the comparison page).
struct HiddenField {
    let name: String
    let value: String
}

/// The signed-in user as the top bar shows her: name and role.
struct AccountView {
    let displayName: String
    let roleName: String
}
