/// A position in a chart's pixel space (Double: pixels are not figures).
public struct ChartPoint: Hashable, Sendable {
    public let x: Double
    public let y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
