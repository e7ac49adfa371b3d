import Foundation
import CairnCore

extension Decision: DatabaseValueConvertible {}
extension EnrollmentStatus: DatabaseValueConvertible {}
extension NotificationPreference: DatabaseValueConvertible {}

/// JSON columns of the earning tables: sorted keys, so equal values store equal text.
enum JSONColumn {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ row: Row, _ column: String) throws -> T {
        let text: String = try row.get(column)
        do { return try JSONDecoder().decode(type, from: Data(text.utf8)) }
        catch { throw DatabaseError(.typeMismatch, "\(column) cannot be read") }
    }
}

/// What `awards.award_json` holds beside the indexed columns.
struct AwardPayload: Codable {
    var versionNumber: Int
    var title: String
    var results: [Award.CriterionResult]
    var evidenceHashes: [String]
    /// A direct award's narrative; absent from a decision's award (and from every award stored before direct ones).
    var narrative: String?
}

/// Reading the earning and review tables' rows into CairnCore values.
extension Row {
    func enrollment() throws -> Enrollment {
        Enrollment(id: try get("id"), organizationID: try get("organization_id"), educatorID: try get("educator_id"),
                   microcredentialID: try get("microcredential_id"), versionID: try get("version_id"), isPilot: try get("is_pilot"),
                   startedAt: try get("started_at"), lastActivityAt: try get("last_activity_at"))
    }

    /// A submission's state from its `state`, claim and decision columns.
    func submissionState() throws -> Submission.State {
        switch try get("state", as: String.self) {
        case "claimed":
            .claimed(Claim(assessorID: try get("claimed_by"), claimedAt: try get("claimed_at"), expiresAt: try get("claim_expires_at")))
        case "decided":
            .decided(try get("decision"), by: try get("decided_by"), at: try get("decided_at"))
        default:
            .awaitingReview
        }
    }

    func submission() throws -> Submission {
        let state = try submissionState()
        return Submission(id: try get("id"), organizationID: try get("organization_id"), enrollmentID: try get("enrollment_id"),
                          educatorID: try get("educator_id"), microcredentialID: try get("microcredential_id"),
                          versionID: try get("version_id"), attempt: try get("attempt"),
                          snapshot: try JSONColumn.decode(EvidenceSnapshot.self, self, "snapshot_json"),
                          submittedAt: try get("submitted_at"), state: state)
    }

    func review() throws -> Review {
        let overrideDecision: Decision? = try get("override_decision")
        let justification: String? = try get("override_justification")
        return Review(id: try get("id"), submissionID: try get("submission_id"), assessorID: try get("assessor_id"),
                      scores: try JSONColumn.decode([ScoreEntry].self, self, "scores_json"), summary: try get("summary"),
                      computedDecision: try get("computed_decision"),
                      override: overrideDecision.map { Review.Override(decision: $0, justification: justification ?? "") },
                      decidedAt: try get("decided_at"))
    }

    /// An award; its source from the columns: a submission means a decision, none a direct award (no assessor: the command line).
    func award() throws -> Award {
        let payload = try JSONColumn.decode(AwardPayload.self, self, "award_json")
        let submissionID: Submission.ID? = try get("submission_id"), assessorID: Person.ID? = try get("assessor_id")
        let source: Award.Source
        if let submissionID {
            guard let assessorID else { throw DatabaseError(.typeMismatch, "awards.assessor_id is missing for a decision") }
            source = .decision(submission: submissionID, assessor: assessorID)
        } else {
            source = .direct(by: assessorID.map(Award.Awarder.admin) ?? .commandLine, narrative: payload.narrative)
        }
        return Award(id: try get("id"), organizationID: try get("organization_id"), educatorID: try get("educator_id"),
                     microcredentialID: try get("microcredential_id"), versionID: try get("version_id"),
                     versionNumber: payload.versionNumber, title: payload.title, results: payload.results,
                     decidedAt: try get("decided_at"), source: source, evidenceHashes: payload.evidenceHashes)
    }

    func videoComment(replies: [CommentReply]) throws -> VideoComment {
        do {
            return try VideoComment(id: try get("id"), submissionID: try get("submission_id"), fileSHA256: try get("file_sha256"),
                                    startSeconds: try get("start_seconds"), endSeconds: try get("end_seconds"), text: try get("text"),
                                    criterionID: try get("criterion_id"), authorID: try get("author_id"), createdAt: try get("created_at"),
                                    replies: replies)
        } catch let error as ReviewError {
            throw DatabaseError(.typeMismatch, "video_comments row is not a valid comment: \(error)")
        }
    }

    func commentReply() throws -> CommentReply {
        CommentReply(id: try get("id"), commentID: try get("comment_id"), authorID: try get("author_id"), text: try get("text"),
                     createdAt: try get("created_at"))
    }

    func exemplar() throws -> Exemplar {
        Exemplar(id: try get("id"), organizationID: try get("organization_id"), microcredentialID: try get("microcredential_id"),
                 versionID: try get("version_id"), submissionID: try get("submission_id"),
                 snapshot: try JSONColumn.decode(EvidenceSnapshot.self, self, "snapshot_json"),
                 referenceScores: try JSONColumn.decode([String: String].self, self, "reference_scores_json"),
                 note: try get("note"), createdBy: try get("created_by"), createdAt: try get("created_at"))
    }
}
