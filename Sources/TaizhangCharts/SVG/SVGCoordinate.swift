/// Formats pixel coordinates compactly and deterministically (one decimal place, no trailing ".0").
/// Pixels are not figures, so Double is fine here; figures never pass through this type.
enum SVGCoordinate {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (value * 10).rounded()
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths) % 10)
        if fraction == 0 { return String(whole) }
        // Keep the sign for values in (-1, 0), which integer division would lose.
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return "\(sign)\(whole).\(fraction)"
    }
}
