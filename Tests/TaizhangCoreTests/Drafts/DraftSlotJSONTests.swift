import Foundation
import TaizhangCore
import Testing

/// The `--json` output: every key present, keys in the contract's order, one slot per line.
@Suite struct DraftSlotJSONTests {
    @Test func theContractsObject() throws {
        let slots = [
            DraftSlot(
                start: 31, end: 33, text: "XX", masked: true, type: .number, unit: "亿元", measure: .value,
                indicator: "地区生产总值", period: "2021年"),
            DraftSlot(start: 40, end: 42, text: "X\"", masked: true, type: .name),
        ]
        let json = DraftSlotJSON.encode(encoding: "UTF-8", slots: slots)
        let lines = json.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(
            lines[1]
                == #"  {"start": 31, "end": 33, "text": "XX", "masked": true, "type": "number", "indicator": "地区生产总值", "measure": "value", "unit": "亿元", "period": "2021年"},"#
        )
        #expect(lines[2].contains(#""indicator": null, "measure": null, "unit": null, "period": null"#))
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["encoding"] as? String == "UTF-8")
        let decoded = try #require(object["slots"] as? [[String: Any]])
        #expect(decoded[1]["text"] as? String == "X\"")
        #expect(decoded[1]["unit"] is NSNull)
    }

    @Test func noSlots() throws {
        let json = DraftSlotJSON.encode(encoding: "GB18030", slots: [])
        #expect(json == "{\"encoding\": \"GB18030\", \"slots\": []}\n")
    }

    @Test func roundTripsThroughCodable() throws {
        let text = "2021年全区地区生产总值达到XX亿元，同比增长X.X%。"
        let slots = DraftReader.read(text)
        let object = try JSONDecoder().decode(
            [String: [DraftSlot]].self,
            from: Data(DraftSlotJSON.encode(encoding: "UTF-8", slots: slots).replacingOccurrences(of: "\"encoding\": \"UTF-8\", ", with: "").utf8))
        #expect(object["slots"] == slots)
    }
}
