@testable import CairnCore
import Foundation
import Testing

/// Every refusal says what kind it is and gives one sentence for a person, written beside its cases.
@Suite struct DomainErrorTests {
    static let refusals: [any DomainError & Sendable] = [
        ReviewError.rubricIncomplete(missing: ["c1"]), ReviewError.assessorIsAuthor, ReviewError.alreadyDecided(Submission.ID(rawValue: "s1")),
        ReviewError.justificationRequired, ReviewError.notClaimedByYou, ReviewError.claimExpired,
        ReviewError.claimedByAnother(until: Date(timeIntervalSince1970: 1_800_000_000)), ReviewError.notAnAssessor,
        ReviewError.submissionNotFound, ReviewError.calibrationNeeded(Microcredential.ID(rawValue: "m1")), ReviewError.invalidComment,
        ReviewError.notOpenForSecondScoring,
        EnrollmentError.alreadyEnrolled(Enrollment.ID(rawValue: "e1")), EnrollmentError.notOpen(.retired), EnrollmentError.incomplete([]),
        EnrollmentError.cannotSubmit(.underReview), EnrollmentError.unknownRequirement("r9"), EnrollmentError.invalidLink("ftp://x"),
        EnrollmentError.notAPilotEducator, EnrollmentError.evidenceLocked, EnrollmentError.publicChoiceLocked, EnrollmentError.notFound,
        CredentialError.evidenceWithdrawn,
        LifecycleError.draftChangedMeanwhile, MemberAdministrationError.lastAdmin, OneTimeTokenError.expired,
        UploadError.offsetMismatch(current: 10), StorageQuotaError(maximumBytes: 1 << 30, usedBytes: 1 << 29, requestedBytes: 1 << 30),
        DesignFileError.missingKey(path: "design.title"), EmailAddressError.missingAt, PasswordProblem.common, PersonNameError.empty,
    ]

    @Test func eachRefusalSaysOneFinishedSentence() {
        for refusal in Self.refusals {
            #expect(refusal.message.count > 10 && refusal.message.hasSuffix("."), "\(refusal)")
        }
    }

    @Test func theKindFollowsWhatHappened() {
        #expect(ReviewError.claimedByAnother(until: Date()).kind == .conflict)
        #expect(ReviewError.assessorIsAuthor.kind == .forbidden)
        #expect(ReviewError.submissionNotFound.kind == .notFound)
        #expect(ReviewError.rubricIncomplete(missing: []).kind == .invalidInput)
        #expect(UploadError.tooManyInProgress(limit: 3).kind == .tooManyRequests(retryAfterSeconds: nil))
        #expect(StorageQuotaError(maximumBytes: 1, usedBytes: 1, requestedBytes: 1).kind == .tooLarge)
        #expect(CredentialError.evidenceWithdrawn.kind == .gone)
        #expect(EnrollmentError.publicChoiceLocked.kind == .conflict)
    }

    @Test func aClaimRunsOutAtAMomentWrittenInUTC() {
        let until = Date(timeIntervalSince1970: 1_800_000_000)  // 15 January 2027, 08:00 UTC
        #expect(ReviewError.claimedByAnother(until: until).message.contains("until 15 January 2027 at 08:00 UTC"))
    }

    @Test func fieldsAreGivenWhereThereIsOne() {
        #expect(EmailAddressError.empty.field == "email")
        #expect(DesignFileError.wrongType(path: "design.hours", expected: "a number", found: "text").field == "design.hours")
        #expect(ReviewError.claimExpired.field == nil)
    }
}
