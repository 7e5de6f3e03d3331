/// The longest texts the store accepts, so that a pasted document or a hostile request cannot fill the database
/// or break every page that shows the field. Counted in characters, as a person sees them.
public enum TextLimits {
    public static let code = 40
    public static let name = 100
    public static let unit = 20
    public static let note = 2_000

    /// Throws `StoreError.textTooLong` naming the field (in Chinese) when `text` is longer than `limit`.
    static func check(_ text: String?, field: String, limit: Int) throws {
        guard let text, text.count > limit else { return }
        throw StoreError.textTooLong(field: field, limit: limit, length: text.count)
    }
}
