import Foundation
import TaizhangCore
import Testing

@Suite struct RankingTests {
    let entries: [(id: String, value: Decimal?)] = [
        ("甲", 9), ("乙", 7), ("丙", 7), ("丁", 5), ("戊", nil),
    ]

    @Test func competitionRankingDescending() {
        #expect(Statistics.ranks(entries) == ["甲": 1, "乙": 2, "丙": 2, "丁": 4])
    }

    @Test func ascending() {
        #expect(Statistics.ranks(entries, order: .ascending) == ["丁": 1, "乙": 2, "丙": 2, "甲": 4])
    }

    @Test func singleRankAndUnranked() {
        #expect(Statistics.rank(of: "丙", among: entries) == 2)
        #expect(Statistics.rank(of: "戊", among: entries) == nil)
        let onlyNil: [(id: Int, value: Decimal?)] = [(1, nil)]
        let none = Statistics.ranks(onlyNil)
        #expect(none.isEmpty)
    }

    @Test func allTied() {
        let tied: [(id: Int, value: Decimal?)] = [(1, d("3.50")), (2, d("3.5")), (3, d("3.5"))]
        #expect(Statistics.ranks(tied) == [1: 1, 2: 1, 3: 1])
    }

    @Test func negativeGrowthRanksBelowPositive() {
        let growth: [(id: Int, value: Decimal?)] = [(1, d("-2.1")), (2, d("6.5")), (3, d("0"))]
        #expect(Statistics.ranks(growth) == [2: 1, 3: 2, 1: 3])
        #expect(FigureFormatter().rankPhrase(3) == "居全市第3位")
        #expect(FigureFormatter().rankPhrase(1, scope: "全区") == "居全区第1位")
    }
}
