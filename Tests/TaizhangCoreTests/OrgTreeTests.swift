import Foundation
import TaizhangCore
import Testing

/// 某市 (1) → 东区 (2), 西区 (3); 东区 → 经开区 (4), 高新区 (5), 旧园区 (9, archived zone);
/// 经开区 → 一园 (6), 二园 (7); 西区 → 临港区 (8).
let sampleUnits: [OrgUnit] = [
    OrgUnit(id: 1, code: "C", name: "某市", kind: .city, parentID: nil),
    OrgUnit(id: 3, code: "W", name: "西区", kind: .district, parentID: 1, sortOrder: 2),
    OrgUnit(id: 2, code: "E", name: "东区", kind: .district, parentID: 1, sortOrder: 1),
    OrgUnit(id: 5, code: "E-GX", name: "高新区", kind: .zone, parentID: 2, sortOrder: 2),
    OrgUnit(id: 4, code: "E-JK", name: "经开区", kind: .zone, parentID: 2, sortOrder: 1),
    OrgUnit(id: 9, code: "E-OLD", name: "旧园区", kind: .zone, parentID: 2, sortOrder: 3, isArchived: true),
    OrgUnit(id: 6, code: "E-JK-1", name: "一园", kind: .park, parentID: 4, sortOrder: 1),
    OrgUnit(id: 7, code: "E-JK-2", name: "二园", kind: .park, parentID: 4, sortOrder: 2),
    OrgUnit(id: 8, code: "W-LG", name: "临港区", kind: .zone, parentID: 3),
]

@Suite struct OrgTreeTests {
    let tree = OrgTree(sampleUnits)

    @Test func treeOrderIsPreorderBySortOrder() {
        #expect(tree.units.map(\.id) == [1, 2, 4, 6, 7, 5, 9, 3, 8])
    }

    @Test func rootsAndChildren() {
        #expect(tree.roots.map(\.id) == [1])
        #expect(tree.children(of: 1).map(\.name) == ["东区", "西区"])
        #expect(tree.children(of: 2).map(\.id) == [4, 5])
        #expect(tree.children(of: 2, includingArchived: true).map(\.id) == [4, 5, 9])
        #expect(tree.children(of: 6).isEmpty)
    }

    @Test func descendantsAreTheSubtree() {
        #expect(tree.descendants(of: 2).map(\.id) == [4, 6, 7, 5])
        #expect(tree.descendants(of: 4).map(\.id) == [6, 7])
        #expect(tree.subtreeIDs(of: 2) == [2, 4, 6, 7, 5, 9])
        #expect(tree.subtreeIDs(of: 99).isEmpty)
    }

    @Test func siblingsShareParentAndKindAndSkipArchived() {
        #expect(tree.siblings(of: 4).map(\.id) == [4, 5])
        #expect(tree.siblings(of: 8).map(\.id) == [8])
        #expect(tree.siblings(of: 9).map(\.id) == [4, 5, 9])
        #expect(tree.siblings(of: 1).map(\.id) == [1])
    }

    @Test func pathAndAncestors() {
        #expect(tree.path(to: 6).map(\.name) == ["某市", "东区", "经开区", "一园"])
        #expect(tree.ancestors(of: 6).map(\.id) == [1, 2, 4])
        #expect(tree.ancestors(of: 1).isEmpty)
        #expect(tree.path(to: 42).isEmpty)
    }

    @Test func zonesInASubtree() {
        #expect(tree.zones(in: 1).map(\.id) == [4, 5, 8])
        #expect(tree.zones(in: 1, includingArchived: true).map(\.id) == [4, 5, 9, 8])
        #expect(tree.zones(in: 4).map(\.id) == [4])
        #expect(tree.zones(in: 6).isEmpty)
        #expect(tree.units(ofKind: .park, in: 1).map(\.id) == [6, 7])
    }

    @Test func lookup() {
        #expect(tree.unit(id: 5)?.name == "高新区")
        #expect(tree.unit(code: "W-LG")?.id == 8)
        #expect(tree.unit(named: "一园", parentID: 4)?.id == 6)
        #expect(tree.unit(named: "一园", parentID: 2) == nil)
        #expect(tree.lookup("E-JK")?.id == 4)
        #expect(tree.lookup(" 临港区 ")?.id == 8)
        #expect(tree.lookup("不存在") == nil)
        #expect(tree.lookup("e-jk")?.id == 4)
        #expect(tree.lookup("Ｅ－ＪＫ－１")?.id == 6)
    }

    @Test func ambiguousNameDoesNotResolve() {
        let units = sampleUnits + [OrgUnit(id: 10, code: "W-1", name: "一园", kind: .park, parentID: 8)]
        #expect(OrgTree(units).lookup("一园") == nil)
        #expect(OrgTree(units).unit(named: "一园", parentID: 8)?.id == 10)
    }

    @Test func orphanBecomesRootAndParentCycleLosesNothing() {
        let units = [
            OrgUnit(id: 1, code: "A", name: "甲", kind: .zone, parentID: 50),
            OrgUnit(id: 2, code: "B", name: "乙", kind: .park, parentID: 3),
            OrgUnit(id: 3, code: "C", name: "丙", kind: .park, parentID: 2),
        ]
        let tree = OrgTree(units)
        #expect(tree.roots.map(\.id) == [1])
        #expect(Set(tree.units.map(\.id)) == [1, 2, 3])
        #expect(tree.path(to: 2).count == 2)
    }
}
