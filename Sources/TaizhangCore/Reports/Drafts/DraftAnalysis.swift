/// The working state of one reading: the text, its runs and what has been decided about each run so far.
/// Each step (structures, type, unit, chains, measure, indicator, period) fills in its own arrays.
struct DraftAnalysis {
    let text: DraftText
    let runs: [DraftRun]
    let names: [DraftNameMatch]
    let cues: DraftCueFinder
    let catalogue: IndicatorCatalogue

    var types: [DraftSlotType?]
    var units: [DraftUnitReader.Found?]
    var measures: [SlotMeasure?]
    var indicators: [Indicator?]
    var periods: [String?]
    /// Set by the structure pass: parts of a ratio such as `三次产业 XX：XX：XX` (index within the ratio, count).
    var ratioPart: [(index: Int, count: Int)?]
    /// Index of the first run of the enumeration or range this run belongs to (itself when alone).
    var chainHead: [Int]
    /// Position of this run within its chain.
    var chainIndex: [Int]
    /// Length of the chain this run belongs to.
    var chainLength: [Int]

    init(_ source: String, catalogue: IndicatorCatalogue) {
        let text = DraftText(source)
        self.text = text
        self.catalogue = catalogue
        runs = DraftRunScanner.scan(text)
        let (names, covered) = DraftNameMatcher(catalogue: catalogue).matches(in: text)
        self.names = names
        cues = DraftCueFinder(text: text, covered: covered)
        let n = runs.count
        types = Array(repeating: nil, count: n)
        units = runs.map { DraftUnitReader.read(text, after: $0.end) }
        measures = Array(repeating: nil, count: n)
        indicators = Array(repeating: nil, count: n)
        periods = Array(repeating: nil, count: n)
        ratioPart = Array(repeating: nil, count: n)
        chainHead = Array(0..<n)
        chainIndex = Array(repeating: 0, count: n)
        chainLength = Array(repeating: 1, count: n)
    }

    /// The number of characters of run `i` without its sign.
    func length(_ i: Int) -> Int { runs[i].end - runs[i].bodyStart }

    /// Whether run `i + 1` follows run `i` after exactly `gap` characters.
    func next(_ i: Int, startsAfter gap: Int) -> Bool {
        i + 1 < runs.count && runs[i + 1].start == runs[i].end + gap
    }

    func slots() -> [DraftSlot] {
        runs.indices.map { i in
            let r = runs[i]
            let type = types[i] ?? .number
            let isNumber = type == .number
            return DraftSlot(
                start: r.start, end: r.end, text: text.string(r.start..<r.end), masked: r.masked, type: type,
                unit: isNumber ? units[i]?.text : nil, measure: isNumber ? (measures[i] ?? .value) : nil,
                indicator: isNumber ? indicators[i]?.name : nil, period: isNumber ? periods[i] : nil)
        }
    }
}
