import Foundation
import TaizhangCore
import Testing

@Suite struct KindParsingTests {
    @Test func orgUnitKinds() {
        #expect(OrgUnitKind(userText: "zone") == .zone)
        #expect(OrgUnitKind(userText: " 经开区 ") == .zone)
        #expect(OrgUnitKind(userText: "区县") == .district)
        #expect(OrgUnitKind(userText: "县（市、区）") == .district)
        #expect(OrgUnitKind(userText: "园区") == .park)
        #expect(OrgUnitKind(userText: "市") == .city)
        #expect(OrgUnitKind(userText: "乡镇") == nil)
        for kind in OrgUnitKind.allCases { #expect(OrgUnitKind(userText: kind.displayName) == kind) }
    }

    @Test func indicatorKindsAndGrowth() {
        #expect(IndicatorKind(userText: "per_capita") == .perCapita)
        #expect(IndicatorKind(userText: "人均") == .perCapita)
        #expect(IndicatorKind(userText: "金额") == nil)
        for kind in IndicatorKind.allCases { #expect(IndicatorKind(userText: kind.displayName) == kind) }
        #expect(GrowthBasis(userText: "REAL") == .real)
        #expect(GrowthBasis(userText: "可比价（发布增速）") == .real)
        #expect(GrowthBasis(userText: "现价") == .nominal)
        #expect(GrowthBasis(userText: "") == GrowthBasis.none)
        #expect(GrowthBasis(userText: "快") == nil)
        for basis in GrowthBasis.allCases { #expect(GrowthBasis(userText: basis.displayName) == basis) }
    }
}
