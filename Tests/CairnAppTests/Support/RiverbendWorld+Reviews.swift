@testable import CairnApp
import CairnCore
@testable import CairnStore
import Foundation
import Testing

/// Attempts with a video, decisions and comments, and counting the statements a page runs: for the
/// tests of the review, feedback and calibration pages.
extension RiverbendWorld {
    /// A two-minute video of a lesson.
    static let lessonVideo = EvidenceFile(sha256: String(repeating: "ab", count: 32), filename: "lesson.mp4", contentType: "video/mp4",
                                          size: 4_096, videoDurationSeconds: 120)

    /// A new attempt of `educator`'s enrollment whose evidence shows the lesson's video too (written
    /// into its snapshot: the reflective practice design itself takes no files).
    @discardableResult
    func videoSubmission(by educator: String = "educator@riverbend.example") throws -> Submission {
        let submission = try self.submission(by: educator)
        let snapshot = EvidenceSnapshot(items: [try EvidenceItem(requirementID: "r1", text: "I asked better questions.", files: [Self.lessonVideo])])
        try store.write { tx in
            try tx.execute("UPDATE submissions SET snapshot_json = \(try JSONColumn.encode(snapshot)) WHERE id = \(submission.id)")
        }
        return try store.submissions.find(submission.id, in: riverbend.id)
    }

    /// Claims the submission for `assessor` and decides it at `level` (`approaching` is *not yet*).
    @discardableResult
    func decide(_ submission: Submission, at level: String, by assessor: String = "assessor@riverbend.example") throws -> Reviewing.Decided {
        let member = try self.member(assessor)
        try reviewing.claim(submission.id, by: member)
        return try reviewing.decide(try reviewing.open(submission.id, by: member), Self.scored(level))
    }

    /// A comment by the holder of the submission's claim at `second` of the lesson's video.
    @discardableResult
    func comment(on submission: Submission, at second: Double, by assessor: String = "assessor@riverbend.example") throws -> VideoComment {
        let subject = try reviewing.open(submission.id, by: try member(assessor))
        let comment = try VideoComment(submissionID: submission.id, fileSHA256: Self.lessonVideo.sha256, startSeconds: second,
                                       text: "At \(Int(second)) seconds: a good question.", authorID: try member(assessor).person.id,
                                       createdAt: Date())
        try reviewing.addComment(comment, on: subject)
        return comment
    }

    /// The number of rows of a table (to prove that a refused request wrote nothing).
    func rows(in table: String) throws -> Int {
        try store.database.read { tx in
            let count: Int? = try tx.queryOne("SELECT COUNT(*) AS n FROM \(raw: table)")?.get("n")
            return count ?? 0
        }
    }
}
