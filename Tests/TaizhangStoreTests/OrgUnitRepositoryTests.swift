import TaizhangCore
import Testing

@testable import TaizhangStore

@Suite("Org unit repository")
struct OrgUnitRepositoryTests {
    @Test("create builds the tree with ids, sort order and parents", arguments: TestEngine.all)
    func createTree(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let second = try await database.orgUnits.create(
                code: "HX-GX", name: "高新区", kind: .zone, parentID: tree.district.id)
            #expect(second.sortOrder == 2)  // after 河西经济技术开发区, the first child
            #expect(tree.zone.sortOrder == 1)

            let all = try await database.orgUnits.all()
            #expect(all.count == 5)
            #expect(try await database.orgUnits.find(code: "HX-JK-1") == tree.park)
            #expect(try await database.orgUnits.find(id: tree.zone.id)?.parentID == tree.district.id)
            #expect(try await database.orgUnits.find(code: "nope") == nil)
            #expect(
                try await database.orgUnits.subtreeIDs(of: tree.district.id)
                    == [tree.district.id, tree.zone.id, second.id, tree.park.id])
        }
    }

    @Test("create refuses bad input with Chinese messages", arguments: TestEngine.all)
    func createErrors(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let units = database.orgUnits
            await #expect(throws: StoreError.duplicateOrgUnitCode("HX-JK")) {
                try await units.create(code: " HX-JK ", name: "重复", kind: .park, parentID: tree.zone.id)
            }
            await #expect(throws: StoreError.emptyField("组织名称")) {
                try await units.create(code: "X", name: "  ", kind: .park, parentID: tree.zone.id)
            }
            await #expect(throws: StoreError.emptyField("组织编码")) {
                try await units.create(code: "", name: "园区", kind: .park, parentID: tree.zone.id)
            }
            await #expect(throws: StoreError.orgUnitNotFound(id: 9_999)) {
                try await units.create(code: "X", name: "园区", kind: .park, parentID: 9_999)
            }
            await #expect(throws: StoreError.invalidParentKind(child: .zone, parent: .park)) {
                try await units.create(code: "X", name: "开发区", kind: .zone, parentID: tree.park.id)
            }
            await #expect(throws: StoreError.invalidParentKind(child: .zone, parent: .zone)) {
                try await units.create(code: "X", name: "开发区", kind: .zone, parentID: tree.zone.id)
            }
            #expect(StoreError.duplicateOrgUnitCode("HX-JK").userMessage == "组织编码“HX-JK”已存在，请换一个编码。")
            #expect(
                StoreError.invalidParentKind(child: .zone, parent: .park).userMessage
                    == "开发区不能设在园区之下：下级组织的层级必须低于上级。")
            #expect(try await units.all().count == 4)
        }
    }

    @Test("rename and move change one unit; moves under itself or a descendant are refused", arguments: TestEngine.all)
    func renameAndMove(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let units = database.orgUnits
            let renamed = try await units.rename(id: tree.zone.id, to: " 河西经开区 ")
            #expect(renamed.name == "河西经开区")
            #expect(try await units.find(id: tree.zone.id)?.name == "河西经开区")
            await #expect(throws: StoreError.emptyField("组织名称")) { try await units.rename(id: tree.zone.id, to: "") }
            await #expect(throws: StoreError.orgUnitNotFound(id: 404)) { try await units.rename(id: 404, to: "x") }

            let west = try await units.create(code: "HX-XC", name: "西城区", kind: .district, parentID: tree.city.id)
            let moved = try await units.move(id: tree.zone.id, toParent: west.id)
            #expect(moved.parentID == west.id)
            #expect(try await units.find(id: tree.zone.id)?.parentID == west.id)
            #expect(try await units.find(id: tree.park.id)?.parentID == tree.zone.id)  // the subtree moves along

            await #expect(throws: StoreError.cyclicMove(unit: "河西市", newParent: "装备制造园")) {
                try await units.move(id: tree.city.id, toParent: tree.park.id)
            }
            await #expect(throws: StoreError.cyclicMove(unit: "河西经开区", newParent: "河西经开区")) {
                try await units.move(id: tree.zone.id, toParent: tree.zone.id)
            }
            await #expect(throws: StoreError.invalidParentKind(child: .district, parent: .zone)) {
                try await units.move(id: tree.district.id, toParent: tree.zone.id)
            }
            let root = try await units.move(id: tree.zone.id, toParent: nil)
            #expect(root.parentID == nil)
        }
    }

    @Test("archive hides a unit and its subtree; unarchive restores from the top down", arguments: TestEngine.all)
    func archiveAndUnarchive(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let tree = try await Fixtures.seed(database)
            let units = database.orgUnits
            try await units.archive(id: tree.zone.id)
            #expect(try await units.all().map(\.code) == ["HX", "HX-DC"])
            #expect(try await units.all(includeArchived: true).count == 4)
            #expect(try await units.find(id: tree.park.id)?.isArchived == true)

            await #expect(throws: StoreError.archivedParent("河西经济技术开发区")) {
                try await units.unarchive(id: tree.park.id)
            }
            await #expect(throws: StoreError.archivedParent("河西经济技术开发区")) {
                try await units.create(code: "P2", name: "新园区", kind: .park, parentID: tree.zone.id)
            }
            try await units.unarchive(id: tree.zone.id)
            try await units.unarchive(id: tree.park.id)
            #expect(try await units.all().count == 4)
        }
    }

    @Test("insertAll keeps given ids in any order, and later creates get fresh ids", arguments: TestEngine.all)
    func insertAllKeepsIDs(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let units = database.orgUnits
            // Children first on purpose: insertAll must put parents first.
            let given = [
                OrgUnit(id: 30, code: "Z", name: "开发区", kind: .zone, parentID: 20, sortOrder: 1),
                OrgUnit(id: 20, code: "D", name: "区", kind: .district, parentID: 10, sortOrder: 1),
                OrgUnit(id: 10, code: "C", name: "市", kind: .city, parentID: nil, sortOrder: 1),
                OrgUnit(id: 40, code: "P", name: "园区", kind: .park, parentID: 30, sortOrder: 1, isArchived: true),
            ]
            try await units.insertAll(given)
            #expect(
                try await units.all(includeArchived: true).sorted { $0.id < $1.id } == given.sorted { $0.id < $1.id })
            let next = try await units.create(code: "Z2", name: "第二开发区", kind: .zone, parentID: 20)
            #expect(next.id == 41)
            await #expect(throws: StoreError.duplicateOrgUnitCode("C")) {
                try await units.insertAll([OrgUnit(id: 50, code: "C", name: "重复", kind: .city, parentID: nil)])
            }
            #expect(try await units.all(includeArchived: true).count == 5)
        }
    }
}
