import Hummingbird

/// The OpenAPI 3.1 description of the JSON API, served at /api/openapi.json. Written by hand next to the
/// routes; a test checks that it lists exactly the routes `APIControllers` registers.
enum OpenAPIDocument {
    /// One documented operation.
    struct Operation: Sendable {
        let method: String
        let path: String
        let tag: String
        let summary: String
        var parameters: [JSONValue] = []
        var requestBody: JSONValue? = nil
        var responses: [(String, JSONValue)]
    }

    static let prefix = "/api/v1"

    static let operations: [Operation] = [
        Operation(
            method: "post", path: "/session", tag: "登录与令牌",
            summary: "用用户名和密码登录：返回会话 Cookie（tz_session）和 csrfToken；之后凡带 Cookie 的 POST/PUT/PATCH/DELETE 须带请求头 X-CSRF-Token",
            requestBody: body(
                object(["username": ["type": "string"], "password": ["type": "string"]], required: ["username", "password"])),
            responses: [ok("已登录", ref("Session"))] + errors([400, 401, 415, 429])),
        Operation(
            method: "get", path: "/session", tag: "登录与令牌", summary: "当前用户及其会话的 csrfToken（用接口令牌调用时 csrfToken 为 null）",
            responses: [ok("当前会话", ref("Session"))] + errors([401])),
        Operation(
            method: "delete", path: "/session", tag: "登录与令牌", summary: "退出登录",
            responses: [("204", ["description": "已退出"])] + errors([401, 403])),
        Operation(
            method: "get", path: "/tokens", tag: "登录与令牌", summary: "列出本人的接口令牌（不含令牌本身）",
            responses: [ok("令牌列表", object(["tokens": arrayOf(ref("ApiToken"))]))] + errors([401])),
        Operation(
            method: "post", path: "/tokens", tag: "登录与令牌",
            summary: "为本人签发接口令牌；令牌只在此返回一次，调用时放在请求头 Authorization: Bearer …",
            requestBody: body(object(["name": ["type": "string"]], required: ["name"])),
            responses: [
                (
                    "201",
                    json(
                        "已签发",
                        object(["id": ["type": "integer"], "name": ["type": "string"], "token": ["type": "string"]]))
                )
            ] + errors([400, 401, 403, 415, 422])),
        Operation(
            method: "delete", path: "/tokens/{id}", tag: "登录与令牌", summary: "撤销接口令牌（本人的；系统管理员可撤销任何人的）",
            parameters: [path("id", "令牌编号")],
            responses: [("204", ["description": "已撤销"])] + errors([401, 403, 404])),
        Operation(
            method: "get", path: "/org-units", tag: "组织机构", summary: "列出组织（市、区县、开发区、园区）",
            parameters: [query("includeArchived", "为 1 时包含已归档的组织", type: "string")],
            responses: [ok("组织列表", object(["orgUnits": arrayOf(ref("OrgUnit"))]))] + errors([])),
        Operation(
            method: "post", path: "/org-units", tag: "组织机构", summary: "新建组织",
            requestBody: body(ref("OrgUnitCreate")),
            responses: [("201", json("已新建", ref("OrgUnit")))] + errors([400, 404, 409, 415, 422])),
        Operation(
            method: "get", path: "/org-units/{id}", tag: "组织机构", summary: "读取一个组织",
            parameters: [path("id", "组织编号")], responses: [ok("组织", ref("OrgUnit"))] + errors([404])),
        Operation(
            method: "patch", path: "/org-units/{id}", tag: "组织机构", summary: "改名、移动（parentID，null 为顶级）或归档/恢复",
            parameters: [path("id", "组织编号")], requestBody: body(ref("OrgUnitChange")),
            responses: [ok("修改后的组织", ref("OrgUnit"))] + errors([400, 404, 409, 415, 422])),
        Operation(
            method: "get", path: "/indicators", tag: "指标目录", summary: "列出或按名称、别名、编码查找指标",
            parameters: [query("q", "查找文字，如“社零”“GDP”", type: "string")],
            responses: [ok("指标列表", object(["indicators": arrayOf(ref("Indicator"))]))] + errors([])),
        Operation(
            method: "post", path: "/indicators", tag: "指标目录", summary: "新增自定义指标",
            requestBody: body(ref("IndicatorCreate")),
            responses: [("201", json("已新增", ref("Indicator")))] + errors([400, 409, 415, 422])),
        Operation(
            method: "get", path: "/indicators/{code}", tag: "指标目录", summary: "按编码、名称或别名读取一个指标",
            parameters: [path("code", "指标编码、名称或别名", type: "string")],
            responses: [ok("指标", ref("Indicator"))] + errors([404])),
        Operation(
            method: "get", path: "/observations", tag: "指标值", summary: "读取一个组织某月或某段月份的指标值",
            parameters: [
                query("unit", "组织编号或编码", required: true, type: "string"),
                query("month", "月份，如 2026-10", type: "string"),
                query("from", "起始月份（与 to 一起使用）", type: "string"), query("to", "截止月份", type: "string"),
                query("indicator", "只读一个指标", type: "string"),
            ],
            responses: [
                ok(
                    "指标值；只读一个月时附该月版本号 version（保存时作为 If-Match 发送）",
                    object(["observations": arrayOf(ref("Observation")), "version": ["type": ["string", "null"]]]))
            ] + errors([400, 404])),
        Operation(
            method: "put", path: "/observations", tag: "指标值",
            summary: "保存一个组织一个月的指标值（整体写入；有提示的行须填 overrideReason）",
            parameters: [
                [
                    "name": "If-Match", "in": "header", "required": false,
                    "description": "读取时得到的该月版本号；该月已被他人修改时返回 409，不覆盖",
                    "schema": ["type": "string"],
                ]
            ],
            requestBody: body(ref("Submission")),
            responses: [
                ok(
                    "已保存", object(["savedCount": ["type": "integer"], "warnings": arrayOf(ref("Problem"))]))
            ] + errors([400, 404, 409, 413, 415, 422])),
        Operation(
            method: "post", path: "/observations/validate", tag: "指标值", summary: "只检查，不保存：列出每条提示",
            requestBody: body(ref("Submission")),
            responses: [
                ok(
                    "检查结果",
                    object([
                        "problems": arrayOf(ref("Problem")), "hasWarnings": ["type": "boolean"],
                        "needsOverrideReasons": ["type": "boolean"],
                    ]))
            ] + errors([400, 404, 413, 415, 422])),
        Operation(
            method: "get", path: "/targets", tag: "年度目标", summary: "读取一个组织某年的年度目标",
            parameters: [
                query("unit", "组织编号或编码", required: true, type: "string"),
                query("year", "年份", required: true, type: "integer"),
            ],
            responses: [
                ok(
                    "年度目标",
                    object([
                        "orgUnitID": ["type": "integer"], "year": ["type": "integer"],
                        "targets": arrayOf(ref("Target")),
                    ]))
            ] + errors([400, 404])),
        Operation(
            method: "put", path: "/targets", tag: "年度目标", summary: "保存年度目标（整体写入）",
            requestBody: body(
                object(
                    [
                        "orgUnit": ["type": ["string", "integer"]], "year": ["type": "integer"],
                        "targets": arrayOf(ref("Target")),
                    ], required: ["orgUnit", "year", "targets"])),
            responses: [ok("已保存", object(["savedCount": ["type": "integer"]]))] + errors([400, 404, 415, 422])),
        Operation(
            method: "get", path: "/dashboard", tag: "驾驶舱", summary: "驾驶舱：各重点指标的累计值、同比、完成率、目标进度、排名和13个月走势",
            parameters: [
                query("unit", "组织编号或编码，缺省为第一个开发区", type: "string"),
                query("month", "月份，缺省为有数据的最近月份", type: "string"),
            ],
            responses: [ok("驾驶舱数据", ref("DashboardReport"))] + errors([400, 404])),
        Operation(
            method: "get", path: "/comparison", tag: "驾驶舱", summary: "全市对比：一个市各开发区的重点指标和排名",
            parameters: [
                query("unit", "市或其下任一组织的编号或编码", type: "string"), query("month", "月份", type: "string"),
            ],
            responses: [ok("对比数据", ref("CityComparisonReport"))] + errors([400, 404])),
        Operation(
            method: "post", path: "/import", tag: "导入导出",
            summary: "导入 .xlsx 或 .csv（multipart/form-data 的 file 字段，或原始文件内容加 ?filename=）；有任何问题则不导入",
            parameters: [
                query("filename", "原始上传时的文件名，如 data.csv", type: "string"),
                query("month", "文件中未填月份的行所用的月份", type: "string"),
            ],
            requestBody: [
                "required": true,
                "content": [
                    "multipart/form-data": [
                        "schema": object(
                            ["file": ["type": "string", "format": "binary"], "month": ["type": "string"]],
                            required: ["file"])
                    ],
                    "application/octet-stream": ["schema": ["type": "string", "format": "binary"]],
                    "text/csv": ["schema": ["type": "string"]],
                ],
            ],
            responses: [ok("导入结果", ref("ImportResult"))] + errors([400, 413, 415, 422])),
        Operation(
            method: "get", path: "/export.xlsx", tag: "导入导出", summary: "导出一个组织及其下级在一段月份的指标值（.xlsx，可再导入）",
            parameters: [
                query("unit", "组织编号或编码", required: true, type: "string"),
                query("from", "起始月份", required: true, type: "string"),
                query("to", "截止月份", required: true, type: "string"),
            ],
            responses: [xlsx("指标值工作簿")] + errors([400, 404])),
        Operation(
            method: "get", path: "/workflow", tag: "报送审核", summary: "一个组织某月的报送审核状态和全部操作记录",
            parameters: [
                query("unit", "组织编号或编码", required: true, type: "string"),
                query("month", "月份，如 2026-10", required: true, type: "string"),
            ],
            responses: [
                ok("状态与记录", object(["state": ref("WorkflowState"), "history": arrayOf(ref("WorkflowStep"))]))
            ] + errors([400, 401, 403, 404])),
        workflowStep("submit", "报送（填报中 → 已报送）"),
        workflowStep("approve", "审核通过（已报送 → 已审核，数据锁定）"),
        workflowStep("return", "退回（已报送 → 填报中，须写 reason）"),
        workflowStep("reopen", "重新打开（已审核 → 填报中，须写 reason）"),
        Operation(
            method: "get", path: "/review", tag: "报送审核",
            summary: "审核一览：所选组织所在市的各开发区某月状态（未报送/逾期/已报送/已审核），只含您管辖范围内的开发区",
            parameters: [
                query("unit", "市或其下组织的编号或编码", required: true, type: "string"),
                query("month", "月份", required: true, type: "string"),
            ],
            responses: [ok("各开发区状态", object(["zones": arrayOf(ref("ReviewRow"))]))] + errors([400, 401, 403, 404])),
        Operation(
            method: "get", path: "/audit", tag: "留痕",
            summary: "查询留痕记录（按用户、对象类型、对象、组织、日期），只含您管辖范围内组织的记录，最新的在前，每页50条",
            parameters: [
                query("user", "用户名", type: "string"), query("type", "对象类型，如 observation、orgUnit", type: "string"),
                query("key", "对象标识", type: "string"), query("unit", "组织编号或编码", type: "string"),
                query("from", "起始日期（含），如 2026-11-01", type: "string"),
                query("to", "截止日期（含）", type: "string"), query("page", "页码，从1开始", type: "integer"),
            ],
            responses: [
                ok("留痕记录", object(["total": ["type": "integer"], "entries": arrayOf(ref("AuditEntry"))]))
            ] + errors([400, 401, 403])),
        Operation(
            method: "get", path: "/history", tag: "留痕", summary: "一个指标值（组织 × 指标 × 月份）的全部变更，按时间先后",
            parameters: [
                query("unit", "组织编号或编码", required: true, type: "string"),
                query("indicator", "指标编码、名称或别名", required: true, type: "string"),
                query("month", "月份", required: true, type: "string"),
            ],
            responses: [ok("变更记录", object(["entries": arrayOf(ref("AuditEntry"))]))] + errors([400, 401, 403, 404])),
        Operation(
            method: "get", path: "/template.xlsx", tag: "导入导出", summary: "下载导入模板（.xlsx）",
            parameters: [query("unit", "模板首个组织", type: "string"), query("month", "模板月份", type: "string")],
            responses: [xlsx("导入模板")] + errors([400, 404])),
    ] + projectOperations

    /// The project ledger, the monthly dispatch and the bulletin (issue 4). `{id}` of a project is its id or code.
    static let projectOperations: [Operation] = [
        Operation(
            method: "get", path: "/projects", tag: "项目台账",
            summary: "项目台账：按单位（含下级）、阶段、级别、产业链、包联领导、关键字筛选，附总投资、今年计划投资、今年累计完成投资合计",
            parameters: [
                query("unit", "组织编号或编码（限定为该组织及其下级；有管辖范围的用户必填）", type: "string"),
                query("month", "累计截至的月份，缺省为当前报告月", type: "string"),
                query("stage", "阶段，如 signed 或“签约”", type: "string"), query("level", "项目级别，如 cityKey 或“市重点”", type: "string"),
                query("chain", "产业链名称", type: "string"), query("leader", "包联领导姓名", type: "string"),
                query("q", "项目名称、编号或投资方中包含的文字", type: "string"),
            ],
            responses: [ok("项目列表", ref("ProjectLedger"))] + errors([400, 401, 403, 404])),
        Operation(
            method: "post", path: "/projects", tag: "项目台账",
            summary: "新建项目（缺省为储备阶段；以后续阶段录入时须带该阶段所需的日期和金额）",
            requestBody: body(ref("ProjectInput")),
            responses: [("201", json("已新建", ref("Project")))] + errors([400, 401, 403, 404, 409, 415, 422])),
        Operation(
            method: "get", path: "/projects/statistics", tag: "项目台账",
            summary: "项目统计（1—M月）：签约项目与金额及亿元以上分档、当年签约当年开工、实际利用内资、各阶段项目数、计划与完成、开工率、投资完成率、资金到位率、按期竣工率、协调解决问题；可按级别、产业链、开发区分组",
            parameters: [
                query("month", "月份，如 2026-10", required: true, type: "string"),
                query("unit", "组织编号或编码（统计该组织及其下级），缺省为顶级组织", type: "string"),
                query("by", "分组：level、chain、zone（可用逗号分隔多个）", type: "string"),
            ],
            responses: [ok("统计结果", ref("ProjectStatistics"))] + errors([400, 401, 403, 404])),
        Operation(
            method: "get", path: "/projects/{id}", tag: "项目台账", summary: "一个项目及其阶段历史、可转阶段、跟进记录、月度进展和问题",
            parameters: [path("id", "项目编号（数字）或项目编码", type: "string"), query("month", "累计截至的月份", type: "string")],
            responses: [ok("项目", ref("ProjectDetail"))] + errors([401, 403, 404])),
        Operation(
            method: "put", path: "/projects/{id}", tag: "项目台账",
            summary: "修改项目信息（只改请求中出现的字段，null 或空串清空；阶段须用 /stage 变更）",
            parameters: [path("id", "项目编号（数字）或项目编码", type: "string")], requestBody: body(ref("ProjectInput")),
            responses: [ok("修改后的项目", ref("Project"))] + errors([400, 401, 403, 404, 409, 415, 422])),
        Operation(
            method: "post", path: "/projects/{id}/stage", tag: "项目台账",
            summary: "变更项目阶段：签约须有签约日期和金额，新开工须有实际开工日期，竣工须有实际竣工日期，投产须有投产日期，调整退出须写原因；不允许的变更返回 422 和中文说明",
            parameters: [path("id", "项目编号（数字）或项目编码", type: "string")], requestBody: body(ref("StageChangeRequest")),
            responses: [
                ok("变更后的项目和新增的阶段记录", object(["project": ref("Project"), "change": ref("StageChange")]))
            ] + errors([400, 401, 403, 404, 415, 422])),
        Operation(
            method: "post", path: "/projects/{id}/follow-ups", tag: "项目台账", summary: "添加跟进记录（走访、洽谈、考察 …）",
            parameters: [path("id", "项目编号（数字）或项目编码", type: "string")],
            requestBody: body(
                object(
                    ["on": ["type": ["string", "null"]], "kind": ["type": ["string", "null"]], "participants": ["type": ["string", "null"]], "summary": ["type": "string"]],
                    required: ["summary"])),
            responses: [("201", json("已添加", ref("FollowUp")))] + errors([400, 401, 403, 404, 415, 422])),
        Operation(
            method: "get", path: "/projects/{id}/matters", tag: "问题协调", summary: "项目的问题（供地、供水、供电、手续、融资、其他）",
            parameters: [path("id", "项目编号（数字）或项目编码", type: "string")],
            responses: [ok("问题列表", object(["matters": arrayOf(ref("Matter"))]))] + errors([401, 403, 404])),
        Operation(
            method: "post", path: "/projects/{id}/matters", tag: "问题协调", summary: "为项目添加问题（类别、描述、责任单位、办结时限）",
            parameters: [path("id", "项目编号（数字）或项目编码", type: "string")], requestBody: body(ref("MatterInput")),
            responses: [("201", json("已添加", ref("Matter")))] + errors([400, 401, 403, 404, 415, 422])),
        Operation(
            method: "put", path: "/matters/{id}", tag: "问题协调",
            summary: "修改或办结问题：status 为 resolved 时须有 resolution（resolvedOn 缺省为今天）；只改请求中出现的字段",
            parameters: [path("id", "问题编号")], requestBody: body(ref("MatterInput")),
            responses: [ok("修改后的问题", ref("Matter"))] + errors([400, 401, 403, 404, 415, 422])),
        Operation(
            method: "get", path: "/dispatch", tag: "月调度",
            summary: "一个组织某月的月调度：参加调度的项目及本月填报（未报的项目没有 entry）、今年累计（自动计算）、各开发区报送状态和未报项目",
            parameters: [
                query("unit", "组织编号或编码", required: true, type: "string"),
                query("month", "月份，如 2026-10", required: true, type: "string"),
            ],
            responses: [ok("月调度", ref("DispatchSheet"))] + errors([400, 401, 403, 404])),
        Operation(
            method: "put", path: "/dispatch", tag: "月调度",
            summary: "保存月调度（整体写入，任一条有问题则全部不保存）；已审核锁定的月份返回 409",
            parameters: [
                [
                    "name": "If-Match", "in": "header", "required": false,
                    "description": "GET 得到的 version；他人已先保存时返回 409，不覆盖", "schema": ["type": "string"],
                ]
            ],
            requestBody: body(ref("DispatchSave")),
            responses: [ok("已保存", object(["savedCount": ["type": "integer"]]))] + errors([400, 401, 403, 404, 409, 413, 415, 422])),
        dispatchStep("submit", "报送开发区的月调度（尚有未报项目时返回 409）"),
        dispatchStep("approve", "审核通过（已报送 → 已审核，本月调度数据锁定）"),
        dispatchStep("return", "退回（已报送 → 填报中，须写 reason）"),
        dispatchStep("reopen", "重新打开（已审核 → 填报中，须写 reason）"),
        Operation(
            method: "get", path: "/bulletin", tag: "月调度",
            summary: "督查通报：时序进度、开发区和项目按完成率排名、与时序进度差、滞后项目、逾期未解决问题",
            parameters: [
                query("month", "月份，如 2026-10", required: true, type: "string"),
                query("unit", "组织编号或编码（通报该组织及其下级），缺省为顶级组织", type: "string"),
            ],
            responses: [ok("督查通报", ref("Bulletin"))] + errors([400, 401, 403, 404])),
        Operation(
            method: "post", path: "/projects/sheet", tag: "项目台账",
            summary: "导入重点项目推进情况表（17列，.xlsx 或 .csv；multipart/form-data 的 file 字段，或原始文件内容加 ?filename=）：按项目编号新增或更新，同月再次导入只更新；有任何问题则不导入",
            parameters: [
                query("filename", "原始上传时的文件名，如 台账.xlsx", type: "string"),
                query("month", "报表月份，如 2026-10；缺省取文件标题中的月份", type: "string"),
                query("unit", "组织编号或编码：文件中没有“所属单位”的项目记入此组织", type: "string"),
            ],
            requestBody: [
                "required": true,
                "content": [
                    "multipart/form-data": [
                        "schema": object(
                            ["file": ["type": "string", "format": "binary"], "month": ["type": "string"], "unit": ["type": "string"]],
                            required: ["file"])
                    ],
                    "application/octet-stream": ["schema": ["type": "string", "format": "binary"]],
                    "text/csv": ["schema": ["type": "string"]],
                ],
            ],
            responses: [ok("导入结果", ref("ProjectSheetImportResult"))] + errors([400, 401, 403, 404, 413, 415, 422])),
        Operation(
            method: "get", path: "/projects/sheet.xlsx", tag: "项目台账",
            summary: "导出一个组织及其下级的重点项目推进情况表（17列，多个单位时另加“所属单位”列；可直接再导入）",
            parameters: [
                query("unit", "组织编号或编码，缺省为顶级组织", type: "string"),
                query("month", "月份，如 2026-10，缺省为当前报告月", type: "string"),
            ],
            responses: [xlsx("重点项目推进情况表")] + errors([400, 401, 403, 404])),
    ]

    /// The routes the document describes, as (method, full path).
    static var documentedRoutes: [APIRouteKey] {
        operations.map { APIRouteKey(method: $0.method, path: prefix + $0.path) }
    }

    static var document: JSONValue {
        var paths: [(String, JSONValue)] = []
        for operation in operations {
            let entry: JSONValue = .object(
                [
                    ("tags", [.string(operation.tag)]), ("summary", .string(operation.summary)),
                    ("operationId", .string(operationID(operation))),
                ] + (operation.parameters.isEmpty ? [] : [("parameters", .array(operation.parameters))])
                    + (operation.requestBody.map { [("requestBody", $0)] } ?? [])
                    + [("responses", .object(operation.responses))])
            let full = prefix + operation.path
            if let index = paths.firstIndex(where: { $0.0 == full }), case .object(let existing) = paths[index].1 {
                paths[index].1 = .object(existing + [(operation.method, entry)])
            } else {
                paths.append((full, .object([(operation.method, entry)])))
            }
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "台账 API",
                "version": "1.0.0",
                "description": .string(
                    "台账（开发区经济运行监测）的 JSON API。所有数值以字符串形式传递精确的十进制数（如 \"1234.5\"），"
                        + "不经过二进制浮点；错误统一为 {\"error\": {\"code\", \"message\", \"problems\"}}，message 为中文。"
                        + "除 POST /api/v1/session 外，每个调用都须登录：浏览器会话（Cookie tz_session，状态变更请求另带 "
                        + "X-CSRF-Token 请求头）或接口令牌（Authorization: Bearer tzk_…，无需 CSRF）。"),
            ],
            "servers": [["url": "/"]],
            "paths": .object(paths),
            "components": ["schemas": OpenAPISchemas.all],
        ]
    }

    static func response() throws -> Response {
        try JSONResponse.make(document)
    }

    private static func operationID(_ operation: Operation) -> String {
        let words = operation.path.split(whereSeparator: { "/-.{}".contains($0) }).map { word in
            word.prefix(1).uppercased() + word.dropFirst()
        }
        return operation.method + words.joined()
    }

    // MARK: Builders

    static func workflowStep(_ name: String, _ summary: String) -> Operation {
        Operation(
            method: "post", path: "/workflow/\(name)", tag: "报送审核",
            summary: summary + "；expectedVersion 为页面或上次读取时的版本，他人已先操作时返回 409",
            requestBody: body(ref("WorkflowStepRequest")),
            responses: [ok("操作后的状态", ref("WorkflowState"))] + errors([400, 401, 403, 404, 409, 415]))
    }

    static func dispatchStep(_ name: String, _ summary: String) -> Operation {
        Operation(
            method: "post", path: "/dispatch/\(name)", tag: "月调度",
            summary: summary + "；orgUnit 为开发区（园区按其开发区），expectedVersion 为读取时的版本，他人已先操作时返回 409",
            requestBody: body(ref("WorkflowStepRequest")),
            responses: [ok("操作后的状态", ref("WorkflowState"))] + errors([400, 401, 403, 404, 409, 415]))
    }

    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }

    static func arrayOf(_ item: JSONValue) -> JSONValue { ["type": "array", "items": item] }

    static func object(_ properties: [(String, JSONValue)], required: [String] = []) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("type", "object"), ("properties", .object(properties))]
        if !required.isEmpty { pairs.append(("required", .array(required.map(JSONValue.string)))) }
        return .object(pairs)
    }

    static func object(_ properties: KeyValuePairs<String, JSONValue>, required: [String] = []) -> JSONValue {
        object(properties.map { ($0.key, $0.value) }, required: required)
    }

    static func query(_ name: String, _ description: String, required: Bool = false, type: String) -> JSONValue {
        [
            "name": .string(name), "in": "query", "required": .bool(required), "description": .string(description),
            "schema": ["type": .string(type)],
        ]
    }

    static func path(_ name: String, _ description: String, type: String = "integer") -> JSONValue {
        [
            "name": .string(name), "in": "path", "required": true, "description": .string(description),
            "schema": ["type": .string(type)],
        ]
    }

    static func body(_ schema: JSONValue) -> JSONValue {
        ["required": true, "content": ["application/json": ["schema": schema]]]
    }

    static func json(_ description: String, _ schema: JSONValue) -> JSONValue {
        ["description": .string(description), "content": ["application/json": ["schema": schema]]]
    }

    static func ok(_ description: String, _ schema: JSONValue) -> (String, JSONValue) {
        ("200", json(description, schema))
    }

    static func xlsx(_ description: String) -> (String, JSONValue) {
        (
            "200",
            [
                "description": .string(description),
                "content": [FileDownload.xlsxType: ["schema": ["type": "string", "format": "binary"]]],
            ]
        )
    }

    static func errors(_ codes: [Int]) -> [(String, JSONValue)] {
        let descriptions = [
            400: "请求有误（参数缺失、JSON 无效）", 401: "未登录，或用户名、密码、接口令牌无效",
            403: "无权操作，或缺少/错误的 X-CSRF-Token", 429: "登录失败次数过多，账号暂时锁定", 404: "找不到组织或指标", 409: "冲突（编码或名称已存在、层级不允许、数据已审核锁定、他人已先修改）",
            413: "上传内容超过大小上限", 415: "内容类型不支持", 422: "数据未通过检查，problems 列出每一处",
        ]
        return (codes + [500]).map { code in
            (String(code), json(descriptions[code] ?? "服务器内部错误", ref("Error")))
        }
    }
}
