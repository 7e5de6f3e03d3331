import Foundation
import Hummingbird
import TaizhangCore
import TaizhangStore

/// Performs one workflow step (报送, 审核, 退回, 重新打开) for a page form or an API call: finds the unit, checks
/// it against the route's action, applies the step at the version the caller saw.
struct WorkflowStepHandler {
    let services: WebServices

    /// The action each step needs, for the route table.
    static func action(of kind: WorkflowEventKind) -> Action {
        switch kind {
        case .submit: .submitMonth
        case .approve: .approveMonth
        case .returnForRevision: .returnMonth
        case .reopen: .reopenMonth
        }
    }

    func apply(
        _ kind: WorkflowEventKind, unitText: String, monthText: String, version: Int?, reason: String?,
        context: TaizhangRequestContext
    ) async throws -> (OrgUnit, YearMonth, PeriodWorkflowState) {
        guard let user = context.user else { throw AuthenticationError.unauthenticated }
        let tree = try await services.orgUnits.tree()
        let unit = try services.orgUnits.unit(unitText, in: tree)
        try context.requireAccess(to: unit.id)
        guard let month = YearMonth.parse(monthText) else { throw ServiceError.invalidMonth(monthText) }
        guard let version else { throw ServiceError.invalidField(field: "版本", value: "") }
        let state = try await services.workflow.apply(
            kind, unit: unit, month: month, expectedVersion: version, reason: reason, user: user)
        return (unit, month, state)
    }

    /// A form post: redirects back (entry page for 报送, review page otherwise) with a flash.
    func page(_ kind: WorkflowEventKind, _ request: Request, _ context: TaizhangRequestContext) async throws
        -> Response
    {
        let fields = try await FormFields.read(from: request, context: context)
        let unitText = fields["unit"] ?? ""
        let monthText = fields["month"] ?? ""
        let back: (OrgUnit?) async throws -> String = { unit in
            guard let unit else { return kind == .submit ? "/entry" : "/review" }
            if kind == .submit { return "/entry?unit=\(unit.id)&month=\(monthText)" }
            let tree = try await services.orgUnits.tree()
            return "/review?unit=\(services.orgUnits.city(of: unit, in: tree).id)&month=\(monthText)"
        }
        do {
            let (unit, month, _) = try await apply(
                kind, unitText: unitText, monthText: monthText, version: fields["version"].flatMap { Int($0) },
                reason: fields["reason"], context: context)
            let done =
                switch kind {
                case .submit: "已报送\(unit.name)\(month.chineseName)的数据。"
                case .approve: "已审核通过\(unit.name)\(month.chineseName)的数据，数据已锁定。"
                case .returnForRevision: "已退回\(unit.name)\(month.chineseName)的数据。"
                case .reopen: "已重新打开\(unit.name)\(month.chineseName)的数据。"
                }
            return .redirect(to: try await back(unit), flash: FlashMessage(.success, done))
        } catch let error as WorkflowError {
            let unit = try? services.orgUnits.unit(unitText, in: try await services.orgUnits.tree())
            return .redirect(to: try await back(unit), flash: FlashMessage(.error, error.userMessage))
        } catch let error as AccessStoreError {
            let unit = try? services.orgUnits.unit(unitText, in: try await services.orgUnits.tree())
            return .redirect(to: try await back(unit), flash: FlashMessage(.error, error.userMessage))
        }
    }
}
