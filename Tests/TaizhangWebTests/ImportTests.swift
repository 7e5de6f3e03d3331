import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import TaizhangWeb

@Suite struct ImportTests {
    static let header = "组织编码,指标名称,月份,本月值,累计值,上年同期累计值,公布增速(%),备注"

    @Test func badFileStoresNothingAndListsEveryProblem() async throws {
        let city = try await TestCity.make()
        let database = city.database
        let csv = [
            Self.header,
            "T-B,固定资产投资,2026-11,10,190,170,,",
            "T-B,不存在的指标,2026-11,1,2,3,,",
            "T-C,社零,2026-11,12万,5,4,,",
        ].joined(separator: "\n")
        try await city.withApp { client in
            let before = try await database.observations.count()
            let response = try await client.execute(
                uri: "/api/v1/import?filename=bad.csv", method: .post, headers: [.contentType: "text/csv"],
                body: ByteBuffer(string: csv))
            #expect(response.status == .unprocessableContent)
            let error = try response.json()["error"] as? [String: Any] ?? [:]
            #expect(error["code"] as? String == "import_rejected")
            let problems = error["problems"] as? [[String: Any]] ?? []
            #expect(problems.count >= 2)
            #expect(problems.contains { $0["row"] as? Int == 3 && $0["file"] as? String == "bad.csv" })
            #expect(problems.contains { $0["row"] as? Int == 4 && ($0["column"] as? String)?.hasPrefix("D") == true })
            #expect(try await database.observations.count() == before)
        }
    }

    /// Good rows are stored in batches while the file is still being read: a bad row after the first batches
    /// must still leave the database as it was.
    @Test func badRowAfterSeveralBatchesStoresNothing() async throws {
        let city = try await TestCity.make()
        let database = city.database
        var lines = [Self.header]
        for year in 2100..<2600 {
            for month in 1...12 {
                for unit in ["T-B", "T-C"] {
                    for indicator in ["固定资产投资", "社零"] { lines.append("\(unit),\(indicator),\(year)-\(month),1,,,,") }
                }
            }
        }
        #expect(lines.count - 1 > 2 * ImportService.batchSize)
        let goodOnly = lines.joined(separator: "\n")
        lines.append("T-B,固定资产投资,2026-13,1,,,,")
        let csv = lines.joined(separator: "\n")
        let lineCount = lines.count
        try await city.withApp { client in
            let before = try await database.observations.count()
            let response = try await client.execute(
                uri: "/api/v1/import?filename=long.csv", method: .post, headers: [.contentType: "text/csv"],
                body: ByteBuffer(string: csv))
            #expect(response.status == .unprocessableContent)
            let problems = (try response.json()["error"] as? [String: Any])?["problems"] as? [[String: Any]] ?? []
            #expect(problems.count == 1)
            #expect(problems.first?["row"] as? Int == lineCount)
            #expect(try await database.observations.count() == before)

            let good = try await client.execute(
                uri: "/api/v1/import?filename=long.csv", method: .post, headers: [.contentType: "text/csv"],
                body: ByteBuffer(string: goodOnly))
            #expect(good.status == .ok)
            #expect(try good.json()["importedCount"] as? Int == lineCount - 2)
            #expect(try await database.observations.count() == before + lineCount - 2)
        }
    }

    @Test func goodCSVImportsAtomicallyAndNamesTheEncoding() async throws {
        let city = try await TestCity.make()
        let database = city.database
        let csv = [Self.header, "T-B,固定资产投资,2026-11,10,190,170,,", "乙开发区,社零,2026-11,5,50,45,,"].joined(separator: "\n")
        try await city.withApp { client in
            let response = try await client.execute(
                uri: "/api/v1/import?filename=ok.csv", method: .post, headers: [.contentType: "text/csv"],
                body: ByteBuffer(string: csv))
            #expect(response.status == .ok)
            let json = try response.json()
            #expect(json["importedCount"] as? Int == 2)
            #expect(json["encoding"] as? String == "utf-8")
            let stored = try await database.observations.list(
                orgUnitIDs: [city.zoneB.id], from: .init(year: 2026, month: 11)!, through: .init(year: 2026, month: 11)!
            )
            #expect(stored.count == 2)
        }
    }

    @Test func importPageShowsAProblemTable() async throws {
        let city = try await TestCity.make()
        let csv = [Self.header, "T-B,不存在的指标,2026-11,1,2,3,,"].joined(separator: "\n")
        let boundary = "----taizhang-test"
        var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"month\"\r\n\r\n2026-11\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"十一月.csv\"\r\n"
        body += "Content-Type: text/csv\r\n\r\n\(csv)\r\n--\(boundary)--\r\n"
        let upload = body
        try await city.withApp { client in
            let response = try await client.execute(
                uri: "/import", method: .post, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"],
                body: ByteBuffer(string: upload))
            #expect(response.status == .unprocessableContent)
            let html = response.text
            #expect(html.contains("未导入任何数据"))
            #expect(
                html.contains(
                    "<th scope=\"col\">文件</th><th scope=\"col\">行</th><th scope=\"col\">列</th><th scope=\"col\">原因</th>"
                ))
            #expect(html.contains("十一月.csv"))
            #expect(html.contains("第2行"))
        }
    }

    @Test func oversizedUploadGetsAChinese413() async throws {
        let city = try await TestCity.make()
        try await city.withApp(uploadLimit: 1024) { client in
            let response = try await client.execute(
                uri: "/api/v1/import?filename=big.csv", method: .post, headers: [.contentType: "text/csv"],
                body: ByteBuffer(string: String(repeating: "a", count: 4096)))
            #expect(response.status == .contentTooLarge)
            let error = try response.json()["error"] as? [String: Any] ?? [:]
            #expect((error["message"] as? String)?.contains("超过大小上限（1 KB）") == true)
        }
    }

    @Test func templateAndExportAreWorkbooks() async throws {
        let city = try await TestCity.make()
        try await city.withApp { client in
            let template = try await client.execute(uri: "/api/v1/template.xlsx?unit=T-A&month=2026-11", method: .get)
            #expect(template.status == .ok)
            #expect(template.headers[.contentType] == FileDownload.xlsxType)
            #expect(Array(template.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            #expect(template.headers[.contentDisposition]?.contains("filename*=UTF-8''") == true)
            let export = try await client.execute(
                uri: "/api/v1/export.xlsx?unit=T&from=2026-01&to=2026-10", method: .get)
            #expect(export.status == .ok)
            #expect(Array(export.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
        }
    }
}
