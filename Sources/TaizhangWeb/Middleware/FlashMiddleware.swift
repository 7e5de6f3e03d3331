import Hummingbird

/// Reads the flash cookie into the context and clears it once a page has shown it.
struct FlashMiddleware: RouterMiddleware {
    typealias Context = TaizhangRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let cookie = request.cookies[FlashMessage.cookieName] else {
            return try await next(request, context)
        }
        var context = context
        context.flash = FlashMessage(cookieValue: cookie.value)
        var response = try await next(request, context)
        // A redirect may set a new flash; only a page that was rendered consumes the old one.
        if response.status == .ok, response.headers[.contentType]?.hasPrefix("text/html") == true {
            response.setCookie(Cookie(name: FlashMessage.cookieName, value: "", maxAge: 0, path: "/"))
        }
        return response
    }
}

extension Response {
    /// A 303 redirect after a form post, carrying a flash message for the next page.
    static func redirect(to location: String, flash: FlashMessage?) -> Response {
        var response = Response.redirect(to: location, type: .found)
        response.status = .seeOther
        if let flash {
            response.setCookie(
                Cookie(name: FlashMessage.cookieName, value: flash.cookieValue, maxAge: 60, path: "/", sameSite: .lax))
        }
        return response
    }
}
