import Foundation
import CairnCore

/// The people in a version's pilot and the feedback they give; every lookup is within one organization.
public struct PilotRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    /// The answers of a feedback form as stored in `pilot_feedback.payload_json`.
    struct Payload: Codable {
        var items: [ItemFeedback]
        var relevance: Int
        var workloadHours: Double
        var wouldRecommend: Bool
        var comments: String
    }

    // MARK: Participants

    /// Adds someone to a version's pilot; false when they already take part (their role is kept).
    ///
    /// - Throws: `DatabaseError.notFound` when the version is not in the organization.
    @discardableResult
    public func addParticipant(_ participant: PilotParticipant, in organizationID: Organization.ID) throws -> Bool {
        try database.write { tx in
            _ = try MicrocredentialRepository(database: database).findVersion(participant.versionID, in: organizationID, in: tx)
            return try tx.execute("""
                INSERT INTO pilot_participants (version_id, person_id, role, joined_at)
                VALUES (\(participant.versionID), \(participant.personID), \(participant.role), \(participant.joinedAt))
                ON CONFLICT (version_id, person_id) DO NOTHING
                """) == 1
        }
    }

    /// Removes someone from a pilot (their feedback stays); false when they were not in it.
    @discardableResult
    public func removeParticipant(_ personID: Person.ID, from versionID: MicrocredentialVersion.ID,
                                  in organizationID: Organization.ID) throws -> Bool {
        try database.write { tx in
            _ = try MicrocredentialRepository(database: database).findVersion(versionID, in: organizationID, in: tx)
            return try tx.execute("DELETE FROM pilot_participants WHERE version_id = \(versionID) AND person_id = \(personID)") == 1
        }
    }

    /// A version's pilot participants, in the order they joined.
    public func participants(of versionID: MicrocredentialVersion.ID, in organizationID: Organization.ID) throws -> [PilotParticipant] {
        try database.read { try participants(of: versionID, in: organizationID, in: $0) }
    }

    /// `participants(of:in:)` in the caller's transaction.
    package func participants(of versionID: MicrocredentialVersion.ID, in organizationID: Organization.ID,
                              in tx: any Connection) throws -> [PilotParticipant] {
        try tx.query("""
            SELECT pp.* FROM pilot_participants pp
            JOIN microcredential_versions v ON v.id = pp.version_id JOIN microcredentials m ON m.id = v.microcredential_id
            WHERE pp.version_id = \(versionID) AND m.organization_id = \(organizationID)
            ORDER BY pp.joined_at, pp.person_id
            """).map { try $0.pilotParticipant() }
    }

    /// One person's part in a version's pilot, if they take part.
    public func fetchParticipant(_ personID: Person.ID, of versionID: MicrocredentialVersion.ID,
                                 in organizationID: Organization.ID) throws -> PilotParticipant? {
        try database.read { tx in
            try tx.queryOne("""
                SELECT pp.* FROM pilot_participants pp
                JOIN microcredential_versions v ON v.id = pp.version_id JOIN microcredentials m ON m.id = v.microcredential_id
                WHERE pp.version_id = \(versionID) AND pp.person_id = \(personID) AND m.organization_id = \(organizationID)
                """)?.pilotParticipant()
        }
    }

    // MARK: Feedback

    /// Saves a participant's feedback, replacing what they gave before for the version.
    ///
    /// - Throws: `PilotFeedbackError` when the answers are out of range or name items the version's
    ///   design lacks; `DatabaseError.notFound` when the version is not in the organization or the
    ///   person is not one of its pilot participants.
    public func saveFeedback(_ feedback: PilotFeedback, in organizationID: Organization.ID) throws {
        try database.write { tx in
            let version = try MicrocredentialRepository(database: database).findVersion(feedback.versionID, in: organizationID, in: tx)
            try feedback.validate(against: version.design)
            guard try tx.queryOne("""
                SELECT 1 AS one FROM pilot_participants WHERE version_id = \(feedback.versionID) AND person_id = \(feedback.personID)
                """) != nil else { throw DatabaseError.notFound("pilot participant") }
            let payload = Payload(items: feedback.items, relevance: feedback.relevance, workloadHours: feedback.workloadHours,
                                  wouldRecommend: feedback.wouldRecommend, comments: feedback.comments)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let json = String(decoding: try encoder.encode(payload), as: UTF8.self)
            try tx.execute("DELETE FROM pilot_feedback WHERE version_id = \(feedback.versionID) AND person_id = \(feedback.personID)")
            try tx.execute("""
                INSERT INTO pilot_feedback (id, version_id, person_id, role, payload_json, submitted_at)
                VALUES (\(feedback.id), \(feedback.versionID), \(feedback.personID), \(feedback.role), \(json), \(feedback.submittedAt))
                """)
        }
    }

    /// The feedback given on a version's pilot, oldest first.
    public func feedback(for versionID: MicrocredentialVersion.ID, in organizationID: Organization.ID) throws -> [PilotFeedback] {
        try database.read { try feedback(for: versionID, in: organizationID, in: $0) }
    }

    /// `feedback(for:in:)` in the caller's transaction.
    package func feedback(for versionID: MicrocredentialVersion.ID, in organizationID: Organization.ID,
                          in tx: any Connection) throws -> [PilotFeedback] {
        try tx.query("""
            SELECT f.* FROM pilot_feedback f
            JOIN microcredential_versions v ON v.id = f.version_id JOIN microcredentials m ON m.id = v.microcredential_id
            WHERE f.version_id = \(versionID) AND m.organization_id = \(organizationID)
            ORDER BY f.submitted_at, f.id
            """).map { row in
            let json: String = try row.get("payload_json")
            guard let payload = try? JSONDecoder().decode(Payload.self, from: Data(json.utf8)) else {
                throw DatabaseError(.typeMismatch, "pilot_feedback.payload_json cannot be read")
            }
            return PilotFeedback(id: try row.get("id"), versionID: try row.get("version_id"), personID: try row.get("person_id"),
                                 role: try row.get("role"), items: payload.items, relevance: payload.relevance,
                                 workloadHours: payload.workloadHours, wouldRecommend: payload.wouldRecommend,
                                 comments: payload.comments, submittedAt: try row.get("submitted_at"))
        }
    }

    /// The pilot report of a version: its feedback, and the scores given so far (none until reviews exist).
    public func report(for versionID: MicrocredentialVersion.ID, in organizationID: Organization.ID,
                       scores: [[String: String]] = []) throws -> PilotReport {
        let version = try MicrocredentialRepository(database: database).findVersion(versionID, in: organizationID)
        return PilotReport.make(design: version.design, feedback: try feedback(for: versionID, in: organizationID), scores: scores)
    }
}
