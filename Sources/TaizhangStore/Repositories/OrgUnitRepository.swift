import SQLKit
import TaizhangCore

/// Reads and changes the org-unit tree (市 → 区县 → 开发区 → 园区), keeping it a tree of descending levels.
public struct OrgUnitRepository: Sendable {
    let database: TaizhangDatabase

    static let columns = ["id", "code", "name", "kind", "parent_id", "sort_order", "archived"]

    /// Every unit, parents and children mixed, ordered by `sortOrder` then id; archived ones only when asked.
    public func all(includeArchived: Bool = false) async throws -> [OrgUnit] {
        try await database.withConnection { sql in
            let query = sql.select().columns(Self.columns).from("org_units")
            if !includeArchived { query.where("archived", .equal, SQLLiteral.boolean(false)) }
            return try await query.orderBy("sort_order").orderBy("id").all().map(Self.decode)
        }
    }

    public func find(id: Int64) async throws -> OrgUnit? {
        try await database.withConnection { sql in
            try await sql.select().columns(Self.columns).from("org_units").where("id", .equal, id)
                .first().map(Self.decode)
        }
    }

    public func find(code: String) async throws -> OrgUnit? {
        try await database.withConnection { sql in
            try await sql.select().columns(Self.columns).from("org_units").where("code", .equal, code)
                .first().map(Self.decode)
        }
    }

    /// The unit and all units below it (its scope), the unit first; archived descendants included.
    public func subtreeIDs(of id: Int64) async throws -> [Int64] {
        try await database.withConnection { sql in
            try await sql.raw(
                """
                WITH RECURSIVE subtree (id, depth) AS (
                    SELECT id, 0 FROM org_units WHERE id = \(bind: id)
                    UNION ALL
                    SELECT o.id, s.depth + 1 FROM org_units o JOIN subtree s ON o.parent_id = s.id
                )
                SELECT id FROM subtree ORDER BY depth, id
                """
            ).all().map { try $0.decode(column: "id", as: Int64.self) }
        }
    }

    /// Creates a unit under `parentID` (nil for a root); `sortOrder` nil places it after its siblings.
    /// Refuses an empty code or name, a code in use, a missing or archived parent, and a kind not below the
    /// parent's.
    @discardableResult
    public func create(
        code: String, name: String, kind: OrgUnitKind, parentID: Int64? = nil, sortOrder: Int? = nil
    ) async throws -> OrgUnit {
        let code = code.trimmingCharacters(in: .whitespacesAndNewlines)
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !code.isEmpty else { throw StoreError.emptyField("组织编码") }
        guard !name.isEmpty else { throw StoreError.emptyField("组织名称") }
        try TextLimits.check(code, field: "组织编码", limit: TextLimits.code)
        try TextLimits.check(name, field: "组织名称", limit: TextLimits.name)
        return try await database.withTransaction { sql in
            if try await find(code: code) != nil { throw StoreError.duplicateOrgUnitCode(code) }
            if let parentID {
                let parent = try await existing(parentID)
                try Self.checkPlacement(kind, under: parent)
            }
            let order: Int
            if let sortOrder {
                order = sortOrder
            } else {
                let siblings: SQLQueryString =
                    if let parentID { "parent_id = \(bind: parentID)" } else { "parent_id IS NULL" }
                let row = try await sql.raw(
                    "SELECT COALESCE(MAX(sort_order), 0) + 1 AS next FROM org_units WHERE \(siblings)"
                ).first()
                order = try row?.decode(column: "next", as: Int.self) ?? 1
            }
            do {
                let row = try await sql.raw(
                    """
                    INSERT INTO org_units (code, name, kind, parent_id, sort_order, archived)
                    VALUES (\(bind: code), \(bind: name), \(bind: kind.rawValue), \(SQLValues.bindOrNull(parentID)),
                            \(bind: order), FALSE)
                    RETURNING id
                    """
                ).first()
                guard let id = try row?.decode(column: "id", as: Int64.self) else {
                    throw StoreError.engine("INSERT … RETURNING id returned no row")
                }
                return OrgUnit(id: id, code: code, name: name, kind: kind, parentID: parentID, sortOrder: order)
            } catch let error where EngineErrors.isUniqueViolation(error) {
                throw StoreError.duplicateOrgUnitCode(code)
            }
        }
    }

    @discardableResult
    public func rename(id: Int64, to name: String) async throws -> OrgUnit {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw StoreError.emptyField("组织名称") }
        try TextLimits.check(name, field: "组织名称", limit: TextLimits.name)
        return try await database.withTransaction { sql in
            var unit = try await existing(id)
            try await sql.update("org_units").set("name", to: name).where("id", .equal, id).run()
            unit.name = name
            return unit
        }
    }

    /// Moves a unit (with its subtree) under `newParentID`, or to the top when nil. Refuses a move under itself or
    /// a descendant, under an archived unit, or under a unit whose level is not above the unit's.
    @discardableResult
    public func move(id: Int64, toParent newParentID: Int64?) async throws -> OrgUnit {
        try await database.withTransaction { sql in
            var unit = try await existing(id)
            if let newParentID {
                let parent = try await existing(newParentID)
                var ancestor: OrgUnit? = parent
                while let current = ancestor {
                    if current.id == id { throw StoreError.cyclicMove(unit: unit.name, newParent: parent.name) }
                    ancestor = try await current.parentID.asyncMap { try await existing($0) }
                }
                try Self.checkPlacement(unit.kind, under: parent)
            }
            try await sql.update("org_units").set(SQLIdentifier("parent_id"), to: SQLValues.bindOrNull(newParentID))
                .where("id", .equal, id).run()
            unit.parentID = newParentID
            return unit
        }
    }

    /// Archives the unit and everything below it; their figures stay, they only leave lists and pickers.
    public func archive(id: Int64) async throws {
        try await database.withTransaction { sql in
            _ = try await existing(id)
            try await sql.raw(
                """
                WITH RECURSIVE subtree (id) AS (
                    SELECT id FROM org_units WHERE id = \(bind: id)
                    UNION ALL
                    SELECT o.id FROM org_units o JOIN subtree s ON o.parent_id = s.id
                )
                UPDATE org_units SET archived = TRUE WHERE id IN (SELECT id FROM subtree)
                """
            ).run()
        }
    }

    /// Restores one archived unit; its parent must be active (restore from the top down).
    public func unarchive(id: Int64) async throws {
        try await database.withTransaction { sql in
            let unit = try await existing(id)
            if let parentID = unit.parentID {
                let parent = try await existing(parentID)
                if parent.isArchived { throw StoreError.archivedParent(parent.name) }
            }
            try await sql.update("org_units").set(SQLIdentifier("archived"), to: SQLLiteral.boolean(false))
                .where("id", .equal, id).run()
        }
    }

    /// Inserts units with their given ids in one transaction (demo data, bulk loads), parents before children;
    /// on PostgreSQL the id sequence is moved past the largest id so later `create` calls do not collide.
    public func insertAll(_ units: [OrgUnit]) async throws {
        guard !units.isEmpty else { return }
        let ordered = Self.parentsFirst(units)
        let engine = database.engine
        try await database.withTransaction { sql in
            let codes = Set(ordered.map(\.code))
            if codes.count < ordered.count {
                var seen: Set<String> = []
                let duplicate = ordered.first { !seen.insert($0.code).inserted }!
                throw StoreError.duplicateOrgUnitCode(duplicate.code)
            }
            for chunk in ordered.chunked(SQLValues.batchSize) {
                // Checked first: on PostgreSQL a failed statement aborts the whole transaction.
                let taken = try await sql.select().column("code").from("org_units")
                    .where("code", .in, chunk.map(\.code)).first()
                if let taken {
                    throw StoreError.duplicateOrgUnitCode(try taken.decode(column: "code", as: String.self))
                }
                let insert = sql.insert(into: "org_units").columns(Self.columns)
                for unit in chunk {
                    let row: [any SQLExpression] = [
                        SQLBind(unit.id), SQLBind(unit.code), SQLBind(unit.name), SQLBind(unit.kind.rawValue),
                        SQLValues.bindOrNull(unit.parentID), SQLBind(unit.sortOrder),
                        SQLLiteral.boolean(unit.isArchived),
                    ]
                    insert.values(row)
                }
                try await insert.run()
            }
            if engine == .postgres {
                try await sql.raw(
                    """
                    SELECT setval(pg_get_serial_sequence('org_units', 'id'), (SELECT MAX(id) FROM org_units))
                    """
                ).run()
            }
        }
    }

    // MARK: - Helpers

    private func existing(_ id: Int64) async throws -> OrgUnit {
        guard let unit = try await find(id: id) else { throw StoreError.orgUnitNotFound(id: id) }
        return unit
    }

    private static func checkPlacement(_ kind: OrgUnitKind, under parent: OrgUnit) throws {
        if parent.isArchived { throw StoreError.archivedParent(parent.name) }
        guard kind.canBeChild(of: parent.kind) else {
            throw StoreError.invalidParentKind(child: kind, parent: parent.kind)
        }
    }

    /// Orders units so that a parent given in the same batch comes before its children (the parent key is
    /// checked row by row).
    static func parentsFirst(_ units: [OrgUnit]) -> [OrgUnit] {
        let byID = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var depths: [Int64: Int] = [:]
        func depth(_ unit: OrgUnit, _ guardCount: Int) -> Int {
            if let known = depths[unit.id] { return known }
            guard guardCount < units.count, let parentID = unit.parentID, let parent = byID[parentID] else { return 0 }
            let value = depth(parent, guardCount + 1) + 1
            depths[unit.id] = value
            return value
        }
        return units.enumerated()
            .map { (offset: $0.offset, depth: depth($0.element, 0), unit: $0.element) }
            .sorted { ($0.depth, $0.offset) < ($1.depth, $1.offset) }
            .map(\.unit)
    }

    static func decode(_ row: any SQLRow) throws -> OrgUnit {
        let kindText = try row.decode(column: "kind", as: String.self)
        guard let kind = OrgUnitKind(rawValue: kindText) else {
            throw StoreError.engine("unknown org unit kind \(kindText) in org_units")
        }
        return OrgUnit(
            id: try row.decode(column: "id", as: Int64.self),
            code: try row.decode(column: "code", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            kind: kind,
            parentID: try row.optionalInt64("parent_id"),
            sortOrder: try row.decode(column: "sort_order", as: Int.self),
            isArchived: try row.decode(column: "archived", as: Bool.self))
    }
}

extension Optional {
    fileprivate func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        switch self {
        case .some(let value): try await transform(value)
        case .none: nil
        }
    }
}
