import Foundation
import CairnCore

/// Organizations (tenants) and their schools.
public struct OrganizationRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    package func create(_ organization: Organization, in tx: any Connection) throws {
        try tx.execute("""
            INSERT INTO organizations (id, name, slug, created_at)
            VALUES (\(organization.id), \(organization.name), \(organization.slug), \(organization.createdAt))
            """)
    }

    /// Adds an organization; a taken slug throws `.uniqueViolation`.
    public func create(_ organization: Organization) throws { try database.write { try create(organization, in: $0) } }

    public func rename(_ id: Organization.ID, to name: String) throws {
        try database.write { tx in
            guard try tx.execute("UPDATE organizations SET name = \(name) WHERE id = \(id)") == 1 else { throw DatabaseError.notFound("organization") }
        }
    }

    package func fetch(_ id: Organization.ID, in tx: any Connection) throws -> Organization? {
        try tx.queryOne("SELECT * FROM organizations WHERE id = \(id)")?.organization()
    }

    public func fetch(_ id: Organization.ID) throws -> Organization? { try database.read { try fetch(id, in: $0) } }

    public func find(_ id: Organization.ID) throws -> Organization {
        guard let organization = try fetch(id) else { throw DatabaseError.notFound("organization") }
        return organization
    }

    public func fetch(slug: String) throws -> Organization? {
        try database.read { try fetch(slug: slug, in: $0) }
    }

    /// `fetch(slug:)` in the caller's transaction.
    package func fetch(slug: String, in tx: any Connection) throws -> Organization? {
        try tx.queryOne("SELECT * FROM organizations WHERE slug = \(slug)")?.organization()
    }

    public func find(slug: String) throws -> Organization {
        guard let organization = try fetch(slug: slug) else { throw DatabaseError.notFound("organization") }
        return organization
    }

    /// Every organization, by name.
    public func all() throws -> [Organization] {
        try database.read { try $0.query("SELECT * FROM organizations ORDER BY name, id").map { try $0.organization() } }
    }

    // MARK: Schools

    package func addSchool(_ school: School, in tx: any Connection) throws {
        try tx.execute("INSERT INTO schools (id, organization_id, name) VALUES (\(school.id), \(school.organizationID), \(school.name))")
    }

    /// Adds a school; a name already used in the organization throws `.uniqueViolation`.
    public func addSchool(_ school: School) throws { try database.write { try addSchool(school, in: $0) } }

    /// The organization's schools, by name.
    public func schools(of organizationID: Organization.ID) throws -> [School] {
        try database.read { tx in
            try tx.query("SELECT * FROM schools WHERE organization_id = \(organizationID) ORDER BY name, id").map { try $0.school() }
        }
    }

    public func fetchSchool(_ id: School.ID, in organizationID: Organization.ID) throws -> School? {
        try database.read { tx in
            try tx.queryOne("SELECT * FROM schools WHERE id = \(id) AND organization_id = \(organizationID)")?.school()
        }
    }

    public func findSchool(_ id: School.ID, in organizationID: Organization.ID) throws -> School {
        guard let school = try fetchSchool(id, in: organizationID) else { throw DatabaseError.notFound("school") }
        return school
    }

    /// A school by its exact name (case-insensitive), as a roster names it.
    package func fetchSchool(named name: String, in organizationID: Organization.ID, in tx: any Connection) throws -> School? {
        try tx.queryOne("""
            SELECT * FROM schools WHERE organization_id = \(organizationID) AND lower(name) = lower(\(name)) ORDER BY id
            """)?.school()
    }

    public func fetchSchool(named name: String, in organizationID: Organization.ID) throws -> School? {
        try database.read { try fetchSchool(named: name, in: organizationID, in: $0) }
    }
}
