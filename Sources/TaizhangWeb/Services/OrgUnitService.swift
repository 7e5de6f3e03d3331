import TaizhangCore
import TaizhangStore

/// The org-unit tree for pages and the API: lookup, the comparison field of a unit, and tree changes.
struct OrgUnitService: Sendable {
    let database: TaizhangDatabase

    /// Every unit, archived ones included (pages grey them out).
    func tree() async throws -> OrgTree {
        OrgTree(try await database.orgUnits.all(includeArchived: true))
    }

    /// The unit with this id or code.
    func unit(_ idOrCode: String, in tree: OrgTree) throws -> OrgUnit {
        if let id = Int64(idOrCode), let unit = tree.unit(id: id) { return unit }
        if let unit = tree.unit(code: idOrCode) { return unit }
        throw ServiceError.orgUnitNotFound(idOrCode)
    }

    /// The unit a request names, or the default: the first zone (开发区) of the tree, else the first unit.
    func selectedUnit(_ idOrCode: String?, in tree: OrgTree) throws -> OrgUnit {
        if let idOrCode, !idOrCode.isEmpty { return try unit(idOrCode, in: tree) }
        let active = tree.units.filter { !$0.isArchived }
        guard let first = active.first(where: { $0.kind == .zone }) ?? active.first else { throw ServiceError.noUnits }
        return first
    }

    /// The units a unit is ranked among and how the field is named: units of the same kind in its city
    /// ("全市"), or its siblings when it has no city above it.
    func rankingField(of unit: OrgUnit, in tree: OrgTree) -> (scope: String, units: [OrgUnit]) {
        if let city = tree.path(to: unit.id).first(where: { $0.kind == .city }), city.id != unit.id {
            let field = tree.units(ofKind: unit.kind, in: city.id)
            return ("全市", field.contains(where: { $0.id == unit.id }) ? field : field + [unit])
        }
        return ("同级", tree.siblings(of: unit.id))
    }

    /// The city a unit belongs to (itself when it is one), or its root.
    func city(of unit: OrgUnit, in tree: OrgTree) -> OrgUnit {
        tree.path(to: unit.id).first(where: { $0.kind == .city }) ?? tree.path(to: unit.id).first ?? unit
    }

    // Each change and its audit entry share one transaction (the repository's own transaction nests in it).

    func create(
        code: String, name: String, kind: OrgUnitKind, parentID: Int64?, actor: AuditActor
    ) async throws -> OrgUnit {
        let database = self.database
        return try await database.withTransaction { sql in
            let unit = try await database.orgUnits.create(code: code, name: name, kind: kind, parentID: parentID)
            try await AuditTrail.append(
                database, on: sql, actor: actor, action: .create, entityType: "orgUnit", entityKey: String(unit.id),
                orgUnitID: unit.id, before: OrgUnit?.none, after: unit)
            return unit
        }
    }

    func rename(id: Int64, to name: String, actor: AuditActor) async throws -> OrgUnit {
        try await change(id: id, actor: actor) { try await database.orgUnits.rename(id: id, to: name) }
    }

    func move(id: Int64, toParent parentID: Int64?, actor: AuditActor) async throws -> OrgUnit {
        try await change(id: id, actor: actor) { try await database.orgUnits.move(id: id, toParent: parentID) }
    }

    func archive(id: Int64, actor: AuditActor) async throws {
        _ = try await change(id: id, actor: actor) {
            try await database.orgUnits.archive(id: id)
            return nil
        }
    }

    func unarchive(id: Int64, actor: AuditActor) async throws {
        _ = try await change(id: id, actor: actor) {
            try await database.orgUnits.unarchive(id: id)
            return nil
        }
    }

    /// Runs `body` and records the unit before and after it.
    private func change(
        id: Int64, actor: AuditActor, _ body: @Sendable () async throws -> OrgUnit?
    ) async throws -> OrgUnit {
        let database = self.database
        return try await database.withTransaction { sql in
            let before = try await database.orgUnits.find(id: id)
            _ = try await body()
            guard let after = try await database.orgUnits.find(id: id) else { throw ServiceError.orgUnitNotFound(String(id)) }
            try await AuditTrail.append(
                database, on: sql, actor: actor, action: .update, entityType: "orgUnit", entityKey: String(id),
                orgUnitID: id, before: before, after: after)
            return after
        }
    }
}
