import CairnCore
import Foundation

extension EnrollmentRepository {
    /// The evidence items of an enrollment the educator chose to show with their credential, in
    /// requirement order (none for another organization's enrollment).
    package func publicChoices(of enrollmentID: Enrollment.ID, in organizationID: Organization.ID, in tx: any Connection) throws
        -> [PublicEvidenceChoice] {
        try tx.query("""
            SELECT p.requirement_id, p.chosen_at, p.withdrawn_at, p.taken_down_at, p.taken_down_by, p.takedown_reason
            FROM public_evidence p JOIN enrollments e ON e.id = p.enrollment_id
            WHERE p.enrollment_id = \(enrollmentID) AND e.organization_id = \(organizationID) ORDER BY p.requirement_id
            """).map { row in
            let takenDownAt = try row.get("taken_down_at", as: Date?.self)
            return PublicEvidenceChoice(
                requirementID: try row.get("requirement_id"), chosenAt: try row.get("chosen_at"),
                withdrawnAt: try row.get("withdrawn_at", as: Date?.self),
                takedown: try takenDownAt.map {
                    PublicEvidenceTakedown(at: $0, by: try row.get("taken_down_by"), reason: try row.get("takedown_reason", as: String?.self) ?? "")
                })
        }
    }

    /// `publicChoices(of:in:in:)` in a read of its own.
    public func publicChoices(of enrollmentID: Enrollment.ID, in organizationID: Organization.ID) throws -> [PublicEvidenceChoice] {
        try database.read { try publicChoices(of: enrollmentID, in: organizationID, in: $0) }
    }

    /// The enrollment, its row locked until the transaction ends on PostgreSQL (SQLite serializes
    /// writes already): a choice and the decision that issues the credential (which updates the row
    /// before reading the choices) then happen one after the other, never interleaved.
    package func fetchLocked(_ id: Enrollment.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> Enrollment? {
        if tx.engine == .postgres {
            _ = try tx.queryOne("SELECT id FROM enrollments WHERE id = \(id) AND organization_id = \(organizationID) FOR UPDATE")
        }
        return try fetch(id, in: organizationID, in: tx)
    }

    /// The requirements whose choice to be shown lapsed because the educator changed the item afterwards, with when.
    package func publicChoiceLapses(of enrollmentID: Enrollment.ID, in tx: any Connection) throws -> [String: Date] {
        var lapses: [String: Date] = [:]
        for row in try tx.query("SELECT requirement_id, lapsed_at FROM public_evidence_lapses WHERE enrollment_id = \(enrollmentID)") {
            lapses[try row.get("requirement_id")] = try row.get("lapsed_at")
        }
        return lapses
    }

    /// Makes an item chosen to be shown private again because its content changed, keeping the lapse for the
    /// workspace to explain; nothing happens to an item not chosen, withdrawn or taken down (their record stays). True when a choice lapsed.
    func lapsePublicChoice(requirement requirementID: String, of enrollmentID: Enrollment.ID, at now: Date, in tx: any Connection) throws
        -> Bool {
        let removed = try tx.execute("""
            DELETE FROM public_evidence
            WHERE enrollment_id = \(enrollmentID) AND requirement_id = \(requirementID) AND withdrawn_at IS NULL AND taken_down_at IS NULL
            """)
        guard removed == 1 else { return false }
        try tx.execute("""
            INSERT INTO public_evidence_lapses (enrollment_id, requirement_id, lapsed_at) VALUES (\(enrollmentID), \(requirementID), \(now))
            ON CONFLICT (enrollment_id, requirement_id) DO UPDATE SET lapsed_at = excluded.lapsed_at
            """)
        return true
    }

    /// Chooses an item to show with the credential, or makes it private again (choosing twice keeps
    /// the first choice); either way an earlier lapse is settled. The caller has checked that the
    /// enrollment is the educator's and not earned.
    package func setPublic(_ isPublic: Bool, requirement requirementID: String, of enrollmentID: Enrollment.ID, at now: Date,
                           in tx: any Connection) throws {
        try tx.execute("DELETE FROM public_evidence_lapses WHERE enrollment_id = \(enrollmentID) AND requirement_id = \(requirementID)")
        if isPublic {
            try tx.execute("""
                INSERT INTO public_evidence (enrollment_id, requirement_id, chosen_at, withdrawn_at)
                VALUES (\(enrollmentID), \(requirementID), \(now), NULL)
                ON CONFLICT (enrollment_id, requirement_id) DO NOTHING
                """)
        } else {
            try tx.execute("DELETE FROM public_evidence WHERE enrollment_id = \(enrollmentID) AND requirement_id = \(requirementID)")
        }
    }

    /// Takes a chosen item down from public view for good, with who, when and why; false when it was not chosen,
    /// or is withdrawn or taken down already.
    package func takeDownPublic(requirement requirementID: String, of enrollmentID: Enrollment.ID, _ takedown: PublicEvidenceTakedown,
                                in tx: any Connection) throws -> Bool {
        try tx.execute("""
            UPDATE public_evidence SET taken_down_at = \(takedown.at), taken_down_by = \(takedown.by), takedown_reason = \(takedown.reason)
            WHERE enrollment_id = \(enrollmentID) AND requirement_id = \(requirementID) AND withdrawn_at IS NULL AND taken_down_at IS NULL
            """) == 1
    }

    /// Withdraws a chosen item from public view for good; false when it was not chosen or is withdrawn already.
    package func withdrawPublic(requirement requirementID: String, of enrollmentID: Enrollment.ID, at now: Date,
                                in tx: any Connection) throws -> Bool {
        try tx.execute("""
            UPDATE public_evidence SET withdrawn_at = \(now)
            WHERE enrollment_id = \(enrollmentID) AND requirement_id = \(requirementID) AND withdrawn_at IS NULL
            """) == 1
    }
}
