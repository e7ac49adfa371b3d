import Foundation
import CairnCore

/// A person found by email with their stored password hash (nil until they set a password).
public struct PersonCredentials: Sendable, Equatable {
    public let person: Person
    public let passwordHash: String?
}

/// People, their memberships in organizations, and their roles.
public struct MemberRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    static let memberSelect: SQL = memberColumns + """
         FROM memberships m
        JOIN people p ON p.id = m.person_id
        JOIN organizations o ON o.id = m.organization_id
        """

    /// The columns `Row.member()` reads, from memberships `m`, people `p` and organizations `o`.
    static let memberColumns: SQL = """
        SELECT m.id AS m_id, m.organization_id AS m_organization_id, m.person_id AS m_person_id, m.roles AS m_roles,
               m.school_id AS m_school_id, m.status AS m_status, m.created_at AS m_created_at,
               p.id AS p_id, p.email AS p_email, p.display_name AS p_display_name, p.created_at AS p_created_at,
               p.is_operator AS p_is_operator,
               o.id AS o_id, o.name AS o_name, o.slug AS o_slug, o.created_at AS o_created_at
        """

    // MARK: People

    package func createPerson(_ person: Person, passwordHash: String? = nil, in tx: any Connection) throws {
        try tx.execute("""
            INSERT INTO people (id, email, display_name, password_hash, created_at, is_operator)
            VALUES (\(person.id), \(person.email), \(person.displayName), \(passwordHash), \(person.createdAt), \(person.isOperator))
            """)
    }

    /// Adds a person; an email already used throws `.uniqueViolation`.
    public func createPerson(_ person: Person, passwordHash: String? = nil) throws {
        try database.write { try createPerson(person, passwordHash: passwordHash, in: $0) }
    }

    package func fetchPerson(_ id: Person.ID, in tx: any Connection) throws -> Person? {
        try tx.queryOne("SELECT * FROM people WHERE id = \(id)")?.person()
    }

    public func fetchPerson(_ id: Person.ID) throws -> Person? { try database.read { try fetchPerson(id, in: $0) } }

    public func findPerson(_ id: Person.ID) throws -> Person {
        guard let person = try fetchPerson(id) else { throw DatabaseError.notFound("person") }
        return person
    }

    package func fetchPerson(email: EmailAddress, in tx: any Connection) throws -> Person? {
        try tx.queryOne("SELECT * FROM people WHERE email = \(email)")?.person()
    }

    public func fetchPerson(email: EmailAddress) throws -> Person? { try database.read { try fetchPerson(email: email, in: $0) } }

    /// The person and password hash for a sign-in attempt.
    public func fetchCredentials(email: EmailAddress) throws -> PersonCredentials? {
        try database.read { tx in
            guard let row = try tx.queryOne("SELECT * FROM people WHERE email = \(email)") else { return nil }
            return PersonCredentials(person: try row.person(), passwordHash: try row.get("password_hash"))
        }
    }

    /// Whether the person has chosen a password (has an account they sign in to), rather than only an invitation.
    package func hasPassword(_ personID: Person.ID, in tx: any Connection) throws -> Bool {
        try tx.queryOne("SELECT 1 AS one FROM people WHERE id = \(personID) AND password_hash IS NOT NULL") != nil
    }

    public func hasPassword(_ personID: Person.ID) throws -> Bool { try database.read { try hasPassword(personID, in: $0) } }

    package func setPasswordHash(_ hash: String, for personID: Person.ID, in tx: any Connection) throws {
        guard try tx.execute("UPDATE people SET password_hash = \(hash) WHERE id = \(personID)") == 1 else {
            throw DatabaseError.notFound("person")
        }
    }

    public func setPasswordHash(_ hash: String, for personID: Person.ID) throws {
        try database.write { try setPasswordHash(hash, for: personID, in: $0) }
    }

    /// Makes a person an operator of the installation, or no longer one; false when nobody has the email.
    @discardableResult
    public func setOperator(_ isOperator: Bool, email: EmailAddress) throws -> Bool {
        try database.write { try $0.execute("UPDATE people SET is_operator = \(isOperator) WHERE email = \(email)") == 1 }
    }

    /// Renames a person, and their enrollments' copy of the name (what a coach's cohort orders by).
    package func setDisplayName(_ name: String, for personID: Person.ID, in tx: any Connection) throws {
        guard try tx.execute("UPDATE people SET display_name = \(name) WHERE id = \(personID)") == 1 else {
            throw DatabaseError.notFound("person")
        }
        try EnrollmentRepository(database: database).refreshEducatorName(of: personID, in: tx)
    }

    // MARK: Memberships

    /// Adds a membership, counts it in the organization's kept member count, and keeps the cohort's
    /// copies (whether the person has enrolled; the membership in their enrollments).
    package func addMembership(_ membership: Membership, in tx: any Connection) throws {
        try tx.execute("""
            INSERT INTO memberships (id, organization_id, person_id, roles, school_id, status, created_at)
            VALUES (\(membership.id), \(membership.organizationID), \(membership.personID), \(RoleList.encode(membership.roles)),
                    \(membership.schoolID), \(membership.status), \(membership.createdAt))
            """)
        try tx.execute("UPDATE organizations SET member_count = member_count + 1 WHERE id = \(membership.organizationID)")
        // Enrollments written before the membership (a restored or loaded data set) are counted and copied.
        try tx.execute("UPDATE memberships SET \(raw: EnrollmentRepository.enrolledAssignment) WHERE id = \(membership.id)")
        try EnrollmentRepository(database: database).refreshCohortCopies(of: membership.personID, in: membership.organizationID, in: tx)
    }

    /// Adds a membership; a second one for the same person and organization throws `.uniqueViolation`.
    public func addMembership(_ membership: Membership) throws { try database.write { try addMembership(membership, in: $0) } }

    /// Saves roles, school and status of a membership of this organization, and copies them into its
    /// person's enrollments there (what a coach's cohort filters by).
    package func update(_ membership: Membership, in tx: any Connection) throws {
        let changed = try tx.execute("""
            UPDATE memberships SET roles = \(RoleList.encode(membership.roles)), school_id = \(membership.schoolID),
                   status = \(membership.status)
            WHERE id = \(membership.id) AND organization_id = \(membership.organizationID)
            """)
        guard changed == 1 else { throw DatabaseError.notFound("membership") }
        try EnrollmentRepository(database: database).refreshCohortCopies(of: membership.personID, in: membership.organizationID, in: tx)
    }

    /// Replaces a member's roles (at least one).
    public func setRoles(_ roles: Set<Role>, of membershipID: Membership.ID, in organizationID: Organization.ID) throws {
        try change(membershipID, in: organizationID) { try $0.assign(roles) }
    }

    public func deactivate(_ membershipID: Membership.ID, in organizationID: Organization.ID) throws {
        try change(membershipID, in: organizationID) { try $0.deactivate() }
    }

    public func reactivate(_ membershipID: Membership.ID, in organizationID: Organization.ID) throws {
        try change(membershipID, in: organizationID) { try $0.reactivate() }
    }

    /// Loads, applies a CairnCore rule (its `MembershipError` passes through), saves: one transaction.
    private func change(_ id: Membership.ID, in organizationID: Organization.ID,
                        _ rule: (inout Membership) throws -> Void) throws {
        try changeMembership(id, in: organizationID) { membership, _ in try rule(&membership) }
    }

    /// Applies an admin's change to one membership in one transaction, with the organization's
    /// active admins read in that same transaction; changes to one organization's memberships
    /// are serialized, so two admins demoting each other at once cannot leave it without an admin.
    ///
    /// - Parameter rule: gets the membership and the active admins' membership ids; throws to refuse.
    public func changeMembership(_ id: Membership.ID, in organizationID: Organization.ID,
                                 _ rule: (inout Membership, Set<Membership.ID>) throws -> Void) throws {
        try database.write { tx in
            if tx.engine == .postgres {
                // SQLite serializes every write already; PostgreSQL locks the organization's row.
                _ = try tx.queryOne("SELECT id FROM organizations WHERE id = \(organizationID) FOR UPDATE")
            }
            guard var membership = try tx.queryOne("""
                SELECT * FROM memberships WHERE id = \(id) AND organization_id = \(organizationID)
                """)?.membership() else { throw DatabaseError.notFound("membership") }
            let admins = try tx.query("""
                SELECT * FROM memberships WHERE organization_id = \(organizationID) AND status = 'active'
                """).map { try $0.membership() }.filter { $0.roles.contains(.admin) }.map(\.id)
            try rule(&membership, Set(admins))
            try update(membership, in: tx)
        }
    }

    // MARK: Members

    package func fetchMember(person personID: Person.ID, organization organizationID: Organization.ID,
                            in tx: any Connection) throws -> Member? {
        try tx.queryOne(Self.memberSelect + " WHERE m.person_id = \(personID) AND m.organization_id = \(organizationID)")?.member()
    }

    /// The person as a member of the organization (active or not).
    public func fetchMember(person personID: Person.ID, organization organizationID: Organization.ID) throws -> Member? {
        try database.read { try fetchMember(person: personID, organization: organizationID, in: $0) }
    }

    public func findMember(person personID: Person.ID, organization organizationID: Organization.ID) throws -> Member {
        guard let member = try fetchMember(person: personID, organization: organizationID) else { throw DatabaseError.notFound("member") }
        return member
    }

    /// A member by membership id, only within the given organization.
    public func fetchMember(_ membershipID: Membership.ID, in organizationID: Organization.ID) throws -> Member? {
        try database.read { tx in
            try tx.queryOne(Self.memberSelect + " WHERE m.id = \(membershipID) AND m.organization_id = \(organizationID)")?.member()
        }
    }

    public func findMember(_ membershipID: Membership.ID, in organizationID: Organization.ID) throws -> Member {
        guard let member = try fetchMember(membershipID, in: organizationID) else { throw DatabaseError.notFound("member") }
        return member
    }

    /// The organization's members, by display name.
    public func members(of organizationID: Organization.ID) throws -> [Member] {
        try database.read { try members(of: organizationID, in: $0) }
    }

    /// `members(of:)` in the caller's transaction.
    package func members(of organizationID: Organization.ID, in tx: any Connection) throws -> [Member] {
        try tx.query(Self.memberSelect + " WHERE m.organization_id = \(organizationID) ORDER BY p.display_name, p.email")
            .map { try $0.member() }
    }

    /// One page of an organization's members by name (then email), those whose name or email
    /// contains `search` (any case; blank: everyone). `total` counts the organization's members
    /// when nothing is searched, and is nil for a search (counting every match of a district costs
    /// a scan of every member; the page says whether more follow).
    public func members(of organizationID: Organization.ID, matching search: String, offset: Int, limit: Int) throws
        -> (members: [Member], total: Int?) {
        let text = search.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let pattern = "%" + Self.likeEscaped(text) + "%"
        return try database.read { tx in
            let size: Int = try tx.queryOne("SELECT member_count FROM organizations WHERE id = \(organizationID)")?.get("member_count") ?? 0
            // SQLite prepares a statement again whenever the pattern bound to its LIKE changes (the
            // pattern could allow an index); Cairn's `folded_contains` finds the same substrings without
            // that, and without a lowered copy of each name and email it walks (both in one call).
            let like: SQL = tx.engine == .sqlite
                ? " AND folded_contains(p.display_name, p.email, \(text))"
                : " AND (lower(p.display_name) LIKE \(pattern) ESCAPE '\\' OR lower(p.email) LIKE \(pattern) ESCAPE '\\')"
            // Three characters or more on SQLite: the trigram index (migration 16) finds the people
            // whose name or email holds the text, when they are few; when they are many, walking the
            // members in name order finds a page of them sooner. Whether they are many: a match past
            // `fewMatches` is enough to know (cheaper than counting them). PostgreSQL's LIKE uses its
            // pg_trgm indexes by itself. Shorter text reads the members in name order.
            let phrase = Self.trigramPhrase(text)
            let fewMatches = try text.unicodeScalars.count >= 3 && tx.engine == .sqlite && tx.queryOne("""
                SELECT rowid FROM people_search WHERE people_search MATCH \(phrase) LIMIT 1 OFFSET \(Self.fewMatches)
                """) == nil
            let match: SQL = text.isEmpty || fewMatches ? "" : like
            let from: SQL = fewMatches
                ? """
                   FROM (SELECT rowid AS found FROM people_search WHERE people_search MATCH \(phrase)) s CROSS JOIN people p
                   CROSS JOIN memberships m JOIN organizations o ON o.id = m.organization_id WHERE p.rowid = s.found AND m.person_id = p.id AND
                  """
                // A large organization is most of the people: walk them in name order (people_by_name) and
                // stop at the page, rather than sorting every member on each request.
                : size > 2_000
                ? " FROM people p CROSS JOIN memberships m JOIN organizations o ON o.id = m.organization_id WHERE m.person_id = p.id AND"
                : " FROM memberships m JOIN people p ON p.id = m.person_id JOIN organizations o ON o.id = m.organization_id WHERE"
            let members = try tx.query(Self.memberColumns + from + " m.organization_id = \(organizationID)" + match
                                       + " ORDER BY p.display_name, p.email LIMIT \(limit) OFFSET \(offset)").map { try $0.member() }
            return (members, text.isEmpty ? size : nil)
        }
    }

    /// Up to this many people holding the text, a search reads them from the trigram index. Read that
    /// way a match costs about 2.3 µs of a page (its person and membership looked up, then sorted by
    /// name); walking the members in name order about 0.17 µs a member, 50 ÷ (matches ÷ members) of
    /// them for a page of 50 when the matches are spread through the names: on a district of 51,000,
    /// the two meet near 430 matches.
    static let fewMatches = 500

    /// `text` as one FTS5 phrase (a substring, for the trigram tokenizer), its quotes doubled so no
    /// FTS5 syntax can be injected.
    static func trigramPhrase(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `text` with LIKE's wildcards and the escape character taken literally.
    static func likeEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// The display names of these people where they are members of the organization.
    public func names(of personIDs: Set<Person.ID>, in organizationID: Organization.ID) throws -> [Person.ID: String] {
        guard !personIDs.isEmpty else { return [:] }
        return try database.read { tx in
            var names: [Person.ID: String] = [:]
            for row in try tx.query("""
                SELECT p.id, p.display_name FROM people p JOIN memberships m ON m.person_id = p.id
                WHERE m.organization_id = \(organizationID) AND p.id IN (\(list: Array(personIDs)))
                """) { names[try row.get("id")] = try row.get("display_name") }
            return names
        }
    }

    /// The members of one school of an organization, by name.
    public func members(of organizationID: Organization.ID, inSchool schoolID: School.ID) throws -> [Member] {
        try database.read { tx in
            try tx.query(Self.memberSelect + """
                 WHERE m.organization_id = \(organizationID) AND m.school_id = \(schoolID) ORDER BY p.display_name, p.email
                """).map { try $0.member() }
        }
    }

    /// Every membership of a person, across organizations, by organization name.
    public func memberships(of personID: Person.ID) throws -> [Member] {
        try database.read { try memberships(of: personID, in: $0) }
    }

    package func memberships(of personID: Person.ID, in tx: any Connection) throws -> [Member] {
        try tx.query(Self.memberSelect + " WHERE m.person_id = \(personID) ORDER BY o.name, o.id").map { try $0.member() }
    }
}
