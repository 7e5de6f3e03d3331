import Hummingbird
import TaizhangCore
import TaizhangStore

/// The project ledger's refusals and their HTTP status, used by `FailureMapping`: not found → 404, a taken code,
/// a locked month or a concurrent save → 409, invalid input → 422 with its problems listed.
enum ProjectFailures {
    static func apiError(_ error: ProjectServiceError) -> APIError {
        switch error {
        case .projectNotFound, .matterNotFound:
            APIError(.notFound, code: "not_found", message: error.userMessage)
        case .dispatchIncomplete:
            APIError(.conflict, code: "dispatch_incomplete", message: error.userMessage)
        case .invalidInput, .invalidProject, .projectNotInDispatch:
            APIError(.unprocessableContent, code: "invalid_input", message: error.userMessage, problems: error.problems)
        }
    }

    static func apiError(_ error: ProjectStoreError) -> APIError {
        switch error {
        case .projectNotFound, .projectCodeNotFound, .matterNotFound:
            APIError(.notFound, code: "not_found", message: error.userMessage)
        case .duplicateProjectCode:
            APIError(.conflict, code: "conflict", message: error.userMessage)
        case .dispatchLocked:
            APIError(.conflict, code: "period_locked", message: error.userMessage)
        default:
            APIError(.unprocessableContent, code: "invalid_input", message: error.userMessage)
        }
    }

    /// The Chinese message of any refusal, for a flash after a page form.
    static func message(_ error: any Error) -> String? {
        switch error {
        case let error as any UserFacingError: error.userMessage
        case let error as APIError: error.message
        default: nil
        }
    }
}
