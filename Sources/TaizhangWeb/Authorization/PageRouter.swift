import Hummingbird

/// Registers page routes so that each passes through `Authorizer` with its rule from `AccessRules.table`.
struct PageRouter {
    let router: Router<TaizhangRequestContext>
    let authorizer: Authorizer

    func get<Output: ResponseGenerator>(
        _ path: String, _ handler: @escaping @Sendable (Request, TaizhangRequestContext) async throws -> Output
    ) {
        on(.get, path, handler)
    }

    func post<Output: ResponseGenerator>(
        _ path: String, _ handler: @escaping @Sendable (Request, TaizhangRequestContext) async throws -> Output
    ) {
        on(.post, path, handler)
    }

    /// `path` uses Hummingbird's `:name` parameters; the rule table writes them `{name}`.
    func on<Output: ResponseGenerator>(
        _ method: HTTPMethodName, _ path: String,
        _ handler: @escaping @Sendable (Request, TaizhangRequestContext) async throws -> Output
    ) {
        let key = RouteKey(method, Self.openAPIPath(path))
        let authorizer = self.authorizer
        router.on(RouterPath(path), method: HTTPRequest.Method(rawValue: method.rawValue)!) { request, context in
            var context = context
            if let refusal = try await authorizer.check(key, request, &context) { return refusal }
            return try await handler(request, context).response(from: request, context: context)
        }
    }

    static func openAPIPath(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
        }.joined(separator: "/")
    }
}
