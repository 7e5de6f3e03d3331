import Foundation
import SQLKit
import TaizhangCore

extension ProjectRepository {
    /// The configured industry chains and their links, in their configured order (the schema seeds seven).
    public func industryChains() async throws -> [IndustryChain] {
        try await database.withConnection { sql in
            try await sql.select().columns("name", "links").from("industry_chains").orderBy("sort_order")
                .orderBy("name").all()
                .map { row in
                    IndustryChain(
                        name: try row.decode(column: "name", as: String.self),
                        links: ProjectListColumn.decode(try row.decode(column: "links", as: String.self)))
                }
        }
    }

    /// Replaces the whole configuration with `chains`, in that order (blank and repeated links dropped).
    /// Projects keep their chain names as text, so renaming a chain does not rename it on projects.
    public func saveIndustryChains(_ chains: [IndustryChain], by actor: AuditActor) async throws {
        var cleaned: [IndustryChain] = []
        for chain in chains {
            let name = chain.name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { throw StoreError.emptyField("产业链名称") }
            try TextLimits.check(name, field: "产业链名称", limit: TextLimits.name)
            if cleaned.contains(where: { $0.name == name }) {
                throw ProjectStoreError.invalidChain(name: name, problem: "重复出现")
            }
            var links: [String] = []
            for link in chain.links {
                let link = link.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !link.isEmpty, !links.contains(link) else { continue }
                try TextLimits.check(link, field: "产业链“\(name)”的环节", limit: TextLimits.name)
                if link.contains(ProjectListColumn.separator) {
                    throw ProjectStoreError.invalidChain(name: name, problem: "的环节“\(link)”不能含有“|”")
                }
                links.append(link)
            }
            cleaned.append(IndustryChain(name: name, links: links))
        }
        let now = Date()
        try await database.withTransaction { sql in
            let before = try await industryChains()
            try await sql.delete(from: "industry_chains").run()
            if !cleaned.isEmpty {
                let insert = sql.insert(into: "industry_chains").columns("name", "links", "sort_order")
                for (index, chain) in cleaned.enumerated() {
                    insert.values(
                        SQLBind(chain.name), SQLBind(ProjectListColumn.encode(chain.links)),
                        SQLValues.integer(index + 1))
                }
                try await insert.run()
            }
            try await database.audit.append(
                [
                    AuditEntry(
                        at: now, actor: actor, action: .update, entityType: "industryChains", entityKey: "all",
                        before: AuditEntry.json(before), after: AuditEntry.json(cleaned))
                ], on: sql)
        }
    }
}
