import Foundation
import TaizhangCore
import Testing

/// Reading helpers for the draft tests: slots by the text around them, and the contract's scoring.
enum DraftProbe {
    /// The Unicode-scalar offset of `needle` in `text`, searching after `after` when given.
    static func offset(of needle: String, in text: String, after: String? = nil) -> Int? {
        let scalars = Array(text.unicodeScalars)
        let target = Array(needle.unicodeScalars)
        var from = 0
        if let after, let a = offset(of: after, in: text) { from = a + after.unicodeScalars.count }
        guard target.count <= scalars.count, from <= scalars.count - target.count else { return nil }
        for i in from...(scalars.count - target.count) where Array(scalars[i..<(i + target.count)]) == target {
            return i
        }
        return nil
    }

    /// The slot starting where `needle` starts (the first occurrence after `after`).
    static func slot(_ text: String, _ needle: String, after: String? = nil) -> DraftSlot? {
        guard let start = offset(of: needle, in: text, after: after) else { return nil }
        return DraftReader.read(text).first { $0.start == start }
    }

    /// The texts of all slots, in order.
    static func texts(_ text: String) -> [String] { DraftReader.read(text).map(\.text) }
}

/// The expected answers of a fixture: the contract's slots, optionally scored only inside `range`.
struct DraftExpectation: Decodable {
    var slots: [DraftSlot]
    var range: [Int]?

    static func load(_ name: String) throws -> DraftExpectation {
        let url = try #require(DraftFixtures.url(name))
        return try JSONDecoder().decode(DraftExpectation.self, from: Data(contentsOf: url))
    }
}

enum DraftFixtures {
    static func url(_ name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/Drafts")
    }

    static func text(_ name: String) throws -> String {
        let url = try #require(DraftFixtures.url(name))
        return try String(contentsOf: url, encoding: .utf8)
    }
}

/// The scores of "How it is judged" (the Swift twin of scripts/drafts/score.py).
struct DraftScore: CustomStringConvertible {
    var precision = 0.0, recall = 0.0, f1 = 0.0
    var type = 0.0, unit = 0.0, measure = 0.0, indicator = 0.0, indicatorPrecision = 0.0

    init(expected: DraftExpectation, actual allSlots: [DraftSlot], catalogue: IndicatorCatalogue = .standard) {
        let actualSlots = allSlots.filter { slot in
            guard let range = expected.range else { return true }
            return slot.start >= range[0] && slot.start < range[1]
        }
        let wanted = Dictionary(expected.slots.map { ($0.start, $0) }, uniquingKeysWith: { a, _ in a })
        let found = Dictionary(actualSlots.map { ($0.start, $0) }, uniquingKeysWith: { a, _ in a })
        let matched = wanted.keys.filter { found[$0] != nil }.sorted()
        let tp = Double(matched.count)
        precision = found.isEmpty ? 1 : tp / Double(found.count)
        recall = wanted.isEmpty ? 1 : tp / Double(wanted.count)
        f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        func share(_ keys: [Int], _ same: (DraftSlot, DraftSlot) -> Bool) -> Double {
            keys.isEmpty ? 1 : Double(keys.filter { same(wanted[$0]!, found[$0]!) }.count) / Double(keys.count)
        }
        func indicatorKey(_ name: String?) -> String? {
            guard let name else { return nil }
            return catalogue.resolve(DraftScore.simplified(name))?.name ?? name
        }
        type = share(matched) { $0.type == $1.type }
        unit = share(matched) { DraftScore.unitKey($0.unit) == DraftScore.unitKey($1.unit) }
        measure = share(matched) { $0.measure == $1.measure }
        indicator = share(matched.filter { wanted[$0]!.indicator != nil }) {
            indicatorKey($0.indicator) == indicatorKey($1.indicator)
        }
        indicatorPrecision = share(matched.filter { found[$0]!.indicator != nil }) {
            indicatorKey($0.indicator) == indicatorKey($1.indicator)
        }
    }

    static func simplified(_ s: String) -> String {
        let map: [Character: Character] = ["億": "亿", "萬": "万", "點": "点", "個": "个", "噸": "吨", "畝": "亩", "項": "项", "戶": "户", "％": "%"]
        return String(s.map { map[$0] ?? $0 })
    }

    static func unitKey(_ unit: String?) -> String? {
        guard let unit else { return nil }
        let u = simplified(unit)
        return u.hasPrefix("个百分点") ? String(u.dropFirst()) : u
    }

    var description: String {
        String(
            format: "P %.3f R %.3f F1 %.3f type %.3f unit %.3f measure %.3f indicator %.3f indicator precision %.3f",
            precision, recall, f1, type, unit, measure, indicator, indicatorPrecision)
    }
}
