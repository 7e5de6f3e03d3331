import Foundation
import Hummingbird
import HummingbirdTesting
import TaizhangCore
import Testing

@testable import TaizhangWeb

/// The project pages render in Chinese with and without projects, the ledger's filters and sums are exact,
/// the board counts by stage, and "my projects" follows the liaison leader.
@Suite struct ProjectPagesTests {
    @Test func everyProjectPageRendersWithNoProjects() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let pages: [(String, [String])] = [
                ("/projects", ["测试市项目台账", "没有符合条件的项目", "新建项目", "项目台账", "月调度", "督查通报"]),
                ("/projects/board", ["测试市项目看板", "储备", "洽谈", "签约", "前期", "新开工", "续建", "竣工", "投产"]),
                ("/projects/new?unit=\(city.zoneA.id)", ["新建项目", "项目编号", "2026年计划投资", "2029年计划投资", "包联领导", "省百大", "装备制造"]),
                ("/projects/mine", ["我包联的项目", "没有由"]),
                ("/dispatch?unit=\(city.zoneA.id)&month=2026-10", ["甲开发区项目月调度", "本月没有需要调度的项目", "甲开发区"]),
                ("/dispatch?unit=\(city.city.id)&month=2026-10", ["测试市项目月调度", "乙开发区", "丙开发区"]),
                ("/bulletin?unit=\(city.city.id)&month=2026-10", ["督查通报", "测试市2026年1—10月重点项目建设督查通报", "时序进度", "83.3%", "本月没有纳入调度的项目"]),
            ]
            for (path, expected) in pages {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .ok, "\(path): \(response.text.prefix(300))")
                let html = response.text
                #expect(html.contains("<html lang=\"zh-CN\">"))
                for text in expected { #expect(html.contains(text), "\(path) should contain \(text)") }
                #expect(!html.contains("https://"))
            }
            // The 项目 menu of the navigation is on every page, and current on its own pages.
            let dashboard = try await client.execute(uri: "/dashboard?unit=T-A&month=2026-10", method: .get).text
            #expect(dashboard.contains("<a href=\"/projects\">项目台账</a>"))
            let board = try await client.execute(uri: "/projects/board?unit=\(city.zoneA.id)&month=2026-10", method: .get).text
            #expect(board.contains("href=\"/projects/board?unit=\(city.zoneA.id)&amp;month=2026-10\" aria-current=\"page\">项目看板"))
        }
    }

    @Test func theLedgerFiltersAndSumsExactly() async throws {
        let fixture = try await ProjectFixture.make()
        let city = fixture.city
        try await city.withApp { client in
            let all = try await client.execute(uri: "/projects?unit=\(city.city.id)&month=2026-10", method: .get)
            #expect(all.status == .ok)
            // 80000 + 30000 + 20000 + 5000; plans 12000 + 6000 + 10000; completed 9000 + 3000 + 9000.
            for text in ["共4个项目", "135,000.00", "28,000.00", "21,000.00", "1—10月累计完成", "2026年计划", "甲一号项目", "乙四号储备", "未报"] {
                #expect(all.text.contains(text), "ledger should contain \(text)")
            }
            func names(_ query: String) async throws -> [String] {
                let json = try await client.execute(uri: "/api/v1/projects?month=2026-10&" + query, method: .get).json()
                return (json["projects"] as? [[String: Any]] ?? []).compactMap {
                    ($0["project"] as? [String: Any])?["code"] as? String
                }
            }
            #expect(try await names("unit=T") == ["T-P1", "T-P2", "T-P3", "T-P4"])
            #expect(try await names("unit=T-A") == ["T-P1", "T-P2"])
            #expect(try await names("unit=T&stage=started") == ["T-P2", "T-P3"])
            #expect(try await names("unit=T&level=市重点") == ["T-P1"])
            #expect(try await names("unit=T&leader=%E7%8E%8B%E5%BC%BA") == ["T-P2", "T-P3"])
            #expect(try await names("unit=T&q=%E4%B9%99") == ["T-P3", "T-P4"])
            let sums = try await client.execute(uri: "/api/v1/projects?unit=T-A&month=2026-10", method: .get).json()
            #expect(sums["plannedInvestment"] as? String == "110000")
            #expect(sums["annualPlan"] as? String == "18000")
            #expect(sums["yearCompleted"] as? String == "12000")
            let filtered = try await client.execute(
                uri: "/projects?unit=\(city.city.id)&month=2026-10&stage=started", method: .get).text
            #expect(filtered.contains("共2个项目"))
            #expect(filtered.contains("16,000.00"))  // plans 6000 + 10000

            let board = try await client.execute(uri: "/projects/board?unit=\(city.city.id)&month=2026-10", method: .get).text
            #expect(board.contains("共4个在库项目"))
            #expect(board.contains("<span class=\"count\">2个</span>"))  // 新开工: P2, P3
            #expect(board.contains("乙四号储备"))
        }
    }

    @Test func myProjectsFollowTheSignedInLeader() async throws {
        let fixture = try await ProjectFixture.make()
        try await fixture.city.withApp(as: ProjectFixture.leaderWang) { leader in
            let home = try await leader.execute(uri: "/projects/mine", method: .get)
            #expect(home.headers[.location] == "/projects/mine?unit=\(fixture.city.city.id)")
            let page = try await leader.execute(uri: "/projects/mine?unit=\(fixture.city.city.id)&month=2026-10", method: .get)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("包联领导：王强"))
            #expect(html.contains("甲园二号项目"))
            #expect(html.contains("乙三号项目"))
            #expect(!html.contains("甲一号项目"))
            #expect(html.contains("完成年度计划的50.0%，落后时序进度33.3个百分点"))
            #expect(html.contains("二期用地指标未落实"))
            #expect(html.contains("已逾期"))
            // A leader cannot look at another leader's list, nor edit.
            let other = try await leader.execute(
                uri: "/projects/mine?unit=\(fixture.city.city.id)&leader=%E6%9D%8E%E6%98%8E", method: .get)
            #expect(other.text.contains("包联领导：王强"))
            let edit = try await leader.execute(uri: "/projects/\(fixture.p3.id!)/edit", method: .get)
            #expect(edit.status == .forbidden)
            let detail = try await leader.execute(uri: "/projects/\(fixture.p3.id!)", method: .get)
            #expect(detail.status == .ok)
            #expect(!detail.text.contains("转为竣工"))
        }
    }
}
