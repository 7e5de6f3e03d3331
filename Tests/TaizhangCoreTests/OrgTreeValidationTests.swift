import Foundation
import TaizhangCore
import Testing

@Suite struct OrgTreeValidationTests {
    let tree = OrgTree(sampleUnits)

    @Test func legalMove() throws {
        try tree.validateMove(5, toParent: 3)
        try tree.validateMove(6, toParent: 5)
        try tree.validateMove(6, toParent: 2)
    }

    @Test func moveUnderItselfOrADescendantIsACycle() {
        #expect(throws: OrgTreeError.cycle(unit: "东区", newParent: "一园")) { try tree.validateMove(2, toParent: 6) }
        #expect(throws: OrgTreeError.cycle(unit: "经开区", newParent: "经开区")) { try tree.validateMove(4, toParent: 4) }
    }

    @Test func kindMustBeBelowParent() {
        #expect(
            throws: OrgTreeError.kindNotBelowParent(unit: "经开区", kind: .zone, parent: "临港区", parentKind: .zone)
        ) { try tree.validateMove(4, toParent: 8) }
        let error = OrgTreeError.kindNotBelowParent(unit: "经开区", kind: .zone, parent: "临港区", parentKind: .zone)
        #expect(error.userMessage == "“经开区”是开发区，不能放在开发区“临港区”之下：下级组织的层级必须低于上级（市 → 区县 → 开发区 → 园区）")
    }

    @Test func nameMustBeFreeUnderTheNewParent() {
        let units = sampleUnits + [OrgUnit(id: 10, code: "W-1", name: "一园", kind: .park, parentID: 8)]
        #expect(throws: OrgTreeError.duplicateName(name: "一园", parent: "经开区")) {
            try OrgTree(units).validateMove(10, toParent: 4)
        }
    }

    @Test func unknownUnits() {
        #expect(throws: OrgTreeError.unknownUnit(id: 77)) { try tree.validateMove(77, toParent: 1) }
        #expect(throws: OrgTreeError.unknownUnit(id: 77)) { try tree.validateMove(4, toParent: 77) }
    }

    @Test func insertAndRename() throws {
        try tree.validateInsert(OrgUnit(id: 20, code: "E-JK-3", name: "三园", kind: .park, parentID: 4))
        #expect(throws: OrgTreeError.duplicateCode(code: "E-JK-1", existing: "一园")) {
            try tree.validateInsert(OrgUnit(id: 20, code: "E-JK-1", name: "三园", kind: .park, parentID: 4))
        }
        #expect(throws: OrgTreeError.duplicateName(name: "二园", parent: "经开区")) {
            try tree.validateInsert(OrgUnit(id: 20, code: "X", name: "二园", kind: .park, parentID: 4))
        }
        #expect(throws: OrgTreeError.blankField(field: "名称")) {
            try tree.validateInsert(OrgUnit(id: 20, code: "X", name: " ", kind: .park, parentID: 4))
        }
        try tree.validateRename(6, to: "一园区")
        try tree.validateRename(6, to: "一园")
        #expect(throws: OrgTreeError.duplicateName(name: "二园", parent: "经开区")) { try tree.validateRename(6, to: "二园") }
        #expect(OrgTreeError.duplicateName(name: "二园", parent: "经开区").userMessage == "“经开区”之下已有名为“二园”的组织")
    }
}
