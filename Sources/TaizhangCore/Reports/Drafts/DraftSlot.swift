/// One place in a draft where a figure, a date or a masked name stands (the slot contract of
/// `spec/draft-reading.md`); offsets count Unicode scalars, `end` exclusive.
public struct DraftSlot: Sendable, Equatable, Codable {
    public var start: Int
    public var end: Int
    public var text: String
    public var masked: Bool
    public var type: DraftSlotType
    public var unit: String?
    public var measure: SlotMeasure?
    /// The catalogue indicator's canonical name (not its code).
    public var indicator: String?
    public var period: String?

    public init(
        start: Int, end: Int, text: String, masked: Bool, type: DraftSlotType, unit: String? = nil,
        measure: SlotMeasure? = nil, indicator: String? = nil, period: String? = nil
    ) {
        self.start = start
        self.end = end
        self.text = text
        self.masked = masked
        self.type = type
        self.unit = unit
        self.measure = measure
        self.indicator = indicator
        self.period = period
    }
}

/// What a slot holds: a date part, a masked name, a label-like number, or a quantity.
public enum DraftSlotType: String, Sendable, Codable, CaseIterable {
    case date
    case name
    case text
    case number
}

/// What a quantity slot measures of its indicator (level, growth rate, difference, rank …).
public enum SlotMeasure: String, Sendable, Codable, CaseIterable {
    case value
    case growth
    case delta
    case rank
    case completion
    case share
    case change
    case other
}
