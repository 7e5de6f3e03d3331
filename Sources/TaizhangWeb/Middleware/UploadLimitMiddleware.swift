import Hummingbird

/// Puts the configured upload limit into the context and refuses a declared oversized body before reading it.
struct UploadLimitMiddleware: RouterMiddleware {
    typealias Context = TaizhangRequestContext
    let limit: Int

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.uploadLimit = limit
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw HTTPError(.contentTooLarge)
        }
        return try await next(request, context)
    }
}
