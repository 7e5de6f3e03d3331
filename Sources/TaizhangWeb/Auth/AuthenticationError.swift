import Hummingbird

/// The refusals of sign-in and CSRF checks, with the status and Chinese message people see.
enum AuthenticationError {
    static let unauthenticated = APIError(
        .unauthorized, code: "unauthenticated",
        message: "请先登录；接口调用请携带有效的会话或接口令牌（Authorization: Bearer …）。")
    static let invalidToken = APIError(
        .unauthorized, code: "invalid_token", message: "接口令牌无效、已撤销，或其用户已停用。")
    static let csrfFailed = APIError(
        .forbidden, code: "csrf_failed",
        message: "安全校验失败：页面可能已过期或请求并非来自本系统（缺少或错误的 CSRF 令牌），请刷新页面后重试。")
    static let passwordChangeRequired = APIError(
        .forbidden, code: "password_change_required", message: "请先修改初始密码后再使用系统。")
}
