import TaizhangCore

/// The org-unit tree page: the tree with rename, move and archive forms on each node, and a create form.
struct OrgUnitsPageView {
    let layout: LayoutView
    let roots: [Node]
    let kinds: [OptionView]
    let parents: [OptionView]
    let showsArchived: Bool
    let hasRoots: Bool

    /// One unit of the tree, with its children.
    final class Node {
        let id: Int64
        let code: String
        let name: String
        let kindName: String
        let isArchived: Bool
        let children: [Node]
        let moveOptions: [OptionView]
        let hasChildren: Bool
        let dashboardLink: String

        init(
            id: Int64, code: String, name: String, kindName: String, isArchived: Bool, children: [Node],
            moveOptions: [OptionView]
        ) {
            self.id = id
            self.code = code
            self.name = name
            self.kindName = kindName
            self.isArchived = isArchived
            self.children = children
            self.moveOptions = moveOptions
            self.hasChildren = !children.isEmpty
            self.dashboardLink = "/dashboard?unit=\(id)"
        }
    }

    init(layout: LayoutView, tree: OrgTree, showsArchived: Bool) {
        self.layout = layout
        self.showsArchived = showsArchived
        func node(_ unit: OrgUnit) -> Node {
            let excluded = Set([unit.id] + tree.descendants(of: unit.id, includingArchived: true).map(\.id))
            var options = tree.units.filter { candidate in
                !candidate.isArchived && !excluded.contains(candidate.id) && unit.kind.canBeChild(of: candidate.kind)
            }.map { candidate in
                OptionView(
                    value: String(candidate.id), label: "\(candidate.name)（\(candidate.kind.displayName)）",
                    isSelected: candidate.id == unit.parentID)
            }
            options.insert(OptionView(value: "", label: "（无上级）", isSelected: unit.parentID == nil), at: 0)
            return Node(
                id: unit.id, code: unit.code, name: unit.name, kindName: unit.kind.displayName,
                isArchived: unit.isArchived,
                children: tree.children(of: unit.id, includingArchived: showsArchived).map(node),
                moveOptions: options)
        }
        roots = tree.roots(includingArchived: showsArchived).map(node)
        hasRoots = !roots.isEmpty
        kinds = OrgUnitKind.allCases.map {
            OptionView(value: $0.rawValue, label: $0.displayName, isSelected: $0 == .zone)
        }
        parents =
            [OptionView(value: "", label: "（无上级）", isSelected: false)]
            + tree.units.filter { !$0.isArchived && $0.kind != .park }.map { unit in
                let depth = tree.ancestors(of: unit.id).count
                return OptionView(
                    value: String(unit.id),
                    label: String(repeating: "　", count: depth) + "\(unit.name)（\(unit.kind.displayName)）",
                    isSelected: false)
            }
    }
}
