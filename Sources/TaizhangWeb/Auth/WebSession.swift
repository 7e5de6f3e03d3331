import Foundation

/// What a signed-in browser's session holds on the server: whose it is and the token its forms must echo.
struct WebSession: Codable, Sendable, Hashable {
    var userID: Int64
    /// Echoed by every state-changing form (`_csrf`) and cookie-authenticated API call (`X-CSRF-Token`).
    var csrfToken: String
    var createdAt: Date
}
