import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TaizhangCore
import TaizhangStore
import Testing

@testable import TaizhangWeb

/// The report pages end to end: library, editor, draft upload, fact check, fill with the writer's sections, the
/// stored report and its downloads, and who may reach them.
@Suite struct ReportPageTests {
    static func upload(
        _ uri: String, fileName: String, text: String, fields: [(String, String)] = []
    ) -> (
        String, HTTPFields, ByteBuffer
    ) {
        let boundary = "ReportBoundary"
        var body = ""
        for (name, value) in fields {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        body +=
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\n"
            + "Content-Type: text/plain\r\n\r\n\(text)\r\n--\(boundary)--\r\n"
        return (uri, [.contentType: "multipart/form-data; boundary=\(boundary)"], ByteBuffer(string: body))
    }

    @Test func everyReportPageRendersForAnAdministratorAndWritingIsRefusedToALeader() async throws {
        let fixture = try await ProjectFixture.make()
        let zone = fixture.city.zoneA.id
        let pages: [(String, [String])] = [
            ("/reports", ["报告模板", "月度经济运行简报", "项目调度通报", "年度工作总结", "新建模板", "从文稿生成模板", "核对文稿", "还没有生成过报告"]),
            ("/reports/templates/new", ["新建报告模板", "检查", "预览", "保存"]),
            ("/reports/templates/new?from=builtin:annual-summary", ["年度工作总结（副本）", "【填写 存在问题】"]),
            (
                "/reports/builtin/annual-summary",
                ["内置报告：年度工作总结", "复制为新模板", "readonly", "/reports/builtin/annual-summary/fill"]
            ),
            ("/reports/drafts", ["从文稿生成模板", "multipart/form-data", "读取文稿"]),
            ("/reports/check?unit=\(zone)", ["核对文稿数据", "2026年1—10月", "甲开发区"]),
            (
                "/reports/builtin/annual-summary/fill?unit=\(zone)&period=2025",
                ["生成报告：年度工作总结", "存在问题", "下一步工作思路", "2025年"]
            ),
        ]
        try await fixture.city.withApp { client in
            for (path, expected) in pages {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .ok, "\(path) \(response.text.prefix(300))")
                let html = response.text
                #expect(html.contains("<html lang=\"zh-CN\">"))
                #expect(html.contains("aria-current=\"page\">报告</a>"), "\(path): the navigation marks 报告")
                for text in expected { #expect(html.contains(text), "\(path) should contain \(text)") }
                #expect(!html.contains("http://") && !html.contains("https://"), "\(path) loads nothing from outside")
            }
        }
        let again = try await ProjectFixture.make()
        try await again.city.withApp(as: ProjectFixture.leaderWang) { client in
            // A leader reads reports …
            let library = try await client.execute(uri: "/reports?unit=\(zone)", method: .get)
            #expect(library.status == .ok)
            #expect(!library.text.contains("新建模板"))
            // … but writes none.
            for path in [
                "/reports/templates/new", "/reports/drafts", "/reports/builtin/annual-summary/fill?unit=\(zone)",
            ] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .forbidden, "\(path)")
            }
            let post = try await client.execute(
                uri: "/reports/templates", method: .post, headers: formHeaders,
                body: formBody([("name", "领导模板"), ("text", "标题\n【地区】"), ("action", "save")]))
            #expect(post.status == .forbidden)
        }
    }

    @Test func aDraftBecomesATemplateWithItsSlotsListedAndIsSaved() async throws {
        let city = try await TestCity.make()
        let database = city.database
        try await city.withApp { client in
            let draft = "高新区2024年工作总结\n2024年，全区实现地区生产总值1234.5亿元，同比增长5.2%。引进XX集团项目1个。"
            let (uri, headers, body) = Self.upload("/reports/drafts", fileName: "总结.txt", text: draft)
            let response = try await client.execute(uri: uri, method: .post, headers: headers, body: body)
            #expect(response.status == .ok, "\(response.text.prefix(500))")
            let html = response.text
            for text in ["原文", "类型", "指标", "口径", "单位", "变成", "说明", "1234.5", "地区生产总值", "增速", "保存为模板", "总结"] {
                #expect(html.contains(text), "the review should contain \(text)")
            }
            // The masked name is a field the writer fills, and it is listed before the sure conversions.
            let field = try #require(html.range(of: "【填写"))
            let gdp = try #require(html.range(of: "<th scope=\"row\">1234.5"))
            #expect(field.lowerBound < gdp.lowerBound)
            #expect(html.contains("class=\"uncertain\""))

            let template = "【地区】【年份】年工作总结\n【年份】年，全区实现地区生产总值【地区生产总值】亿元。"
            let save = try await client.execute(
                uri: "/reports/templates", method: .post, headers: formHeaders,
                body: formBody([("name", "总结"), ("text", template), ("source", "draft"), ("action", "save")]))
            #expect(save.status == .seeOther)
            let location = try #require(save.headers[.location])
            #expect(location.hasPrefix("/reports/templates/"))
            let stored = try await database.reports.templates()
            #expect(stored.map(\.name) == ["总结"])
            #expect(stored.first?.source == .draft)
            #expect(stored.first?.text == template)

            let page = try await client.execute(uri: location, method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains("总结") && page.text.contains("【地区生产总值】"))
            // The same name again is refused with a Chinese reason, and nothing more is stored.
            let twice = try await client.execute(
                uri: "/reports/templates", method: .post, headers: formHeaders,
                body: formBody([("name", "总结"), ("text", template), ("action", "save")]))
            #expect(twice.status == .unprocessableContent)
            #expect(twice.text.contains("已有名为“总结”的报告模板"))
            // A misspelt name is reported with line, column and a suggestion, and not saved.
            let check = try await client.execute(
                uri: "/reports/templates", method: .post, headers: formHeaders,
                body: formBody([("name", "错模板"), ("text", "标题\n全区【地区生产总直】亿元"), ("action", "save")]))
            #expect(check.status == .unprocessableContent)
            #expect(check.text.contains("<td class=\"num\">2</td><td class=\"num\">3</td>"), "\(check.text)")
            #expect(check.text.contains("您是不是要写：地区生产总值"))
            #expect(try await database.reports.templates().count == 1)
        }
    }

    @Test func aBuiltInReportIsFilledStoredAndDownloaded() async throws {
        let fixture = try await ProjectFixture.make()
        let database = fixture.city.database
        let zone = fixture.city.zoneA
        try await fixture.city.withApp { client in
            let response = try await client.execute(
                uri: "/reports/builtin/project-bulletin/fill", method: .post, headers: formHeaders,
                body: formBody([("unit", String(zone.id)), ("period", "2026-C10")]))
            #expect(response.status == .ok, "\(response.text.prefix(2000))")
            let html = response.text
            #expect(html.contains("已生成并保存"))
            #expect(html.contains("甲开发区重点项目建设调度通报"))
            #expect(html.contains("class=\"figure\"") || html.contains("tz-figure"))
            let reports = try await database.reports.reports(orgUnitIDs: nil)
            #expect(reports.count == 1)
            let report = try #require(reports.first)
            #expect(report.title == "甲开发区重点项目建设调度通报")
            #expect(report.templateKey == "builtin:project-bulletin")
            #expect(report.period == "2026-C10")
            #expect(report.figureCount > 10)
            #expect(html.contains("/reports/\(report.id).docx?unit=\(zone.id)"))

            let docx = try await client.execute(uri: "/reports/\(report.id).docx?unit=\(zone.id)", method: .get)
            #expect(docx.status == .ok)
            #expect(
                docx.headers[.contentType] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            #expect(Array(Data(buffer: docx.body).prefix(2)) == [0x50, 0x4B])  // a zip package
            #expect(docx.headers[.contentDisposition]?.contains("report-\(report.id).docx") == true)

            let view = try await client.execute(uri: "/reports/\(report.id)?unit=\(zone.id)", method: .get)
            #expect(view.status == .ok)
            #expect(view.text.contains("甲开发区重点项目建设调度通报") && view.text.contains("tz-report"))

            let library = try await client.execute(uri: "/reports", method: .get)
            #expect(library.text.contains("甲开发区重点项目建设调度通报"))
            #expect(library.text.contains("2026年1—10月"))
        }
    }

    @Test func aFillThatLacksAFigureNamesTheSlotAndStoresNothing() async throws {
        let city = try await TestCity.make()
        let database = city.database
        let zone = city.zoneA
        try await city.withApp { client in
            // The annual summary asks for figures the test city does not hold; the writer's section is kept only
            // with a report, so it is not stored either.
            let response = try await client.execute(
                uri: "/reports/builtin/annual-summary/fill", method: .post, headers: formHeaders,
                body: formBody([
                    ("unit", String(zone.id)), ("period", "2025"), ("section:存在问题", "要素保障仍有短板。"),
                ]))
            #expect(response.status == .unprocessableContent)
            let html = response.text
            #expect(html.contains("未能生成"))
            #expect(html.contains("【地区生产总值】"))
            #expect(html.contains("没有保存任何内容"))
            // The section the writer typed stays in the form.
            #expect(html.contains("要素保障仍有短板。"))
            #expect(try await database.reports.reports(orgUnitIDs: nil).isEmpty)
            #expect(
                try await database.reports.sections(
                    templateKey: "builtin:annual-summary", orgUnitID: zone.id, period: "2025"
                ).isEmpty)
        }
    }

    @Test func aStoredTemplateWithASectionIsFilledAndItsSectionPrefillsTheNextTime() async throws {
        let city = try await TestCity.make()
        let database = city.database
        let zone = city.zoneA
        let template = try await database.reports.createTemplate(
            name: "投资简报", text: "【地区】投资简报\n全区固定资产投资【固定资产投资】亿元。\n【填写 下一步】", source: .custom, by: "admin")
        try await city.withApp { client in
            let fill = "/reports/templates/\(template.id)/fill"
            let response = try await client.execute(
                uri: fill, method: .post, headers: formHeaders,
                body: formBody([("unit", String(zone.id)), ("period", "2026-C10"), ("section:下一步", "抓好项目。")]))
            #expect(response.status == .ok, "\(response.text.prefix(1000))")
            #expect(response.text.contains("全区固定资产投资"))
            #expect(response.text.contains("150.00"))
            #expect(response.text.contains("抓好项目。"))
            let page = try await client.execute(uri: fill + "?unit=\(zone.id)&period=2026-C10", method: .get)
            #expect(page.text.contains(">抓好项目。</textarea>"))
            let other = try await client.execute(uri: fill + "?unit=\(zone.id)&period=2026-C09", method: .get)
            #expect(!other.text.contains("抓好项目。"))
            // The editor previews the same template without storing anything.
            let preview = try await client.execute(
                uri: "/reports/templates/\(template.id)", method: .post, headers: formHeaders,
                body: formBody([
                    ("name", "投资简报"), ("text", template.text), ("unit", String(zone.id)), ("period", "2026-C10"),
                    ("action", "preview"),
                ]))
            #expect(preview.status == .ok)
            #expect(preview.text.contains("150.00") && preview.text.contains("预览不会保存"))
            #expect(try await database.reports.reports(orgUnitIDs: nil).count == 1)
        }
    }

    @Test func theFactCheckFlagsAPlantedFigureFirst() async throws {
        let city = try await TestCity.make()
        let zone = city.zoneA
        try await city.withApp { client in
            // 甲开发区 1—10月: 固定资产投资 150 亿元, +25.0 %. The draft plants 160.
            let draft = "1—10月，全区固定资产投资160亿元，同比增长25%。"
            let (uri, headers, body) = Self.upload(
                "/reports/check", fileName: "简报.txt", text: draft,
                fields: [("unit", String(zone.id)), ("period", "2026-C10")])
            let response = try await client.execute(uri: uri, method: .post, headers: headers, body: body)
            #expect(response.status == .ok, "\(response.text.prefix(1000))")
            let html = response.text
            #expect(html.contains("<dt>不一致</dt><dd class=\"behind\">1</dd>"), "\(html)")
            #expect(html.contains("<dt>一致</dt><dd>1</dd>"))
            let planted = try #require(html.range(of: "<th scope=\"row\">160</th><td class=\"behind\">不一致</td>"))
            let growth = try #require(html.range(of: "<td class=\"ok\">一致</td>"))
            #expect(planted.lowerBound < growth.lowerBound, "disagreements come first")
            #expect(html.contains("<td class=\"num\">150</td>"))
        }
    }

    @Test func aClerkSeesAndFillsOnlyHerZonesReports() async throws {
        let city = try await TestCity.make()
        let reports = city.database.reports
        func report(_ unit: OrgUnit, _ title: String) async throws -> Int64 {
            try await reports.saveReport(
                NewReport(
                    templateKey: "builtin:project-bulletin", templateName: "项目调度通报", orgUnitID: unit.id,
                    period: "2026-C10", title: title, createdBy: "admin", docx: Data([0x50, 0x4B]), html: "<p>x</p>",
                    figureCount: 0),
                sections: [:])
        }
        let own = try await report(city.park, "甲一园通报")
        let foreign = try await report(city.zoneB, "乙开发区通报")
        try await city.withApp(as: TestCity.clerkA) { client in
            // Without a unit the library opens on her zone.
            let redirect = try await client.execute(uri: "/reports", method: .get)
            #expect(redirect.status == .seeOther || redirect.status == .found)
            let library = try await client.execute(uri: "/reports?unit=\(city.zoneA.id)", method: .get)
            #expect(library.status == .ok)
            #expect(library.text.contains("甲一园通报"))
            #expect(!library.text.contains("乙开发区通报"))
            let mine = try await client.execute(uri: "/reports/\(own).docx?unit=\(city.park.id)", method: .get)
            #expect(mine.status == .ok)
            // Another zone's report stays closed, whatever unit the link names.
            for uri in ["/reports/\(foreign)?unit=\(city.zoneA.id)", "/reports/\(foreign).docx?unit=\(city.zoneB.id)"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .forbidden, "\(uri)")
            }
            let fill = try await client.execute(
                uri: "/reports/builtin/project-bulletin/fill", method: .post, headers: formHeaders,
                body: formBody([("unit", String(city.zoneB.id)), ("period", "2026-C10")]))
            #expect(fill.status == .forbidden)
            let preview = try await client.execute(
                uri: "/reports/templates", method: .post, headers: formHeaders,
                body: formBody([
                    ("name", "x"), ("text", "标题\n【地区】"), ("unit", String(city.zoneB.id)), ("action", "preview"),
                ]))
            #expect(preview.status == .forbidden)
            #expect(try await reports.reports(orgUnitIDs: nil).count == 2)
        }
    }
}
