import Foundation
import Hummingbird
import TaizhangCore
import TaizhangStore

/// GET/POST /login, POST /logout, GET/POST /password — signing in and out and changing one's password.
struct AccountPageController {
    let pages: PageContext

    func register(on router: PageRouter) {
        router.get("/login") { request, context in
            try loginPage(context: context, username: "", next: Self.safeNext(request.query("next")), error: nil)
        }
        router.post("/login") { request, context in try await login(request, context) }
        router.post("/logout") { request, context in try await logout(request, context) }
        router.get("/password") { _, context in try passwordPage(context: context, error: nil) }
        router.post("/password") { request, context in try await changePassword(request, context) }
    }

    func loginPage(
        context: TaizhangRequestContext, username: String, next: String, error: String?,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let view = LoginPageView(
            assetVersion: pages.assetVersion, flash: context.flash, error: error, username: username, next: next)
        return try pages.render("login", view, status: status)
    }

    func login(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        let form = try await FormFields.read(from: request, context: context)
        let username = form["username"] ?? ""
        let next = Self.safeNext(form["next"])
        let user: User
        do {
            user = try await pages.services.users.authenticate(username: username, password: form.raw("password"))
        } catch let error as LoginError {
            let status: HTTPResponse.Status = if case .locked = error { .tooManyRequests } else { .unauthorized }
            return try loginPage(context: context, username: username, next: next, error: error.userMessage, status: status)
        }
        // Signing in always starts a new session, so a session id planted before sign-in is worthless.
        if case .session(let old, _) = context.credential { try? await pages.services.sessions.remove(id: old) }
        let (id, _) = try await pages.services.sessions.create(userID: user.id)
        var response = Response.redirect(to: user.mustChangePassword ? "/password" : next, flash: nil)
        response.setCookie(SessionStore.cookie(id: id, maxAge: Int(SessionStore.lifetime.components.seconds), for: request))
        return response
    }

    func logout(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        if case .session(let id, _) = context.credential { try await pages.services.sessions.remove(id: id) }
        var response = Response.redirect(to: "/login", flash: FlashMessage(.success, "您已安全退出。"))
        response.setCookie(SessionStore.cookie(id: "", maxAge: 0, for: request))
        return response
    }

    func passwordPage(
        context: TaizhangRequestContext, error: String?, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let layout = pages.layout(nil, heading: "修改密码", context: context)
        let view = PasswordPageView(
            layout: layout, mustChange: context.user?.mustChangePassword ?? false, error: error)
        return try pages.render("password", view, status: status)
    }

    func changePassword(_ request: Request, _ context: TaizhangRequestContext) async throws -> Response {
        guard let user = context.user else { throw AuthenticationError.unauthenticated }
        let form = try await FormFields.read(from: request, context: context)
        let newPassword = form.raw("new")
        guard newPassword == form.raw("confirm") else {
            return try passwordPage(context: context, error: "两次输入的新密码不一致。", status: .unprocessableContent)
        }
        do {
            try await pages.services.users.changePassword(id: user.id, current: form.raw("current"), new: newPassword)
        } catch let error as AccessStoreError {
            return try passwordPage(context: context, error: error.userMessage, status: .unprocessableContent)
        } catch let error as PasswordPolicyError {
            return try passwordPage(context: context, error: error.userMessage, status: .unprocessableContent)
        }
        return .redirect(to: "/dashboard", flash: FlashMessage(.success, "密码已修改。"))
    }

    /// Only a local path may follow a sign-in (no `//host` or `https://…`): an open redirect would help phishing.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.hasPrefix("/\\"),
            !next.hasPrefix("/login")
        else { return "/dashboard" }
        return next
    }
}
