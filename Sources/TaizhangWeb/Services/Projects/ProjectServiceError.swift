import TaizhangCore

/// Why a project, dispatch or bulletin request was refused, in Chinese naming the project and the field.
enum ProjectServiceError: UserFacingError, Equatable {
    /// No project has this id or code.
    case projectNotFound(String)
    case matterNotFound(Int64)
    /// A field of a form or JSON body is missing or unusable; `message` names the field and the value.
    case invalidInput(field: String, message: String)
    /// Several fields at once (a project form), each a problem naming its field.
    case invalidProject([APIProblem])
    /// A zone's dispatch cannot be submitted while projects have not reported; `names` lists the first few.
    case dispatchIncomplete(zone: String, month: YearMonth, count: Int, names: [String])
    /// The dispatch rows name a project that is not in the unit's dispatch of the month.
    case projectNotInDispatch(code: String, unit: String)

    var userMessage: String {
        switch self {
        case .projectNotFound(let text): "找不到项目“\(text)”。"
        case .matterNotFound(let id): "找不到编号为 \(id) 的问题事项。"
        case .invalidInput(_, let message): message
        case .invalidProject(let problems):
            problems.count == 1 ? problems[0].message : "项目信息有\(problems.count)处需要修改：" + problems.map(\.message).joined(separator: "；")
        case .dispatchIncomplete(let zone, let month, let count, let names):
            "“\(zone)”\(month.chineseName)尚有\(count)个项目未报（\(names.joined(separator: "、"))\(count > names.count ? "等" : "")），"
                + "请填报后再报送；本月无投资的项目请填0。"
        case .projectNotInDispatch(let code, let unit): "项目“\(code)”不在“\(unit)”本月的调度范围内。"
        }
    }

    var description: String {
        switch self {
        case .projectNotFound(let text): "project \(text) not found"
        case .matterNotFound(let id): "matter \(id) not found"
        case .invalidInput(let field, _): "invalid \(field)"
        case .invalidProject(let problems): "invalid project (\(problems.count) problems)"
        case .dispatchIncomplete(let zone, let month, let count, _): "dispatch of \(zone) \(month): \(count) not reported"
        case .projectNotInDispatch(let code, let unit): "project \(code) not in dispatch of \(unit)"
        }
    }

    /// The problems to list with the message (an invalid project's fields).
    var problems: [APIProblem] {
        if case .invalidProject(let problems) = self { return problems }
        if case .invalidInput(let field, let message) = self { return [APIProblem(message: message, field: field)] }
        return []
    }
}
