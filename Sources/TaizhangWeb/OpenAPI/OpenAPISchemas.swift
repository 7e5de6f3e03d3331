/// The component schemas of the OpenAPI document: one per JSON shape the API reads or writes.
enum OpenAPISchemas {
    typealias D = OpenAPIDocument

    /// Exact decimal figures travel as strings.
    static let decimal: JSONValue = [
        "type": ["string", "null"], "description": "精确十进制数，如 \"1234.5\"", "examples": ["1234.5"],
    ]
    static let string: JSONValue = ["type": "string"]
    static let optionalString: JSONValue = ["type": ["string", "null"]]
    static let integer: JSONValue = ["type": "integer"]
    static let optionalInteger: JSONValue = ["type": ["integer", "null"]]
    static let boolean: JSONValue = ["type": "boolean"]

    static var all: JSONValue {
        guard case .object(let pairs) = common, case .object(let projectPairs) = projects else { return common }
        return .object(pairs + projectPairs)
    }

    static var common: JSONValue {
        [
            "Session": D.object(
                [
                    "user": D.object([
                        "id": integer, "username": string, "displayName": string, "role": string, "roleName": string,
                        "scopeOrgUnitID": optionalInteger, "mustChangePassword": boolean,
                    ]),
                    "csrfToken": optionalString,
                ], required: ["user", "csrfToken"]),
            "WorkflowState": D.object([
                "orgUnitID": integer, "month": string, "status": ["type": "string", "enum": ["draft", "submitted", "approved"]],
                "statusName": string, "locked": boolean, "version": integer, "reason": optionalString,
                "updatedBy": optionalString,
            ]),
            "WorkflowStep": D.object([
                "event": string, "eventName": string, "from": string, "to": string, "version": integer,
                "username": string, "at": string, "reason": optionalString,
            ]),
            "WorkflowStepRequest": D.object(
                [
                    "orgUnit": ["type": ["string", "integer"]], "month": string, "expectedVersion": integer,
                    "reason": optionalString,
                ], required: ["orgUnit", "month", "expectedVersion"]),
            "ReviewRow": D.object([
                "orgUnitID": integer, "name": string, "status": string, "statusName": string, "late": boolean,
                "version": integer,
            ]),
            "AuditEntry": D.object([
                "id": integer, "at": string, "username": string, "action": string, "actionName": string,
                "entityType": string, "entityKey": string, "orgUnitID": optionalInteger, "month": optionalString,
                "before": ["type": ["string", "null"], "description": "修改前的 JSON"],
                "after": ["type": ["string", "null"], "description": "修改后的 JSON"], "reason": optionalString,
            ]),
            "ApiToken": D.object([
                "id": integer, "name": string, "createdAt": string, "lastUsedAt": optionalString, "revoked": boolean,
            ]),
            "Error": D.object(
                [
                    "error": D.object(
                        [
                            "code": string, "message": ["type": "string", "description": "中文说明"],
                            "problems": D.arrayOf(D.ref("Problem")),
                        ],
                        required: ["code", "message", "problems"])
                ], required: ["error"]),
            "Problem": D.object(
                [
                    "severity": ["type": "string", "enum": ["error", "warning"]], "message": string,
                    "file": optionalString,
                    "row": optionalInteger, "column": optionalString, "field": optionalString,
                    "indicatorCode": optionalString,
                    "code": optionalString,
                ], required: ["severity", "message"]),
            "OrgUnit": D.object(
                [
                    "id": integer, "code": string, "name": string,
                    "kind": ["type": "string", "enum": ["city", "district", "zone", "park"]], "kindName": string,
                    "parentID": optionalInteger, "isArchived": boolean,
                ]),
            "OrgUnitCreate": D.object(
                [
                    "code": string, "name": string,
                    "kind": ["type": "string", "enum": ["city", "district", "zone", "park"]],
                    "parentID": optionalInteger,
                ], required: ["code", "name", "kind"]),
            "OrgUnitChange": D.object(["name": string, "parentID": optionalInteger, "archived": boolean]),
            "Indicator": D.object(
                [
                    "code": string, "name": string, "aliases": D.arrayOf(string), "unit": string,
                    "kind": ["type": "string", "enum": ["amount", "per_capita", "ratio", "count", "area"]],
                    "kindName": string,
                    "growthBasis": ["type": "string", "enum": ["real", "nominal", "none"]], "growthBasisName": string,
                    "decimals": integer, "isKey": boolean, "isCustom": boolean, "isCumulative": boolean,
                ]),
            "IndicatorCreate": D.object(
                [
                    "code": optionalString, "name": string, "aliases": D.arrayOf(string), "unit": string,
                    "kind": ["type": "string", "enum": ["amount", "per_capita", "ratio", "count", "area"]],
                    "growthBasis": ["type": "string", "enum": ["real", "nominal", "none"]], "decimals": optionalInteger,
                    "isKey": boolean,
                ], required: ["name", "unit"]),
            "Observation": D.object(
                [
                    "orgUnitID": integer, "indicatorCode": string, "month": string, "monthly": decimal,
                    "cumulative": decimal,
                    "priorCumulative": decimal, "publishedGrowth": decimal, "note": optionalString,
                    "overrideReason": optionalString,
                    "status": ["type": "string", "enum": ["draft", "submitted", "approved"]],
                ]),
            "ObservationInput": D.object(
                [
                    "indicatorCode": string, "monthly": decimal, "cumulative": decimal, "priorCumulative": decimal,
                    "publishedGrowth": decimal, "note": optionalString,
                    "overrideReason": ["type": ["string", "null"], "description": "有提示时必填的说明原因（至少4个字）"],
                ], required: ["indicatorCode"]),
            "Submission": D.object(
                [
                    "orgUnit": ["type": ["string", "integer"], "description": "组织编号或编码"], "month": string,
                    "observations": D.arrayOf(D.ref("ObservationInput")),
                ], required: ["orgUnit", "month", "observations"]),
            "Target": D.object(
                ["indicatorCode": string, "value": decimal, "growth": decimal], required: ["indicatorCode"]),
            "DashboardReport": D.object(
                [
                    "orgUnit": D.ref("OrgUnit"), "month": string, "periodName": string, "elapsedPercent": decimal,
                    "rankScope": string, "rankFieldSize": integer, "sectorStructure": optionalString,
                    "cards": D.arrayOf(D.ref("DashboardCard")),
                ]),
            "DashboardCard": D.object(
                [
                    "indicator": D.ref("Indicator"), "periodName": string, "value": decimal, "yoyGrowth": decimal,
                    "growthSource": ["type": ["string", "null"], "enum": ["published", "computed", nil]],
                    "targetValue": decimal, "targetGrowth": decimal, "completionRate": decimal, "progressGap": decimal,
                    "growthTargetGap": decimal, "rank": optionalInteger, "growthRank": optionalInteger,
                    "forecast": decimal,
                    "forecastMethod": [
                        "type": ["string", "null"],
                        "enum": ["prior_year_ratio", "linear_extrapolation", "actual", nil],
                    ],
                    "texts": D.object(
                        [
                            "value": string, "unit": string, "growth": optionalString, "target": optionalString,
                            "completion": optionalString, "progress": optionalString, "growthTarget": optionalString,
                            "rank": optionalString, "growthRank": optionalString, "forecast": optionalString,
                        ]),
                    "trend": D.object(
                        [
                            "basis": ["type": "string", "enum": ["monthly", "level"]], "months": D.arrayOf(string),
                            "labels": D.arrayOf(string), "current": D.arrayOf(decimal),
                            "previousYear": D.arrayOf(decimal),
                        ]),
                ]),
            "CityComparisonReport": D.object(
                [
                    "city": D.ref("OrgUnit"), "month": string, "periodName": string,
                    "indicators": D.arrayOf(D.ref("Indicator")),
                    "rows": D.arrayOf(
                        D.object(
                            [
                                "orgUnit": D.ref("OrgUnit"),
                                "cells": D.arrayOf(
                                    D.object(
                                        [
                                            "indicatorCode": string, "value": decimal, "yoyGrowth": decimal,
                                            "rank": optionalInteger, "growthRank": optionalInteger, "valueText": string,
                                            "growthText": string,
                                        ])),
                            ])),
                ]),
            "ImportResult": D.object(
                [
                    "fileName": string, "sheetName": optionalString, "encoding": optionalString,
                    "encodingName": optionalString,
                    "rowCount": integer, "importedCount": integer, "skippedRowCount": integer, "isImported": boolean,
                    "problems": D.arrayOf(D.ref("Problem")),
                ]),
        ]
    }
}

extension OpenAPISchemas {
    static let stringList: JSONValue = D.arrayOf(["type": "string"])
    static let optionalDate: JSONValue = ["type": ["string", "null"], "description": "日期，如 2026-03-15"]
    static let stageEnum: JSONValue = [
        "type": "string",
        "enum": ["lead", "negotiating", "signed", "preparing", "started", "continuing", "completed", "operating", "withdrawn"],
    ]
    static let levelEnum: JSONValue = [
        "type": "string", "enum": ["provincialKey", "provincialHundred", "cityHundredChain", "cityKey", "countyKey"],
    ]
    static let matterKindEnum: JSONValue = [
        "type": "string", "enum": ["land", "water", "power", "permits", "financing", "other"],
        "description": "也可用中文：供地、供水、供电、手续、融资、其他",
    ]
    static let countRate: JSONValue = D.object(["base": integer, "achieved": integer, "rate": decimal])
    static let bulletinFigures: JSONValue = D.object([
        "annualPlan": decimal, "yearCompleted": decimal, "monthCompleted": decimal, "completionRate": decimal,
        "gap": ["type": ["string", "null"], "description": "完成率减时序进度（百分点），精确十进制数"],
    ])

    /// The project ledger's shapes: amounts in 万元 as exact decimal strings, rates in % unrounded.
    static var projects: JSONValue {
        [
            "ProjectSheetImportResult": D.object([
                "fileName": string, "sheetName": optionalString, "month": optionalString, "rowCount": integer,
                "created": integer, "updated": integer, "unchanged": integer, "progressEntries": integer,
                "isImported": boolean, "problems": D.arrayOf(D.ref("Problem")),
            ]),
            "Project": D.object([
                "id": integer, "code": string, "name": string, "orgUnitID": integer, "stage": stageEnum,
                "stageName": string, "investor": optionalString, "investorOrigin": optionalString,
                "industry": optionalString, "industryChain": optionalString, "chainLink": optionalString,
                "levels": D.arrayOf(levelEnum), "levelNames": stringList,
                "constructionNature": ["type": ["string", "null"], "enum": ["new", "expansion", "renovation", nil]],
                "projectType": optionalString, "content": optionalString, "promotionMethod": optionalString,
                "contractValue": decimal, "plannedInvestment": decimal,
                "annualPlans": ["type": "object", "additionalProperties": ["type": "string"], "description": "年度计划投资（万元），键为年份"],
                "signedOn": optionalDate, "plannedStart": optionalDate, "actualStart": optionalDate,
                "plannedCompletion": optionalDate, "actualCompletion": optionalDate, "productionOn": optionalDate,
                "withdrawnOn": optionalDate, "withdrawalReason": optionalString, "isInStatistics": boolean,
                "liaisonLeaders": stringList, "responsibleUnit": optionalString, "serviceUnit": optionalString,
                "taskForce": stringList, "expectedAnnualOutput": decimal, "expectedAnnualTax": decimal,
            ]),
            "ProjectInput": D.object(
                [
                    "code": string, "name": string,
                    "orgUnit": ["type": ["string", "integer"], "description": "所属组织的编号或编码"],
                    "stage": ["type": ["string", "null"], "description": "仅新建时使用，缺省为 lead（储备）"],
                    "investor": optionalString, "investorOrigin": optionalString, "industry": optionalString,
                    "industryChain": optionalString, "chainLink": optionalString, "levels": stringList,
                    "constructionNature": ["type": ["string", "null"], "description": "new/expansion/renovation 或 新建/扩建/技改"],
                    "projectType": optionalString, "content": optionalString, "promotionMethod": optionalString,
                    "contractValue": decimal, "plannedInvestment": decimal,
                    "annualPlans": ["type": "object", "additionalProperties": ["type": ["string", "number"]]],
                    "signedOn": optionalDate, "plannedStart": optionalDate, "actualStart": optionalDate,
                    "plannedCompletion": optionalDate, "actualCompletion": optionalDate, "productionOn": optionalDate,
                    "isInStatistics": boolean, "liaisonLeaders": stringList, "responsibleUnit": optionalString,
                    "serviceUnit": optionalString, "taskForce": stringList, "expectedAnnualOutput": decimal,
                    "expectedAnnualTax": decimal,
                ], required: ["code", "name", "orgUnit"]),
            "ProjectLedger": D.object([
                "month": string, "count": integer, "plannedInvestment": decimal, "annualPlan": decimal,
                "yearCompleted": decimal,
                "projects": D.arrayOf(
                    D.object([
                        "project": D.ref("Project"), "unitPath": string, "annualPlan": decimal,
                        "yearCompleted": decimal, "monthCompleted": decimal, "reportedThisMonth": boolean,
                    ])),
            ]),
            "ProjectDetail": D.object([
                "project": D.ref("Project"), "history": D.arrayOf(D.ref("StageChange")),
                "allowedStages": D.arrayOf(stageEnum), "followUps": D.arrayOf(D.ref("FollowUp")),
                "progress": D.arrayOf(
                    D.object([
                        "month": string, "completedInvestment": decimal, "fundsInPlace": decimal,
                        "progressNote": optionalString, "problemNote": optionalString,
                    ])),
                "matters": D.arrayOf(D.ref("Matter")),
            ]),
            "StageChange": D.object([
                "from": ["type": ["string", "null"]], "to": stageEnum, "toName": string, "on": string,
                "reason": optionalString, "recordedBy": optionalString,
            ]),
            "StageChangeRequest": D.object(
                [
                    "to": ["type": "string", "description": "目标阶段，如 signed 或“签约”"], "signedOn": optionalDate,
                    "contractValue": decimal, "actualStart": optionalDate, "actualCompletion": optionalDate,
                    "productionOn": optionalDate, "reason": ["type": ["string", "null"], "description": "调整退出须写明原因"],
                ], required: ["to"]),
            "FollowUp": D.object([
                "id": optionalInteger, "on": string, "kind": string, "participants": optionalString, "summary": string,
            ]),
            "Matter": D.object([
                "id": integer, "projectID": optionalInteger, "orgUnitID": integer, "kind": matterKindEnum,
                "kindName": string, "description": string, "ownerUnit": string, "raisedOn": string,
                "deadline": optionalDate, "status": ["type": "string", "enum": ["open", "resolved"]], "statusName": string,
                "resolvedOn": optionalDate, "resolution": optionalString, "overdue": boolean,
            ]),
            "MatterInput": D.object([
                "kind": matterKindEnum, "description": string, "ownerUnit": string, "deadline": optionalDate,
                "raisedOn": optionalDate, "status": ["type": ["string", "null"], "enum": ["open", "resolved", nil]],
                "resolvedOn": optionalDate, "resolution": optionalString,
            ]),
            "DispatchSheet": D.object([
                "orgUnitID": integer, "month": string,
                "version": ["type": "string", "description": "保存时作为 If-Match 发送"], "unreportedCount": integer,
                "zones": D.arrayOf(
                    D.object([
                        "orgUnitID": integer, "name": string, "state": D.ref("WorkflowState"), "projectCount": integer,
                        "reportedCount": integer,
                        "unreported": D.arrayOf(D.object(["projectID": integer, "code": string, "name": string])),
                    ])),
                "rows": D.arrayOf(
                    D.object([
                        "projectID": integer, "code": string, "name": string, "orgUnitID": integer,
                        "dispatchUnitID": integer, "stage": stageEnum, "annualPlan": decimal, "yearBefore": decimal,
                        "yearCompleted": decimal, "reported": boolean, "locked": boolean,
                        "entry": [
                            "type": ["object", "null"],
                            "properties": [
                                "completedInvestment": decimal, "fundsInPlace": decimal, "progressNote": optionalString,
                                "problemNote": optionalString,
                            ],
                        ],
                    ])),
            ]),
            "DispatchSave": D.object(
                [
                    "orgUnit": ["type": ["string", "integer"]], "month": string,
                    "entries": D.arrayOf(
                        D.object(
                            [
                                "project": ["type": ["string", "integer"], "description": "项目编号（数字）或项目编码"],
                                "completedInvestment": decimal, "fundsInPlace": decimal, "progressNote": optionalString,
                                "problemNote": optionalString,
                            ], required: ["project", "completedInvestment"])),
                ], required: ["orgUnit", "month", "entries"]),
            "ProjectSummary": D.object([
                "asOf": string, "projectCount": integer, "signedCount": integer, "signedValue": decimal,
                "signedAbove": D.arrayOf(D.object(["threshold": decimal, "count": integer, "value": decimal])),
                "signedAndStartedSameYearCount": integer, "yearFundsInPlace": decimal,
                "stages": D.object([
                    "started": integer, "continuing": integer, "completed": integer, "preparing": integer,
                    "withdrawn": integer,
                ]),
                "annualPlan": decimal, "yearCompleted": decimal, "monthCompleted": decimal, "startRate": countRate,
                "investmentCompletionRate": decimal, "fundsInPlaceRate": decimal, "fundsInPlaceBase": decimal,
                "fundsInPlaceAchieved": decimal, "onTimeCompletionRate": countRate, "mattersSolved": integer,
                "mattersOpen": integer, "mattersOverdue": integer,
            ]),
            "ProjectStatistics": D.object([
                "orgUnitID": integer, "month": string, "summary": D.ref("ProjectSummary"),
                "groups": [
                    "type": "object",
                    "additionalProperties": D.arrayOf(
                        D.object(["key": string, "name": string, "summary": D.ref("ProjectSummary")])),
                ],
            ]),
            "Bulletin": D.object([
                "orgUnitID": integer, "month": string, "timeElapsed": decimal, "projectCount": integer,
                "reportedCount": integer, "total": bulletinFigures,
                "zones": D.arrayOf(
                    D.object([
                        "rank": optionalInteger, "orgUnitID": integer, "name": string, "projectCount": integer,
                        "reportedCount": integer, "figures": bulletinFigures,
                    ])),
                "projects": D.arrayOf(D.ref("BulletinProjectRow")),
                "laggingProjects": D.arrayOf(
                    D.object(["project": D.ref("BulletinProjectRow"), "reasons": stringList])),
                "overdueMatters": D.arrayOf(
                    D.object([
                        "matterID": integer, "projectName": optionalString, "zoneName": optionalString,
                        "kind": string, "description": string, "ownerUnit": string, "deadline": optionalDate,
                        "daysOverdue": integer,
                    ])),
            ]),
            "BulletinProjectRow": D.object([
                "rank": optionalInteger, "projectID": integer, "code": string, "name": string,
                "zoneID": optionalInteger, "zoneName": optionalString, "reported": boolean, "figures": bulletinFigures,
            ]),
        ]
    }
}

extension JSONValue: ExpressibleByNilLiteral {
    /// JSON null.
    init(nilLiteral: ()) { self = .null }
}
