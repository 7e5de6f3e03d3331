/// Reads a draft's plain text and finds every slot, classified as the slot contract (`draft-reading.md`) says.
public enum DraftReader {
    /// Every slot of `text` (offsets in Unicode scalars; the caller has removed any BOM).
    public static func read(_ text: String, catalogue: IndicatorCatalogue = .standard) -> [DraftSlot] {
        var analysis = DraftAnalysis(text, catalogue: catalogue)
        DraftStructures.mark(&analysis)
        DraftSlotTyper.classify(&analysis)
        DraftChains.link(&analysis)
        DraftMeasureClassifier.classify(&analysis)
        let inTables = DraftTables.classify(&analysis)
        DraftIndicatorBinder.bind(&analysis, skipping: inTables)
        DraftPeriodTracker.track(&analysis)
        return analysis.slots()
    }
}
