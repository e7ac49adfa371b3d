import Foundation
import CairnCore

/// Educators' enrollments and their workspace drafts; every lookup is within one organization.
public struct EnrollmentRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    /// Starts an enrollment pinned to its version.
    ///
    /// - Throws: `EnrollmentError.alreadyHolds` when the educator holds the microcredential (a `StandingAward`;
    ///   pilots aside); `.alreadyEnrolled` when the educator has an active enrollment for the
    ///   microcredential of the same kind (a pilot enrollment and a published one are apart); `.notOpen` unless the version is published (or piloting, for a pilot
    ///   enrollment); `DatabaseError.notFound` when the version is not the microcredential's in the organization.
    public func enroll(_ enrollment: Enrollment) throws {
        try database.write { tx in
            let version = try MicrocredentialRepository(database: database).findVersion(enrollment.versionID, in: enrollment.organizationID, in: tx)
            guard version.microcredentialID == enrollment.microcredentialID else { throw DatabaseError.notFound("microcredential version") }
            let open: LifecycleState = enrollment.isPilot ? .pilot : .published
            guard version.state == open else { throw EnrollmentError.notOpen(version.state) }
            if !enrollment.isPilot {
                // Earned once while it stands; the lock keeps a direct award from slipping in meanwhile.
                let reviews = ReviewRepository(database: database)
                try reviews.lockAwarding(enrollment.microcredentialID, to: enrollment.educatorID, in: tx)
                if let standing = try reviews.standingAward(of: enrollment.educatorID, for: enrollment.microcredentialID,
                                                            in: enrollment.organizationID, at: enrollment.startedAt, in: tx) {
                    throw EnrollmentError.alreadyHolds(standing)
                }
            }
            if let active = try openEnrollment(of: enrollment.educatorID, for: enrollment.microcredentialID, isPilot: enrollment.isPilot,
                                               in: enrollment.organizationID, in: tx) {
                throw EnrollmentError.alreadyEnrolled(active)
            }
            do {
                try insert(enrollment, in: tx)
            } catch let error as DatabaseError where error.kind == .uniqueViolation {
                throw EnrollmentError.alreadyEnrolled(enrollment.id)
            }
        }
    }

    /// The educator's open enrollment of the microcredential, pilot or not (there is at most one of each).
    package func openEnrollment(of educatorID: Person.ID, for microcredentialID: Microcredential.ID, isPilot: Bool,
                                in organizationID: Organization.ID, in tx: any Connection) throws -> Enrollment.ID? {
        try tx.queryOne(Self.openEnrollments(of: educatorID, isPilot: isPilot, in: organizationID)
                        + " AND microcredential_id = \(microcredentialID)").map { try $0.get("id") }
    }

    /// The educator's open enrollments, pilot or not, by microcredential, in one query: what the catalog marks as started.
    package func openEnrollments(of educatorID: Person.ID, isPilot: Bool, in organizationID: Organization.ID,
                                 in tx: any Connection) throws -> [Microcredential.ID: Enrollment.ID] {
        var open: [Microcredential.ID: Enrollment.ID] = [:]
        for row in try tx.query(Self.openEnrollments(of: educatorID, isPilot: isPilot, in: organizationID)) {
            open[try row.get("microcredential_id")] = try row.get("id")
        }
        return open
    }

    /// The educator's open enrollments of one kind; callers add the microcredential.
    private static func openEnrollments(of educatorID: Person.ID, isPilot: Bool, in organizationID: Organization.ID) -> SQL {
        """
        SELECT id, microcredential_id FROM enrollments
        WHERE educator_id = \(educatorID) AND is_pilot = \(isPilot) AND closed_at IS NULL AND organization_id = \(organizationID)
        """
    }

    /// Whether the educator has an open enrollment for the microcredential that is not earned yet:
    /// work an assessor may still decide (pilot enrollments aside).
    package func hasUndecidedEnrollment(of educatorID: Person.ID, for microcredentialID: Microcredential.ID,
                                        in organizationID: Organization.ID, in tx: any Connection) throws -> Bool {
        try tx.queryOne("""
            SELECT 1 AS found FROM enrollments
            WHERE organization_id = \(organizationID) AND educator_id = \(educatorID) AND microcredential_id = \(microcredentialID)
            AND is_pilot = \(false) AND closed_at IS NULL AND status <> 'earned'
            """) != nil
    }

    /// Writes an enrollment's row as it is, open until `closedAt`, with the copies its coach's cohort
    /// reads (its educator's membership and name, and the membership's `enrolled`);
    /// no rule is checked.
    func insert(_ enrollment: Enrollment, closedAt: Date? = nil, in tx: any Connection) throws {
        try tx.execute("""
            INSERT INTO enrollments (id, organization_id, educator_id, microcredential_id, version_id, is_pilot, started_at, last_activity_at,
                                     closed_at)
            VALUES (\(enrollment.id), \(enrollment.organizationID), \(enrollment.educatorID), \(enrollment.microcredentialID),
                    \(enrollment.versionID), \(enrollment.isPilot), \(enrollment.startedAt), \(enrollment.lastActivityAt), \(closedAt))
            """)
        let membership: SQL = "organization_id = \(enrollment.organizationID) AND person_id = \(enrollment.educatorID)"
        if tx.engine == .postgres {
            // SQLite serializes every write already. PostgreSQL holds the educator's membership and person
            // until this enrollment is written, so that a change of either made at the same time either ends
            // before the copies are taken or waits and then copies into this enrollment too. After the row:
            // its foreign keys share the organization's row, which a membership change locks first.
            try tx.execute("UPDATE memberships SET enrolled = 1 WHERE \(membership)")
            _ = try tx.query("SELECT id FROM people WHERE id = \(enrollment.educatorID) FOR SHARE")
        } else {
            try tx.execute("UPDATE memberships SET enrolled = 1 WHERE \(membership) AND enrolled = 0")
        }
        try tx.execute("UPDATE enrollments SET \(raw: Self.cohortAssignments) WHERE id = \(enrollment.id)")
        try tx.execute("""
            UPDATE schools SET coached_enrollments = coached_enrollments + 1
            WHERE id = (SELECT educator_school_id FROM enrollments WHERE id = \(enrollment.id) AND coached = 1)
            """)
    }

    package func fetch(_ id: Enrollment.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> Enrollment? {
        try tx.queryOne("SELECT * FROM enrollments WHERE id = \(id) AND organization_id = \(organizationID)")?.enrollment()
    }

    public func fetch(_ id: Enrollment.ID, in organizationID: Organization.ID) throws -> Enrollment? {
        try database.read { try fetch(id, in: organizationID, in: $0) }
    }

    package func find(_ id: Enrollment.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> Enrollment {
        guard let enrollment = try fetch(id, in: organizationID, in: tx) else { throw DatabaseError.notFound("enrollment") }
        return enrollment
    }

    public func find(_ id: Enrollment.ID, in organizationID: Organization.ID) throws -> Enrollment {
        try database.read { try find(id, in: organizationID, in: $0) }
    }

    /// An educator's enrollments with their status, most recent activity first.
    public func enrollments(of educatorID: Person.ID, in organizationID: Organization.ID) throws -> [(Enrollment, EnrollmentStatus)] {
        try database.read { tx in
            try tx.query("""
                SELECT * FROM enrollments WHERE educator_id = \(educatorID) AND organization_id = \(organizationID)
                ORDER BY last_activity_at DESC, id
                """).map { row in
                let enrollment = try row.enrollment()
                return (enrollment, try status(of: enrollment.id, in: tx))
            }
        }
    }

    /// The status derived from the enrollment's submissions.
    func status(of id: Enrollment.ID, in tx: any Connection) throws -> EnrollmentStatus {
        EnrollmentStatus.derived(from: try tx.query("SELECT * FROM submissions WHERE enrollment_id = \(id)").map { try $0.submission() })
    }

    /// Saves (autosaves) the educator's entry for one requirement, replacing the previous draft.
    ///
    /// - Throws: `EnrollmentError.unknownRequirement` when the pinned version has no such requirement.
    public func save(_ entry: EvidenceItem, to enrollmentID: Enrollment.ID, in organizationID: Organization.ID, at now: Date) throws {
        try updateEntry(entry.requirementID, of: enrollmentID, in: organizationID, at: now) { $0 = entry }
    }

    /// Changes the educator's entry for one requirement (an empty one when there is none yet) in
    /// one transaction: text autosaved while a file is added keeps both. A change of its content (text,
    /// links, files) lapses the choice to show it with the credential (`lapsePublicChoice`).
    ///
    /// - Parameter change: gets the entry as stored now; throwing saves nothing.
    /// - Returns: the entry as saved.
    /// - Throws: `EnrollmentError.unknownRequirement` when the pinned version has no such requirement.
    @discardableResult
    public func updateEntry(_ requirementID: String, of enrollmentID: Enrollment.ID, in organizationID: Organization.ID,
                            at now: Date, _ change: (inout EvidenceItem) throws -> Void) throws -> EvidenceItem {
        try updateEntryLapsing(requirementID, of: enrollmentID, in: organizationID, at: now, change).entry
    }

    /// `updateEntry`, also telling whether the change lapsed a choice to show the item with the credential.
    public func updateEntryLapsing(_ requirementID: String, of enrollmentID: Enrollment.ID, in organizationID: Organization.ID,
                                   at now: Date, _ change: (inout EvidenceItem) throws -> Void) throws
        -> (entry: EvidenceItem, publicChoiceLapsed: Bool) {
        try database.write { tx in
            if tx.engine == .postgres {
                // SQLite serializes every write already; PostgreSQL locks the enrollment's row.
                _ = try tx.queryOne("SELECT id FROM enrollments WHERE id = \(enrollmentID) AND organization_id = \(organizationID) FOR UPDATE")
            }
            let enrollment = try find(enrollmentID, in: organizationID, in: tx)
            // Checked again under the lock: an earned attempt (decided since the caller looked) freezes the evidence.
            guard try tx.queryOne("""
                SELECT 1 AS earned FROM submissions WHERE enrollment_id = \(enrollmentID) AND decision = 'earned'
                """) == nil else { throw EnrollmentError.evidenceLocked }
            let version = try MicrocredentialRepository(database: database).findVersion(enrollment.versionID, in: organizationID, in: tx)
            guard version.design.requirement(requirementID) != nil else { throw EnrollmentError.unknownRequirement(requirementID) }
            let stored = try tx.queryOne("""
                SELECT entry_json FROM workspace_entries WHERE enrollment_id = \(enrollmentID) AND requirement_id = \(requirementID)
                """).map { try JSONColumn.decode(EvidenceItem.self, $0, "entry_json") } ?? EvidenceItem(requirementID: requirementID)
            var entry = stored
            try change(&entry)
            guard entry.requirementID == requirementID else { throw EnrollmentError.unknownRequirement(entry.requirementID) }
            try write(entry, to: enrollmentID, at: now, in: tx)
            // A choice to show it was consent to what it held then.
            let lapsed = try entry != stored && lapsePublicChoice(requirement: requirementID, of: enrollmentID, at: now, in: tx)
            try tx.execute("UPDATE enrollments SET last_activity_at = \(now) WHERE id = \(enrollmentID)")
            return (entry, lapsed)
        }
    }

    /// Writes (or replaces) one workspace entry as it is; no rule is checked.
    func write(_ entry: EvidenceItem, to enrollmentID: Enrollment.ID, at now: Date, in tx: any Connection) throws {
        try tx.execute("""
            INSERT INTO workspace_entries (enrollment_id, requirement_id, entry_json, updated_at)
            VALUES (\(enrollmentID), \(entry.requirementID), \(try JSONColumn.encode(entry)), \(now))
            ON CONFLICT (enrollment_id, requirement_id) DO UPDATE SET entry_json = excluded.entry_json, updated_at = excluded.updated_at
            """)
    }

    package func workspace(of enrollmentID: Enrollment.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> Workspace {
        _ = try find(enrollmentID, in: organizationID, in: tx)
        return Workspace(entries: try tx.query("SELECT entry_json FROM workspace_entries WHERE enrollment_id = \(enrollmentID) ORDER BY requirement_id")
            .map { try JSONColumn.decode(EvidenceItem.self, $0, "entry_json") })
    }

    /// The educator's current drafts.
    public func workspace(of enrollmentID: Enrollment.ID, in organizationID: Organization.ID) throws -> Workspace {
        try database.read { try workspace(of: enrollmentID, in: organizationID, in: $0) }
    }
}
