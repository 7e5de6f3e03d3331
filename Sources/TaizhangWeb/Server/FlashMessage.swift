import Foundation

/// A one-time notice shown after a form post redirects (POST-redirect-GET), kept in a short-lived cookie so that
/// it survives the redirect on any instance.
public struct FlashMessage: Sendable, Hashable {
    /// The notice's tone, also its CSS class.
    public enum Kind: String, Sendable {
        case success
        case warning
        case error
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    static let cookieName = "tz_flash"

    /// Cookie-safe encoding: everything but ASCII letters and digits is percent-encoded.
    var cookieValue: String {
        let raw = "\(kind.rawValue):\(text)"
        return raw.addingPercentEncoding(withAllowedCharacters: .init(charactersIn: Self.safeCharacters)) ?? ""
    }

    init?(cookieValue: String) {
        guard let raw = cookieValue.removingPercentEncoding, let colon = raw.firstIndex(of: ":"),
            let kind = Kind(rawValue: String(raw[..<colon]))
        else { return nil }
        self.kind = kind
        self.text = String(raw[raw.index(after: colon)...].prefix(500))
    }

    private static let safeCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
}
