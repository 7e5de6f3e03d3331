import Foundation
import TaizhangCore
import TaizhangStore

/// The JSON shapes of the project API: a project as written and read, its history, follow-ups and problems.
/// Amounts are exact decimal strings (万元), dates `2026-03-15`.
enum ProjectsAPIBodies {
    /// A project as the API returns it.
    struct Project: Encodable {
        let id: Int64
        let code: String
        let name: String
        let orgUnitID: Int64
        let stage: String
        let stageName: String
        let investor: String?
        let investorOrigin: String?
        let industry: String?
        let industryChain: String?
        let chainLink: String?
        let levels: [String]
        let levelNames: [String]
        let constructionNature: String?
        let projectType: String?
        let content: String?
        let promotionMethod: String?
        @ExactDecimal var contractValue: Decimal?
        @ExactDecimal var plannedInvestment: Decimal?
        /// 年度计划投资 by year: `{"2026": "5000"}`.
        let annualPlans: [String: String]
        let signedOn: String?
        let plannedStart: String?
        let actualStart: String?
        let plannedCompletion: String?
        let actualCompletion: String?
        let productionOn: String?
        let withdrawnOn: String?
        let withdrawalReason: String?
        let isInStatistics: Bool
        let liaisonLeaders: [String]
        let responsibleUnit: String?
        let serviceUnit: String?
        let taskForce: [String]
        @ExactDecimal var expectedAnnualOutput: Decimal?
        @ExactDecimal var expectedAnnualTax: Decimal?

        init(_ project: TaizhangCore.Project) {
            id = project.id ?? 0
            code = project.code
            name = project.name
            orgUnitID = project.orgUnitID
            stage = project.stage.rawValue
            stageName = project.stage.displayName
            investor = project.investor
            investorOrigin = project.investorOrigin
            industry = project.industry
            industryChain = project.industryChain
            chainLink = project.chainLink
            levels = project.levels.sorted().map(\.rawValue)
            levelNames = project.levels.sorted().map(\.displayName)
            constructionNature = project.constructionNature?.rawValue
            projectType = project.projectType
            content = project.content
            promotionMethod = project.promotionMethod
            contractValue = project.contractValue
            plannedInvestment = project.plannedInvestment
            annualPlans = Dictionary(
                project.annualPlans.map { (String($0.key), $0.value.plainString) }, uniquingKeysWith: { $1 })
            signedOn = project.signedOn?.description
            plannedStart = project.plannedStart?.description
            actualStart = project.actualStart?.description
            plannedCompletion = project.plannedCompletion?.description
            actualCompletion = project.actualCompletion?.description
            productionOn = project.productionOn?.description
            withdrawnOn = project.withdrawnOn?.description
            withdrawalReason = project.withdrawalReason
            isInStatistics = project.isInStatistics
            liaisonLeaders = project.liaisonLeaders
            responsibleUnit = project.responsibleUnit
            serviceUnit = project.serviceUnit
            taskForce = project.taskForce
            expectedAnnualOutput = project.expectedAnnualOutput
            expectedAnnualTax = project.expectedAnnualTax
        }
    }

    /// A project with its figures of the year through the listed month.
    struct LedgerRow: Encodable {
        let project: Project
        let unitPath: String
        @ExactDecimal var annualPlan: Decimal?
        @ExactDecimal var yearCompleted: Decimal?
        @ExactDecimal var monthCompleted: Decimal?
        let reportedThisMonth: Bool

        init(_ row: ProjectLedgerRow) {
            project = Project(row.project)
            unitPath = row.unitPath
            annualPlan = row.annualPlan
            yearCompleted = row.yearCompleted
            monthCompleted = row.monthCompleted
            reportedThisMonth = row.reportedThisMonth
        }
    }

    struct StageChange: Encodable {
        let from: String?
        let to: String
        let toName: String
        let on: String
        let reason: String?
        let recordedBy: String?

        init(_ change: ProjectStageChange) {
            from = change.from?.rawValue
            to = change.to.rawValue
            toName = change.to.displayName
            on = change.on.description
            reason = change.reason
            recordedBy = change.recordedBy
        }
    }

    struct FollowUp: Encodable {
        let id: Int64?
        let on: String
        let kind: String
        let participants: String?
        let summary: String

        init(_ followUp: ProjectFollowUp) {
            id = followUp.id
            on = followUp.on.description
            kind = followUp.kind
            participants = followUp.participants
            summary = followUp.summary
        }
    }

    struct Progress: Encodable {
        let month: String
        @ExactDecimal var completedInvestment: Decimal?
        @ExactDecimal var fundsInPlace: Decimal?
        let progressNote: String?
        let problemNote: String?

        init(_ entry: ProjectProgress) {
            month = entry.month.description
            completedInvestment = entry.completedInvestment
            fundsInPlace = entry.fundsInPlace
            progressNote = entry.progressNote
            problemNote = entry.problemNote
        }
    }

    struct Matter: Encodable {
        let id: Int64
        let projectID: Int64?
        let orgUnitID: Int64
        let kind: String
        let kindName: String
        let description: String
        let ownerUnit: String
        let raisedOn: String
        let deadline: String?
        let status: String
        let statusName: String
        let resolvedOn: String?
        let resolution: String?
        let overdue: Bool

        init(_ matter: TaizhangCore.Matter, today: CalendarDate) {
            id = matter.id ?? 0
            projectID = matter.projectID
            orgUnitID = matter.orgUnitID
            kind = matter.kind.rawValue
            kindName = matter.kind.displayName
            description = matter.description
            ownerUnit = matter.ownerUnit
            raisedOn = matter.raisedOn.description
            deadline = matter.deadline?.description
            status = matter.status.rawValue
            statusName = matter.status.displayName
            resolvedOn = matter.resolvedOn?.description
            resolution = matter.resolution
            overdue = matter.isOverdue(asOf: today)
        }
    }

    /// The fields of a project to create or change. A key absent leaves the stored value (PUT) or the default
    /// (POST); `null` or "" clears it.
    struct ProjectInput: Decodable {
        var values: [String: String] = [:]
        var levels: [String]?
        var liaisonLeaders: [String]?
        var taskForce: [String]?
        var annualPlans: [String: String]?
        var isInStatistics: Bool?

        static let textKeys = [
            "code", "name", "stage", "investor", "investorOrigin", "industry", "industryChain", "chainLink",
            "constructionNature", "projectType", "content", "promotionMethod", "signedOn", "plannedStart",
            "actualStart", "plannedCompletion", "actualCompletion", "productionOn", "responsibleUnit", "serviceUnit",
        ]
        static let amountKeys = ["contractValue", "plannedInvestment", "expectedAnnualOutput", "expectedAnnualTax"]

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            for name in Self.textKeys {
                let key = Key(stringValue: name)
                guard container.contains(key) else { continue }
                values[name] = try container.decodeIfPresent(String.self, forKey: key) ?? ""
            }
            for name in Self.amountKeys {
                let key = Key(stringValue: name)
                guard container.contains(key) else { continue }
                values[name] = try container.decode(ExactDecimal.self, forKey: key).wrappedValue?.plainString ?? ""
            }
            let unit = Key(stringValue: "orgUnit")
            if container.contains(unit) { values["orgUnit"] = try container.decodeOrgUnitReference(forKey: unit) }
            levels = try container.decodeIfPresent([String].self, forKey: Key(stringValue: "levels"))
            liaisonLeaders = try container.decodeIfPresent([String].self, forKey: Key(stringValue: "liaisonLeaders"))
            taskForce = try container.decodeIfPresent([String].self, forKey: Key(stringValue: "taskForce"))
            isInStatistics = try container.decodeIfPresent(Bool.self, forKey: Key(stringValue: "isInStatistics"))
            if let plans = try container.decodeIfPresent([String: ExactDecimal].self, forKey: Key(stringValue: "annualPlans")) {
                annualPlans = plans.compactMapValues { $0.wrappedValue?.plainString }
            }
        }

        /// These fields laid over `fields` (a stored project's, or empty for a new one).
        func applied(to fields: ProjectFields) -> ProjectFields {
            var result = fields
            for (name, value) in values { result.values[name] = value }
            if let levels { result.levels = levels }
            if let liaisonLeaders { result.liaisonLeaders = liaisonLeaders }
            if let taskForce { result.taskForce = taskForce }
            if let annualPlans { result.annualPlans = annualPlans.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
            if let isInStatistics { result.isInStatistics = isInStatistics }
            return result
        }
    }

    /// A stage change: the target stage and the facts it needs.
    struct StageRequest: Decodable {
        let to: String
        let signedOn: String?
        @ExactDecimal var contractValue: Decimal?
        let actualStart: String?
        let actualCompletion: String?
        let productionOn: String?
        let reason: String?
    }

    struct FollowUpRequest: Decodable {
        let on: String?
        let kind: String?
        let participants: String?
        let summary: String
    }

    struct MatterRequest: Decodable {
        let kind: String?
        let description: String?
        let ownerUnit: String?
        let deadline: String?
        let raisedOn: String?
        let status: String?
        let resolvedOn: String?
        let resolution: String?
    }
}

extension ProjectFields {
    /// A date sent in a JSON body, nil when blank; refused in Chinese naming the field when unreadable.
    static func date(_ text: String?, label: String) throws -> CalendarDate? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        guard let date = CalendarDate(text) else {
            throw ProjectServiceError.invalidInput(field: label, message: "\(label)“\(text)”无法识别，请按“2026-03-15”填写。")
        }
        return date
    }
}
