import Foundation
import HTTPTypes
import Hummingbird
import TaizhangCore
import TaizhangStore

/// Decides who is asking (API token or session cookie), sends the anonymous to /login (pages) or answers 401
/// (API), holds users with a one-time password at the password page, and checks the CSRF token of every
/// state-changing request made with a cookie.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = TaizhangRequestContext
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!
    static let csrfField = "_csrf"

    let sessions: SessionStore
    let users: UserRepository
    let tokens: ApiTokenRepository

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        let path = request.uri.path
        let isAPI = path.hasPrefix("/api/")
        if let authorization = request.headers[.authorization] {
            guard authorization.lowercased().hasPrefix("bearer "),
                let user = try await tokens.authenticate(
                    secret: String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces))
            else { throw AuthenticationError.invalidToken }
            context.user = user
            context.credential = .apiToken
        } else if let id = request.cookies[SessionStore.cookieName]?.value,
            let session = try await sessions.load(id: id),
            let user = try await users.find(id: session.userID), !user.isDisabled
        {
            context.user = user
            context.credential = .session(id: id, csrfToken: session.csrfToken)
        }
        if Self.isPublic(path, method: request.method) { return try await next(request, context) }

        guard let user = context.user else {
            if isAPI { throw AuthenticationError.unauthenticated }
            return .redirect(to: Self.loginLocation(next: request.method == .get ? request.uri.description : nil))
        }
        var request = request
        if case .session(_, let expected) = context.credential, !Self.isSafe(request.method) {
            request = try await Self.checkCSRF(request, expected: expected, context: context)
        }
        if user.mustChangePassword, context.credential != .apiToken, !Self.isAllowedBeforePasswordChange(path) {
            if isAPI { throw AuthenticationError.passwordChangeRequired }
            return .redirect(to: "/password")
        }
        return try await next(request, context)
    }

    /// Paths anyone may open: sign-in, health check, static files and the API description.
    static func isPublic(_ path: String, method: HTTPRequest.Method) -> Bool {
        path == "/login" || path == "/health" || path.hasPrefix("/static/") || path == "/api/openapi.json"
            || (path == "/api/v1/session" && method == .post)
    }

    static func isAllowedBeforePasswordChange(_ path: String) -> Bool {
        path == "/password" || path == "/logout" || path == "/api/v1/session"
    }

    static func isSafe(_ method: HTTPRequest.Method) -> Bool {
        method == .get || method == .head || method == .options
    }

    /// `/login?next=…` for a page that needs a sign-in first.
    static func loginLocation(next: String?) -> String {
        guard let next, next != "/", let encoded = next.addingPercentEncoding(withAllowedCharacters: .alphanumerics)
        else { return "/login" }
        return "/login?next=" + encoded
    }

    /// Accepts the token from the `X-CSRF-Token` header, or from the `_csrf` field of a posted form (url-encoded
    /// or multipart); returns the request with its body still readable by the handler.
    static func checkCSRF(_ request: Request, expected: String, context: Context) async throws -> Request {
        if let header = request.headers[csrfHeader] {
            guard SessionStore.constantTimeEquals(header, expected) else { throw AuthenticationError.csrfFailed }
            return request
        }
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        let isURLEncoded = contentType.hasPrefix("application/x-www-form-urlencoded")
        let boundary = MultipartFormData.boundary(fromContentType: request.headers[.contentType] ?? "")
        guard isURLEncoded || boundary != nil else { throw AuthenticationError.csrfFailed }
        var request = request
        let buffer = try await request.collectBody(upTo: context.uploadLimit)
        let presented: String?
        if let boundary {
            let form = try? MultipartFormData(data: Data(buffer: buffer), boundary: boundary)
            presented = form?.parts.first { $0.name == csrfField }.map { String(decoding: $0.data, as: UTF8.self) }
        } else {
            presented = FormFields(urlEncoded: String(buffer: buffer))[csrfField]
        }
        guard let presented, SessionStore.constantTimeEquals(presented.trimmingCharacters(in: .whitespaces), expected)
        else { throw AuthenticationError.csrfFailed }
        return request
    }
}
