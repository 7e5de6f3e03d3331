import Foundation
import Hummingbird
import TaizhangCore

/// The fields of a posted HTML form (`application/x-www-form-urlencoded`), in order, with repeated names kept.
struct FormFields: Sendable {
    private(set) var pairs: [(name: String, value: String)]

    init(pairs: [(name: String, value: String)]) { self.pairs = pairs }

    /// Parses an url-encoded body: `+` is a space, percent escapes are UTF-8.
    init(urlEncoded text: String) {
        pairs = text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                let spaced = part.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    /// Reads a form body up to the upload limit; multipart bodies are handled by `MultipartFormData`.
    static func read(from request: Request, context: TaizhangRequestContext) async throws -> FormFields {
        let buffer = try await request.body.collect(upTo: context.uploadLimit)
        return FormFields(urlEncoded: String(buffer: buffer))
    }

    /// The first value of a field, trimmed; nil when absent or blank.
    subscript(_ name: String) -> String? {
        guard
            let value = pairs.first(where: { $0.name == name })?.value.trimmingCharacters(in: .whitespacesAndNewlines),
            !value.isEmpty
        else { return nil }
        return value
    }

    /// The first value of a field exactly as typed (passwords keep their spaces); empty when absent.
    func raw(_ name: String) -> String { pairs.first(where: { $0.name == name })?.value ?? "" }

    /// Whether a checkbox with this name was ticked.
    func isChecked(_ name: String) -> Bool { pairs.contains { $0.name == name } }

    /// Parses a figure as typed in a form: thousands separators, spaces and full-width digits are accepted.
    /// Returns nil for a blank field and throws for text that is not a number.
    func decimal(_ name: String, label: String) throws -> Decimal? {
        guard let raw = self[name] else { return nil }
        guard let value = FormFields.parseFigure(raw) else { throw ServiceError.invalidField(field: label, value: raw) }
        return value
    }

    static func parseFigure(_ raw: String) -> Decimal? {
        let folded = raw.precomposedStringWithCompatibilityMapping
            .replacingOccurrences(of: ",", with: "").replacingOccurrences(of: " ", with: "")
        return Decimal(exactly: folded)
    }
}
