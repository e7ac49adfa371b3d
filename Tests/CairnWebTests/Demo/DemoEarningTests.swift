import CairnCore
import CairnStore
@testable import CairnWeb
import Foundation
import Testing

/// The demo's educators at every stage of earning, seeded through the same repositories the app uses.
@Suite struct DemoEarningTests {
    @Test func theDemoHasEducatorsInEveryStateWithEvidenceIncludingAVideo() throws {
        try TestApp.with(demoEarning: true) { app in
            let store = app.store
            let riverbend = try store.organizations.find(slug: "riverbend")
            let members = try store.members.members(of: riverbend.id)
            func person(_ email: String) throws -> Person.ID {
                try #require(members.first { $0.person.email.rawValue == email }?.person.id)
            }
            var statuses: [EnrollmentStatus] = []
            var submissions: [Submission] = []
            for email in ["educator@riverbend.example", "mei.chen@riverbend.example", "luis.ortega@riverbend.example"] {
                for (enrollment, status) in try store.enrollments.enrollments(of: try person(email), in: riverbend.id) {
                    statuses.append(status)
                    submissions += try store.submissions.submissions(of: enrollment.id, in: riverbend.id)
                }
            }
            #expect(Set(statuses) == Set(EnrollmentStatus.allCases), "in progress, submitted, under review, not yet and earned")

            let videos = submissions.flatMap { $0.snapshot.items.flatMap(\.files) }.filter(\.isVideo)
            #expect(!videos.isEmpty)
            for video in videos {
                #expect(video.consentConfirmed)
                #expect(video.contentType == "video/mp4")
                for hash in video.blobHashes { #expect(app.app.installation.blobs.contains(try #require(BlobReference.ID(hash)))) }
                #expect(video.posterSHA256 != nil && video.captionsSHA256 != nil)
            }

            let notYet = try #require(submissions.first { $0.decision == .notYet })
            let comments = try store.reviews.comments(on: notYet.id, in: riverbend.id)
            #expect(comments.count >= 2)
            #expect(comments.contains { !$0.replies.isEmpty }, "the educator answered a comment")
            let review = try #require(try store.reviews.review(of: notYet.id, in: riverbend.id))
            #expect(review.scores.allSatisfy { !$0.feedback.isEmpty }, "feedback on every criterion")

            let earned = try #require(submissions.first { $0.decision == .earned })
            let award = try #require(try store.reviews.award(for: earned.id, in: riverbend.id))
            #expect(award.evidenceHashes == earned.snapshot.blobHashes)
            #expect(award.assessorID == (try person("assessor@riverbend.example")))

            let exemplars = try store.calibration.exemplars(of: earned.microcredentialID, in: riverbend.id)
            #expect(exemplars.map(\.submissionID) == [earned.id] && !exemplars[0].note.isEmpty, "the earned work is an exemplar")
            #expect(try !store.calibration.hasCalibrated(try person("assessor@riverbend.example"), for: earned.microcredentialID,
                                                         in: riverbend.id), "the assessor has an exemplar to score")

            let queue = try store.submissions.queue(for: try person("assessor@riverbend.example"), in: riverbend.id, at: app.app.clock())
            #expect(queue.entries.count == 2, "one waiting, one held by the demo assessor")
        }
    }
}
