import TaizhangCore

/// Where a streaming parse delivers good observations, `size` at a time, while it goes on reading: an import can
/// store the first batches while the rest of a large file is still being parsed. Batches stop as soon as the file
/// shows a problem; what was not delivered stays in the parse result.
public struct ObservationBatches: Sendable {
    public let size: Int
    public let deliver: @Sendable ([Observation]) -> Void

    public init(size: Int, deliver: @escaping @Sendable ([Observation]) -> Void) {
        self.size = max(1, size)
        self.deliver = deliver
    }
}
