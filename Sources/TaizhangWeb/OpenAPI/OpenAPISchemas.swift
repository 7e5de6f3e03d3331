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

extension JSONValue: ExpressibleByNilLiteral {
    /// JSON null.
    init(nilLiteral: ()) { self = .null }
}
