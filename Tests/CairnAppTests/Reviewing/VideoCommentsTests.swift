@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// Video comments and their threads: the claim's holder comments; the holder, the decider and the
/// educator reply; nothing is written when a comment or a reply is refused.
@Suite struct VideoCommentsTests {
    static let assessor = "assessor@riverbend.example", educator = "educator@riverbend.example"

    @Test func onlyTheHolderOfTheClaimComments() throws {
        try RiverbendWorld.with { world in
            let submission = try world.videoSubmission()
            let assessor = try world.member(Self.assessor)
            try world.reviewing.claim(submission.id, by: assessor)
            let comment = try world.comment(on: submission, at: 12)
            #expect(try world.reviewing.reviewPage(submission.id, by: assessor).current.comments.map(\.id) == [comment.id])

            try world.reviewing.release(submission.id, by: assessor)
            let subject = try world.reviewing.open(submission.id, by: assessor)
            let late = try VideoComment(submissionID: submission.id, fileSHA256: RiverbendWorld.lessonVideo.sha256, startSeconds: 20,
                                        text: "Too late.", authorID: assessor.person.id, createdAt: Date())

            #expect(throws: ReviewError.reviewNotOpen) { try world.reviewing.addComment(late, on: subject) }
            #expect(try world.rows(in: "video_comments") == 1)
        }
    }

    @Test func aCommentOnAVideoTheSubmissionLacksWritesNothing() throws {
        try RiverbendWorld.with { world in
            let submission = try world.videoSubmission()
            let assessor = try world.member(Self.assessor)
            try world.reviewing.claim(submission.id, by: assessor)
            let stray = try VideoComment(submissionID: submission.id, fileSHA256: String(repeating: "0", count: 64), startSeconds: 1,
                                         text: "Which video?", authorID: assessor.person.id, createdAt: Date())

            #expect(throws: ReviewError.invalidComment) { try world.reviewing.addComment(stray, on: try world.reviewing.open(submission.id, by: assessor)) }
            #expect(try world.rows(in: "video_comments") == 0)
        }
    }

    @Test func theDeciderAndTheEducatorReplyAndNobodyElse() throws {
        try RiverbendWorld.with { world in
            let submission = try world.videoSubmission()
            let assessor = try world.member(Self.assessor), educator = try world.member(Self.educator)
            try world.reviewing.claim(submission.id, by: assessor)
            let comment = try world.comment(on: submission, at: 42)
            try world.decide(submission, at: "approaching")

            try world.earning.reply(to: comment.id, text: "  Thank you.  ", in: submission.enrollmentID, by: educator)
            try world.reviewing.reply(to: comment.id, text: "You're welcome.", on: try world.reviewing.open(submission.id, by: assessor))

            let replies = try world.reviewing.reviewPage(submission.id, by: assessor).current.comments.first?.replies ?? []
            #expect(Set(replies.map(\.text)) == ["Thank you.", "You're welcome."], "trimmed")
            #expect(Set(replies.map(\.authorID)) == [educator.person.id, assessor.person.id])

            let other = try world.member("luis.ortega@riverbend.example")
            try world.store.submissions.addAssessor(other.person.id, for: world.version.microcredentialID, in: world.riverbend.id)
            #expect(throws: ReviewError.reviewNotOpen) {
                try world.reviewing.reply(to: comment.id, text: "Me too.", on: try world.reviewing.open(submission.id, by: other))
            }
            #expect(throws: EnrollmentError.notFound) {
                try world.earning.reply(to: comment.id, text: "Me too.", in: submission.enrollmentID, by: try world.member("mei.chen@riverbend.example"))
            }
            #expect(try world.rows(in: "comment_replies") == 2)
        }
    }

    @Test func aRefusedReplyWritesNothing() throws {
        try RiverbendWorld.with { world in
            let submission = try world.videoSubmission()
            let assessor = try world.member(Self.assessor), educator = try world.member(Self.educator)
            try world.reviewing.claim(submission.id, by: assessor)
            let comment = try world.comment(on: submission, at: 42)
            try world.decide(submission, at: "approaching")
            let elsewhere = try world.videoSubmission(by: "mei.chen@riverbend.example")

            #expect(throws: ReplyError.empty) { try world.earning.reply(to: comment.id, text: " \n ", in: submission.enrollmentID, by: educator) }
            #expect(throws: ReplyError.tooLong) {
                try world.earning.reply(to: comment.id, text: String(repeating: "a", count: 5_001), in: submission.enrollmentID, by: educator)
            }
            #expect(throws: ReviewError.commentNotFound) {
                try world.earning.reply(to: comment.id, text: "Hello.", in: elsewhere.enrollmentID, by: try world.member("mei.chen@riverbend.example"))
            }
            #expect(try world.rows(in: "comment_replies") == 0)
        }
    }
}
