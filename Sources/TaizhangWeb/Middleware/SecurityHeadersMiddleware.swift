import HTTPTypes
import Hummingbird

/// Headers that keep pages on the intranet self-contained: nothing may load from another origin, pages cannot be
/// framed, and content types are not sniffed.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = TaizhangRequestContext

    /// Inline SVG charts carry their own `<style>`, hence 'unsafe-inline' for styles only; scripts stay 'self'.
    static let contentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'"

    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!

    let serverName: String

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.frameOptions] = "DENY"
        response.headers[Self.referrerPolicy] = "same-origin"
        response.headers[.server] = serverName
        return response
    }
}
