import Foundation
import Hummingbird
import TaizhangCore

/// A project's problems (事项): GET/POST /projects/{id}/matters and PUT /matters/{id} (change or resolve).
struct ProjectsMattersAPI {
    let services: WebServices

    var service: ProjectService { services.projects.ledger }

    func register(on api: APIRouter) {
        api.on(.get, "/projects/{id}/matters") { request, context in
            let project = try await ProjectsAPI(services: services).authorizedProject(context)
            let today = ProjectCalendar.today()
            let matters = try await service.matters(of: project)
            return try JSONResponse.make(["matters": matters.map { ProjectsAPIBodies.Matter($0, today: today) }])
        }
        api.on(.post, "/projects/{id}/matters") { request, context in
            let project = try await ProjectsAPI(services: services).authorizedProject(context)
            let body = try await JSONBody.decode(ProjectsAPIBodies.MatterRequest.self, from: request, context: context)
            let today = ProjectCalendar.today()
            let matter = try await service.raiseMatter(
                on: project, kind: try Self.kind(body.kind), description: body.description ?? "",
                ownerUnit: body.ownerUnit ?? "", deadline: try ProjectFields.date(body.deadline, label: "办结时限"),
                raisedOn: try ProjectFields.date(body.raisedOn, label: "提出日期") ?? today, actor: context.actor)
            return try JSONResponse.make(ProjectsAPIBodies.Matter(matter, today: today), status: .created)
        }
        api.on(.put, "/matters/{id}") { request, context in
            guard let text = context.parameters.get("id"), let id = Int64(text) else {
                throw ProjectServiceError.matterNotFound(0)
            }
            let stored = try await service.matter(id: id)
            try context.requireAccess(to: stored.orgUnitID)
            let body = try await JSONBody.decode(ProjectsAPIBodies.MatterRequest.self, from: request, context: context)
            var matter = stored
            if let kind = body.kind { matter.kind = try Self.kind(kind) }
            if let text = body.description { matter.description = text }
            if let text = body.ownerUnit { matter.ownerUnit = text }
            if body.deadline != nil { matter.deadline = try ProjectFields.date(body.deadline, label: "办结时限") }
            if let text = body.status {
                guard let status = MatterStatus(rawValue: text) ?? MatterStatus.allCases.first(where: { $0.displayName == text })
                else {
                    throw ProjectServiceError.invalidInput(field: "status", message: "问题状态“\(text)”无法识别，可填 open 或 resolved。")
                }
                matter.status = status
            }
            if body.resolvedOn != nil { matter.resolvedOn = try ProjectFields.date(body.resolvedOn, label: "解决日期") }
            if let text = body.resolution { matter.resolution = text.isEmpty ? nil : text }
            if matter.status == .open {
                matter.resolvedOn = nil
                matter.resolution = nil
            } else if matter.resolvedOn == nil {
                matter.resolvedOn = ProjectCalendar.today()
            }
            let saved = try await service.updateMatter(matter, actor: context.actor)
            return try JSONResponse.make(ProjectsAPIBodies.Matter(saved, today: ProjectCalendar.today()))
        }
    }

    static func kind(_ text: String?) throws -> MatterKind {
        guard let text, let kind = MatterKind(displayName: text) else {
            throw ProjectServiceError.invalidInput(
                field: "kind", message: "问题类别“\(text ?? "")”无法识别，可填供地、供水、供电、手续、融资或其他。")
        }
        return kind
    }
}
