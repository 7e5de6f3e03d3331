import Hummingbird

/// Registers JSON API routes under a prefix and remembers each (method, path), so that a test can check the
/// OpenAPI document against what is really served.
final class APIRouter {
    let router: Router<TaizhangRequestContext>
    let prefix: String
    let authorizer: Authorizer
    private(set) var routes: [APIRouteKey] = []

    init(router: Router<TaizhangRequestContext>, prefix: String, authorizer: Authorizer) {
        self.router = router
        self.prefix = prefix
        self.authorizer = authorizer
    }

    /// Adds a route; `path` is relative to the prefix and uses `{name}` for parameters as OpenAPI does.
    func on(
        _ method: HTTPRequest.Method, _ path: String,
        _ handler: @escaping @Sendable (Request, TaizhangRequestContext) async throws -> Response
    ) {
        routes.append(APIRouteKey(method: method.rawValue.lowercased(), path: prefix + path))
        let hummingbirdPath = (prefix + path).replacingOccurrences(of: "{", with: ":").replacingOccurrences(
            of: "}", with: "")
        let key = RouteKey(HTTPMethodName(rawValue: method.rawValue) ?? .get, prefix + path)
        let authorizer = self.authorizer
        router.on(RouterPath(hummingbirdPath), method: method) { request, context in
            var context = context
            if let refusal = try await authorizer.check(key, request, &context) { return refusal }
            return try await handler(request, context)
        }
    }
}

/// One registered API operation: lower-case method and OpenAPI-style path.
struct APIRouteKey: Hashable, Sendable, Comparable {
    let method: String
    let path: String

    static func < (a: APIRouteKey, b: APIRouteKey) -> Bool { (a.path, a.method) < (b.path, b.method) }
}
