import Foundation

extension OrgTree {
    /// Checks that `unitID` may be moved under `newParentID` (nil: to the top level): the parent exists, is not
    /// the unit or one of its descendants, has a higher level, and holds no other unit of the same name.
    public func validateMove(_ unitID: Int64, toParent newParentID: Int64?) throws(OrgTreeError) {
        guard let unit = unit(id: unitID) else { throw .unknownUnit(id: unitID) }
        guard let newParentID else {
            try checkNameFree(unit.name, parentID: nil, except: unitID)
            return
        }
        guard let parent = self.unit(id: newParentID) else { throw .unknownUnit(id: newParentID) }
        if newParentID == unitID || subtreeIDs(of: unitID).contains(newParentID) {
            throw .cycle(unit: unit.name, newParent: parent.name)
        }
        guard unit.kind.canBeChild(of: parent.kind) else {
            throw .kindNotBelowParent(unit: unit.name, kind: unit.kind, parent: parent.name, parentKind: parent.kind)
        }
        // A unit's children must stay below it, which holds because its own kind does not change on a move.
        try checkNameFree(unit.name, parentID: newParentID, except: unitID)
    }

    /// Checks a new unit before it is created: non-blank name and code, unique code, a parent of a higher
    /// level that exists, and a name not yet used under that parent.
    public func validateInsert(_ newUnit: OrgUnit) throws(OrgTreeError) {
        try checkFields(newUnit)
        if let existing = unit(code: newUnit.code), existing.id != newUnit.id {
            throw .duplicateCode(code: newUnit.code, existing: existing.name)
        }
        if let parentID = newUnit.parentID {
            guard let parent = self.unit(id: parentID) else { throw .unknownUnit(id: parentID) }
            guard newUnit.kind.canBeChild(of: parent.kind) else {
                throw .kindNotBelowParent(
                    unit: newUnit.name, kind: newUnit.kind, parent: parent.name, parentKind: parent.kind)
            }
        }
        try checkNameFree(newUnit.name, parentID: newUnit.parentID, except: newUnit.id)
    }

    /// Checks a rename: non-blank and not used by a sibling.
    public func validateRename(_ unitID: Int64, to newName: String) throws(OrgTreeError) {
        guard let unit = unit(id: unitID) else { throw .unknownUnit(id: unitID) }
        let name = newName.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw .blankField(field: "名称") }
        let parentID = unit.parentID.flatMap { self.unit(id: $0) }?.id
        try checkNameFree(name, parentID: parentID, except: unit.id)
    }

    private func checkFields(_ u: OrgUnit) throws(OrgTreeError) {
        if u.name.trimmingCharacters(in: .whitespaces).isEmpty { throw .blankField(field: "名称") }
        if u.code.trimmingCharacters(in: .whitespaces).isEmpty { throw .blankField(field: "代码") }
    }

    private func checkNameFree(_ name: String, parentID: Int64?, except id: Int64) throws(OrgTreeError) {
        let wanted = name.trimmingCharacters(in: .whitespaces)
        let pool = parentID.map { children(of: $0, includingArchived: true) } ?? roots(includingArchived: true)
        if pool.contains(where: { $0.name == wanted && $0.id != id }) {
            throw .duplicateName(name: wanted, parent: parentID.flatMap { self.unit(id: $0)?.name })
        }
    }
}
