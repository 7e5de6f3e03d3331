import Hummingbird
import Logging

/// Answers every failure in Chinese: JSON `{"error": …}` under /api, an HTML error page elsewhere (including the
/// 404 for unknown paths). Unexpected errors are logged in English with their details.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = TaizhangRequestContext
    let renderer: TemplateRenderer
    let assetVersion: String
    let uploadLimitText: String

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let failure = FailureMapping.apiError(for: error, uploadLimitText: uploadLimitText)
            if failure.status.code >= 500 {
                context.logger.error(
                    "request failed",
                    metadata: ["path": "\(request.uri.path)", "error": "\(String(reflecting: error))"])
            }
            if request.uri.path.hasPrefix("/api/") || request.uri.path == "/api" {
                return try failure.response(from: request, context: context)
            }
            let view = ErrorPageView(
                layout: LayoutView(
                    section: nil, heading: Self.heading(for: failure.status), flash: nil, assetVersion: assetVersion),
                statusCode: failure.status.code, message: failure.message, problems: failure.problems)
            return try renderer.response("error", view, status: failure.status)
        }
    }

    static func heading(for status: HTTPResponse.Status) -> String {
        switch status.code {
        case 401: "请先登录"
        case 403: "无权操作"
        case 404: "页面不存在"
        case 413: "上传内容过大"
        case 400, 415, 422: "请求有误"
        case 409: "操作冲突"
        default: status.code >= 500 ? "系统出错了" : "无法完成请求"
        }
    }
}
