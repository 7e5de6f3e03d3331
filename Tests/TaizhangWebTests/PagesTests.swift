import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import TaizhangWeb

@Suite struct PagesTests {
    @Test func everyPageAnswersInChinese() async throws {
        let city = try await TestCity.make()
        let zone = city.zoneA.id
        try await city.withApp { client in
            let pages: [(String, [String])] = [
                (
                    "/dashboard?unit=\(zone)&month=2026-10",
                    ["甲开发区经济运行驾驶舱", "2026年1—10月", "固定资产投资", "欠目标进度8.3个百分点", "总量居全市第2位"]
                ),
                ("/comparison?unit=\(zone)&month=2026-10", ["测试市开发区对比", "乙开发区", "丙开发区", "<svg"]),
                ("/entry?unit=\(zone)&month=2026-10", ["甲开发区月度填报", "检查", "保存", "上月累计 135.00"]),
                ("/import?unit=\(zone)&month=2026-10", ["数据导入", "下载导入模板", "multipart/form-data"]),
                ("/indicators", ["指标目录", "地区生产总值", "新增自定义指标"]),
                ("/org-units", ["组织机构", "测试市", "甲一园", "新建组织"]),
            ]
            for (path, expected) in pages {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .ok, "\(path)")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = response.text
                #expect(html.contains("<html lang=\"zh-CN\">"))
                #expect(html.contains("台账 · 开发区经济运行监测"))
                for text in expected { #expect(html.contains(text), "\(path) should contain \(text)") }
                #expect(!html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
                #expect(!html.contains("https://"))
            }
        }
    }

    @Test func dashboardCardShowsTrendChartAndGauge() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let html = try await client.execute(uri: "/dashboard?unit=T-A&month=2026-10", method: .get).text
            #expect(html.contains("role=\"img\""))
            #expect(html.contains("固定资产投资近13个月当月值走势"))
            #expect(html.contains("固定资产投资完成年度目标进度"))
            #expect(html.contains("同比增长25.0%"))
            // 地区生产总值 is real growth: the published 6.5%, not (300 − 250) ÷ 250 = 20%.
            #expect(html.contains("同比增长6.5%"))
            #expect(!html.contains("同比增长20.0%"))
        }
    }

    @Test func rootRedirectsToTheDashboard() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .seeOther || response.status == .found)
            #expect(response.headers[.location] == "/dashboard")
        }
    }

    @Test func unknownPathGetsAChinese404Page() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let response = try await client.execute(uri: "/no-such-page", method: .get)
            #expect(response.status == .notFound)
            #expect(response.text.contains("页面不存在"))
            #expect(response.text.contains("找不到您要访问的页面或数据"))
        }
    }

    @Test func unknownUnitGetsAChinese404() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let response = try await client.execute(uri: "/dashboard?unit=99999", method: .get)
            #expect(response.status == .notFound)
            #expect(response.text.contains("找不到组织“99999”"))
        }
    }

    @Test func staticFilesHaveTypesAndCaching() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let css = try await client.execute(uri: "/static/taizhang.css", method: .get)
            #expect(css.status == .ok)
            #expect(css.headers[.contentType]?.hasPrefix("text/css") == true)
            #expect(css.headers[.cacheControl]?.contains("max-age=86400") == true)
            #expect(css.text.contains("Noto Sans CJK SC"))
            let script = try await client.execute(uri: "/static/taizhang.js", method: .get)
            #expect(script.headers[.contentType]?.hasPrefix("text/javascript") == true)
            let missing = try await client.execute(uri: "/static/none.css", method: .get)
            #expect(missing.status == .notFound)
        }
    }

    @Test func pagesForbidForeignOrigins() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let response = try await client.execute(uri: "/indicators", method: .get)
            #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
        }
    }
}
