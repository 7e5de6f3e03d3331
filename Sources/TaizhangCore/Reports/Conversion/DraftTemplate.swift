/// A draft turned into a template: the template text, and for each slot of the draft what it became, so that the
/// review page can list the uncertain ones first and the writer can confirm or correct them.
public struct DraftTemplate: Sendable, Equatable {
    public var template: String
    public var conversions: [SlotConversion]

    public init(template: String, conversions: [SlotConversion]) {
        self.template = template
        self.conversions = conversions
    }

    /// The conversions the writer should look at first: fields to fill and guesses, then the sure ones.
    public var forReview: [SlotConversion] {
        conversions.filter { !$0.isCertain } + conversions.filter(\.isCertain)
    }

    /// The names of the fields the writer fills (【填写 …】), in text order.
    public var fieldNames: [String] {
        conversions.compactMap { if case .field(let name) = $0.outcome { name } else { nil } }
    }
}

/// What one slot of a draft became in its template.
public struct SlotConversion: Sendable, Equatable {
    /// What the slot became.
    public enum Outcome: Sendable, Equatable {
        /// An expression bound to the ledgers: "【地区生产总值 增速 | 增减】".
        case expression(String)
        /// A field the writer fills for each report (a masked name, a figure no ledger holds): its name.
        case field(String)
        /// Kept as written (a document number, a page number, a date that is not the report's).
        case kept
    }

    public var slot: DraftSlot
    /// The draft's characters the conversion replaced (the slot, and around it a verb or unit it absorbed).
    public var replaced: String
    public var outcome: Outcome
    /// False when the writer should confirm it: fields, guessed periods, measures other than value/growth/rank.
    public var isCertain: Bool
    /// Why, in Chinese, for the review page.
    public var note: String

    public init(slot: DraftSlot, replaced: String, outcome: Outcome, isCertain: Bool, note: String) {
        self.slot = slot
        self.replaced = replaced
        self.outcome = outcome
        self.isCertain = isCertain
        self.note = note
    }
}
