import Hummingbird
import TaizhangCore
import TaizhangStore

/// Turns any error thrown while handling a request into the status, code and Chinese message people see, the
/// same for pages and for the JSON API.
enum FailureMapping {
    static func apiError(for error: any Error, uploadLimitText: String) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as StoreError:
            return storeError(error)
        case let error as ServiceError:
            return serviceError(error)
        case let error as ProjectStoreError:
            return ProjectFailures.apiError(error)
        case let error as ProjectServiceError:
            return ProjectFailures.apiError(error)
        case let error as IndicatorCatalogueError:
            switch error {
            case .duplicateCode, .nameCollision:
                return APIError(.conflict, code: "conflict", message: error.userMessage)
            case .unknownIndicator:
                return APIError(.notFound, code: "not_found", message: error.userMessage)
            default:
                return APIError(.unprocessableContent, code: "invalid_input", message: error.userMessage)
            }
        case let error as AccessDenied:
            return APIError(.forbidden, code: "forbidden", message: error.userMessage)
        case let error as LoginError:
            if case .locked = error {
                return APIError(.tooManyRequests, code: "account_locked", message: error.userMessage)
            }
            return APIError(.unauthorized, code: "login_failed", message: error.userMessage)
        case let error as AccessStoreError:
            return accessStoreError(error)
        case let error as ConcurrentEdit:
            return APIError(.conflict, code: "concurrent_edit", message: error.userMessage)
        case let error as WorkflowError:
            return APIError(.conflict, code: "workflow_refused", message: error.userMessage)
        case let error as any UserFacingError:
            return APIError(.unprocessableContent, code: "invalid_input", message: error.userMessage)
        case let error as any HTTPResponseError:
            return httpError(status: error.status, uploadLimitText: uploadLimitText)
        default:
            return APIError(.internalServerError, code: "internal_error", message: "服务器内部错误，请稍后重试或联系管理员。")
        }
    }

    static func storeError(_ error: StoreError) -> APIError {
        switch error {
        case .orgUnitNotFound, .orgUnitCodeNotFound, .indicatorNotFound:
            return APIError(.notFound, code: "not_found", message: error.userMessage)
        case .duplicateOrgUnitCode, .duplicateIndicatorCode, .duplicateIndicatorName:
            return APIError(.conflict, code: "conflict", message: error.userMessage)
        case .invalidParentKind, .cyclicMove, .archivedParent:
            return APIError(.conflict, code: "invalid_tree_change", message: error.userMessage)
        case .emptyField, .textTooLong, .unencodableValue:
            return APIError(.unprocessableContent, code: "invalid_input", message: error.userMessage)
        default:
            return APIError(.internalServerError, code: "store_error", message: error.userMessage)
        }
    }

    static func accessStoreError(_ error: AccessStoreError) -> APIError {
        switch error {
        case .userNotFound, .userIDNotFound, .tokenNotFound:
            return APIError(.notFound, code: "not_found", message: error.userMessage)
        case .duplicateUsername, .workflowConflict, .lastAdministrator:
            return APIError(.conflict, code: "conflict", message: error.userMessage)
        case .periodLocked:
            return APIError(.conflict, code: "period_locked", message: error.userMessage)
        default:
            return APIError(.unprocessableContent, code: "invalid_input", message: error.userMessage)
        }
    }

    static func serviceError(_ error: ServiceError) -> APIError {
        switch error {
        case .orgUnitNotFound, .indicatorNotFound, .noUnits:
            return APIError(.notFound, code: "not_found", message: error.userMessage)
        case .invalidMonth, .emptyUpload:
            return APIError(.badRequest, code: "bad_request", message: error.userMessage)
        case .unsupportedFile:
            return APIError(.unsupportedMediaType, code: "unsupported_media_type", message: error.userMessage)
        case .invalidField:
            return APIError(.unprocessableContent, code: "invalid_input", message: error.userMessage)
        }
    }

    static func httpError(status: HTTPResponse.Status, uploadLimitText: String) -> APIError {
        switch status {
        case .notFound:
            return APIError(.notFound, code: "not_found", message: "找不到您要访问的页面或数据。")
        case .contentTooLarge:
            return APIError(
                .contentTooLarge, code: "payload_too_large", message: "上传的内容超过大小上限（\(uploadLimitText)），请拆分后再上传。")
        case .methodNotAllowed:
            return APIError(.methodNotAllowed, code: "method_not_allowed", message: "不支持该请求方式。")
        case .unsupportedMediaType:
            return APIError(.unsupportedMediaType, code: "unsupported_media_type", message: "不支持的内容类型。")
        case .badRequest:
            return APIError(.badRequest, code: "bad_request", message: "请求格式不正确。")
        default:
            if status.code < 500 {
                return APIError(status, code: "http_\(status.code)", message: "请求无法处理（\(status.code)）。")
            }
            return APIError(status, code: "internal_error", message: "服务器内部错误，请稍后重试或联系管理员。")
        }
    }
}
