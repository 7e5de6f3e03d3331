/// Estimates the width of a label at the charts' 13 px font, to leave room for it; CJK characters take a full
/// em, Latin letters and digits about 0.6 em.
enum TextWidth {
    static let fontSize = 13.0

    static func estimate(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { width, scalar in
            width + (scalar.value >= 0x2E80 ? fontSize : fontSize * 0.6)
        }
    }
}
