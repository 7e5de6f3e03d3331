import Foundation
import Hummingbird
import HummingbirdTesting
import TaizhangCore
import Testing

@testable import TaizhangWeb

/// The bulletin of October 2026 over `ProjectFixture`, against the figures worked out by hand in its table.
@Suite struct BulletinTests {
    @Test func thePageRanksZonesAndProjectsAsWorkedOutByHand() async throws {
        let fixture = try await ProjectFixture.make()
        let city = fixture.city
        try await city.withApp { client in
            let response = try await client.execute(uri: "/bulletin?unit=\(city.city.id)&month=2026-10", method: .get)
            #expect(response.status == .ok)
            let html = response.text
            for text in [
                "测试市2026年1—10月重点项目建设督查通报", "时序进度", "83.3%",
                // 合计: 21000 of 28000 = 75.0%, 8.3 points behind.
                "完成年度计划的75.0%，落后时序进度8.3个百分点",
                "完成年度计划的90.0%，超时序进度6.7个百分点", "完成年度计划的66.7%，落后时序进度16.7个百分点",
                "+6.7", "-16.7", "落后时序进度33.3个百分点", "二期用地指标未落实", "31天",
                "按项目级别", "按产业链", "按开发区", "开工率", "资金到位率", "按期竣工率", "下载通报（.xlsx）",
            ] {
                #expect(html.contains(text), "bulletin should contain \(text)")
            }
            // 乙 (90%) ranks before 甲 (66.7%); projects P3 90%, P1 75%, P2 50%.
            let zones = try #require(html.range(of: "开发区排名"))
            let tail = html[zones.upperBound...]
            let b = try #require(tail.range(of: "乙开发区")).lowerBound
            let a = try #require(tail.range(of: "甲开发区")).lowerBound
            #expect(b < a)
            let projects = html[try #require(html.range(of: "项目排名")).upperBound...]
            let p3 = try #require(projects.range(of: "乙三号项目")).lowerBound
            let p1 = try #require(projects.range(of: "甲一号项目")).lowerBound
            let p2 = try #require(projects.range(of: "甲园二号项目")).lowerBound
            #expect(p3 < p1 && p1 < p2)

            let json = try await client.execute(uri: "/api/v1/bulletin?unit=T&month=2026-10", method: .get).json()
            let rows = json["zones"] as? [[String: Any]] ?? []
            #expect(rows.map { $0["orgUnitID"] as? Int } == [Int(city.zoneB.id), Int(city.zoneA.id)])
            #expect(rows.map { $0["rank"] as? Int } == [1, 2])
            #expect((rows.first?["figures"] as? [String: Any])?["completionRate"] as? String == "90")
            let zoneARate = (rows.last?["figures"] as? [String: Any])?["completionRate"] as? String ?? ""
            #expect(zoneARate.hasPrefix("66.66666"))
            let ranked = (json["projects"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
            #expect(ranked == ["T-P3", "T-P1", "T-P2"])
            #expect(json["projectCount"] as? Int == 3)
            #expect(json["reportedCount"] as? Int == 2)
            let overdue = json["overdueMatters"] as? [[String: Any]] ?? []
            #expect(overdue.first?["daysOverdue"] as? Int == 31)
            let lagging = (json["laggingProjects"] as? [[String: Any]] ?? []).compactMap {
                ($0["project"] as? [String: Any])?["code"] as? String
            }
            #expect(lagging == ["T-P2"])

            let statistics = try await client.execute(
                uri: "/api/v1/projects/statistics?unit=T&month=2026-10&by=zone,level", method: .get)
            #expect(statistics.status == .ok, "\(statistics.text.prefix(300))")
            let summary = try statistics.json()["summary"] as? [String: Any]
            #expect(summary?["annualPlan"] as? String == "28000")
            #expect(summary?["yearCompleted"] as? String == "21000")
            #expect(summary?["investmentCompletionRate"] as? String == "75")
            // Signed in 2026: P2 (20000) and P3 (15000), both started the same year.
            #expect(summary?["signedCount"] as? Int == 2)
            #expect(summary?["signedValue"] as? String == "35000")
            #expect(summary?["signedAndStartedSameYearCount"] as? Int == 2)
            let groups = try statistics.json()["groups"] as? [String: [[String: Any]]]
            #expect(groups?["zone"]?.count == 2)
            #expect(groups?["level"]?.compactMap { $0["key"] as? String } == ["provincialKey", "cityKey"])

            let file = try await client.execute(uri: "/bulletin.xlsx?unit=T&month=2026-10", method: .get)
            #expect(file.status == .ok)
            #expect(file.headers[.contentType] == FileDownload.xlsxType)
            #expect(file.body.readableBytes > 1000)
            #expect(String(buffer: file.body).hasPrefix("PK"))
        }
    }

    @Test func aZoneBulletinCoversItsOwnProjectsOnly() async throws {
        let fixture = try await ProjectFixture.make()
        try await fixture.city.withApp(as: TestCity.clerkA) { clerk in
            let json = try await clerk.execute(uri: "/api/v1/bulletin?unit=T-A&month=2026-10", method: .get).json()
            let ranked = (json["projects"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
            #expect(ranked == ["T-P1", "T-P2"])
            let total = json["total"] as? [String: Any]
            #expect(total?["annualPlan"] as? String == "18000")
            #expect(total?["yearCompleted"] as? String == "12000")
        }
    }
}
