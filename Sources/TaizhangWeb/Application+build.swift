import Foundation
import Hummingbird
import Logging
import TaizhangStore

/// Builds the Taizhang web application (pages, JSON API, static files) over an opened store. The caller runs it
/// with `try await app.runService()`.
public func buildApplication(
    database: TaizhangDatabase, configuration: WebConfiguration, logger: Logger
) async throws -> some ApplicationProtocol {
    let router = try await buildRouter(database: database, configuration: configuration, logger: logger)
    return Application(
        router: router,
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port), serverName: configuration.serverName),
        logger: logger)
}

/// The router with every middleware and controller; separate from `buildApplication` so tests can drive it.
func buildRouter(
    database: TaizhangDatabase, configuration: WebConfiguration, logger: Logger
) async throws -> Router<TaizhangRequestContext> {
    let renderer = try await TemplateRenderer.load()
    let assetVersion = WebResources.assetVersion()
    let router = Router(context: TaizhangRequestContext.self)
    router.add(middleware: LogRequestsMiddleware(.debug))
    router.add(middleware: SecurityHeadersMiddleware(serverName: configuration.serverName))
    router.add(
        middleware: ErrorPageMiddleware(
            renderer: renderer, assetVersion: assetVersion, uploadLimitText: configuration.uploadLimitText))
    router.add(middleware: UploadLimitMiddleware(limit: configuration.uploadLimit))
    router.add(middleware: FlashMiddleware())
    let services = WebServices(database: database, configuration: configuration)
    router.add(
        middleware: FileMiddleware(
            WebResources.staticDirectory.path, urlBasePath: "/static",
            cacheControl: CacheControl([
                (.textCss, [.public, .maxAge(86_400)]),
                (.textJavascript, [.public, .maxAge(86_400)]),
                (.imageSvg, [.public, .maxAge(86_400)]),
            ]),
            searchForIndexHtml: false, logger: logger))
    router.add(
        middleware: AuthenticationMiddleware(
            sessions: services.sessions, users: services.users, tokens: services.tokens))

    let pages = PageContext(renderer: renderer, assetVersion: assetVersion, services: services)
    let authorizer = Authorizer(orgUnits: services.orgUnits)
    let pageRouter = PageRouter(router: router, authorizer: authorizer)
    pageRouter.get("/") { _, _ in Response.redirect(to: "/dashboard") }
    pageRouter.get("/health") { _, _ in "ok" }
    PageControllers.register(on: pageRouter, pages: pages)
    let api = APIRouter(router: router, prefix: "/api/v1", authorizer: authorizer)
    APIControllers.register(on: api, services: services)
    pageRouter.get("/api/openapi.json") { _, _ in try OpenAPIDocument.response() }
    return router
}
