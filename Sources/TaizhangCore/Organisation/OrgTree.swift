import Foundation

/// The org-unit tree as a pure value: navigation (children, subtree, siblings, path) and lookup by id, code or
/// name. Units whose parent is missing from the input are treated as roots. Lists keep the order the city uses
/// (`sortOrder`, then name).
///
/// Most navigation leaves archived units out unless `includingArchived` is true; `subtreeIDs(of:)` (for access
/// scope) always includes them, since archived units keep their history.
public struct OrgTree: Sendable, Hashable {
    /// Every unit, in tree order (pre-order: a parent before its children, siblings by `sortOrder`).
    public let units: [OrgUnit]
    private let byID: [Int64: OrgUnit]
    private let childIDs: [Int64: [Int64]]
    private let rootIDs: [Int64]
    /// Ids by exact code, by folded code (full-width and case ignored) and by name, so that a sheet of 100,000
    /// rows resolves each row in constant time.
    private let idByCode: [String: Int64]
    private let idsByFoldedCode: [String: [Int64]]
    private let idsByName: [String: [Int64]]

    /// Builds the tree; when two units share an id, the last one wins.
    public init(_ units: [OrgUnit]) {
        var byID: [Int64: OrgUnit] = [:]
        for unit in units { byID[unit.id] = unit }
        let ordered = byID.values.sorted(by: OrgTree.listOrder)
        var childIDs: [Int64: [Int64]] = [:]
        var rootIDs: [Int64] = []
        for unit in ordered {
            if let parent = unit.parentID, parent != unit.id, byID[parent] != nil {
                childIDs[parent, default: []].append(unit.id)
            } else {
                rootIDs.append(unit.id)
            }
        }
        self.byID = byID
        self.childIDs = childIDs
        self.rootIDs = rootIDs
        var preorder: [OrgUnit] = []
        var seen: Set<Int64> = []
        func visit(_ id: Int64) {
            guard seen.insert(id).inserted, let unit = byID[id] else { return }
            preorder.append(unit)
            for child in childIDs[id] ?? [] { visit(child) }
        }
        for id in rootIDs { visit(id) }
        // Units caught in a parent cycle are reachable from no root; keep them rather than lose them.
        for unit in ordered where !seen.contains(unit.id) { preorder.append(unit) }
        self.units = preorder
        var idByCode: [String: Int64] = [:]
        var idsByFoldedCode: [String: [Int64]] = [:]
        var idsByName: [String: [Int64]] = [:]
        for unit in preorder {
            if idByCode[unit.code] == nil { idByCode[unit.code] = unit.id }
            idsByFoldedCode[OrgTree.fold(unit.code), default: []].append(unit.id)
            idsByName[unit.name, default: []].append(unit.id)
        }
        self.idByCode = idByCode
        self.idsByFoldedCode = idsByFoldedCode
        self.idsByName = idsByName
    }

    /// A code as compared when case and full-width forms are ignored.
    private static func fold(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces).lowercased()
    }

    static func listOrder(_ a: OrgUnit, _ b: OrgUnit) -> Bool {
        (a.sortOrder, a.name, a.id) < (b.sortOrder, b.name, b.id)
    }

    // MARK: Lookup

    /// The unit with this id.
    public func unit(id: Int64) -> OrgUnit? { byID[id] }

    /// The unit with this code (exact match after trimming spaces; codes are unique).
    public func unit(code: String) -> OrgUnit? {
        idByCode[code.trimmingCharacters(in: .whitespaces)].flatMap { byID[$0] }
    }

    /// The unit with this name directly under `parentID` (nil: among the roots); names are unique among siblings.
    public func unit(named name: String, parentID: Int64?) -> OrgUnit? {
        let wanted = name.trimmingCharacters(in: .whitespaces)
        return units.first { $0.name == wanted && effectiveParentID(of: $0) == parentID }
    }

    /// Finds a unit as a person names it in a sheet: by exact code, then by code ignoring case and full-width
    /// forms, then by name — each only when exactly one unit matches.
    public func lookup(_ codeOrName: String) -> OrgUnit? {
        if let unit = unit(code: codeOrName) { return unit }
        if let ids = idsByFoldedCode[OrgTree.fold(codeOrName)], ids.count == 1 { return byID[ids[0]] }
        let name = codeOrName.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
        if let ids = idsByName[name], ids.count == 1 { return byID[ids[0]] }
        return nil
    }

    // MARK: Navigation

    /// The top-level units.
    public func roots(includingArchived: Bool = false) -> [OrgUnit] {
        rootIDs.compactMap { byID[$0] }.filter { includingArchived || !$0.isArchived }
    }

    /// The top-level units that are not archived.
    public var roots: [OrgUnit] { roots() }

    /// The direct children of a unit.
    public func children(of id: Int64, includingArchived: Bool = false) -> [OrgUnit] {
        (childIDs[id] ?? []).compactMap { byID[$0] }.filter { includingArchived || !$0.isArchived }
    }

    /// The whole subtree below a unit (not the unit itself), in pre-order. An archived unit's subtree is left
    /// out with it unless `includingArchived` is true.
    public func descendants(of id: Int64, includingArchived: Bool = false) -> [OrgUnit] {
        var result: [OrgUnit] = []
        var seen: Set<Int64> = [id]
        func visit(_ parent: Int64) {
            for child in children(of: parent, includingArchived: includingArchived)
            where seen.insert(child.id).inserted {
                result.append(child)
                visit(child.id)
            }
        }
        visit(id)
        return result
    }

    /// The ids of a unit and its whole subtree, archived units included: the access scope of a user whose
    /// organisation is `id`. Empty when the unit does not exist.
    public func subtreeIDs(of id: Int64) -> Set<Int64> {
        guard byID[id] != nil else { return [] }
        return Set([id] + descendants(of: id, includingArchived: true).map(\.id))
    }

    /// The units a unit is compared with: same parent, same kind, not archived — the unit itself included, so
    /// the list is the field of a ranking. Empty when the unit does not exist.
    public func siblings(of id: Int64) -> [OrgUnit] {
        guard let unit = byID[id] else { return [] }
        let parent = effectiveParentID(of: unit)
        let pool = parent.map { childIDs[$0] ?? [] } ?? rootIDs
        return pool.compactMap { byID[$0] }.filter {
            $0.kind == unit.kind && (!$0.isArchived || $0.id == unit.id)
        }
    }

    /// The ancestors of a unit from the root down to its parent.
    public func ancestors(of id: Int64) -> [OrgUnit] {
        var chain: [OrgUnit] = []
        var seen: Set<Int64> = [id]
        var current = byID[id].flatMap { effectiveParentID(of: $0) }
        while let pid = current, seen.insert(pid).inserted, let parent = byID[pid] {
            chain.insert(parent, at: 0)
            current = effectiveParentID(of: parent)
        }
        return chain
    }

    /// The path from the root to the unit itself (ancestors then the unit), for breadcrumbs such as
    /// "某市 › 某区 › 经开区". Empty when the unit does not exist.
    public func path(to id: Int64) -> [OrgUnit] {
        guard let unit = byID[id] else { return [] }
        return ancestors(of: id) + [unit]
    }

    /// The units of one kind in a unit's subtree, the unit itself included when it has that kind, in tree
    /// order; archived ones left out unless asked. The field of "全市开发区排名" is `units(ofKind: .zone, in: cityID)`.
    public func units(ofKind kind: OrgUnitKind, in id: Int64, includingArchived: Bool = false) -> [OrgUnit] {
        guard let unit = byID[id], includingArchived || !unit.isArchived else { return [] }
        return ([unit] + descendants(of: id, includingArchived: includingArchived)).filter { $0.kind == kind }
    }

    /// The zones (开发区) in a unit's subtree, the unit itself included when it is a zone.
    public func zones(in id: Int64, includingArchived: Bool = false) -> [OrgUnit] {
        units(ofKind: .zone, in: id, includingArchived: includingArchived)
    }

    private func effectiveParentID(of unit: OrgUnit) -> Int64? {
        guard let parent = unit.parentID, parent != unit.id, byID[parent] != nil else { return nil }
        return parent
    }
}
