import Testing
@testable import CairnCore

@Suite struct EnrollmentTests {
    func start(existing: [(Enrollment, EnrollmentStatus)]) throws(EnrollmentError) -> Enrollment {
        try Enrollment.start(id: .init(rawValue: "e2"), organizationID: Earning.org, educatorID: Earning.ana, microcredentialID: .init(rawValue: "m1"), versionID: .init(rawValue: "v2"),
                             existing: existing, at: Earning.now)
    }

    @Test func startingPinsTheVersion() throws {
        let enrollment = try start(existing: [])
        #expect(enrollment.versionID == .init(rawValue: "v2"))
        #expect(enrollment.lastActivityAt == Earning.now)
    }

    @Test(arguments: [EnrollmentStatus.inProgress, .submitted, .underReview, .notYet])
    func aSecondActiveEnrollmentIsRefused(_ status: EnrollmentStatus) {
        #expect(throws: EnrollmentError.alreadyEnrolled(.init(rawValue: "e1"))) { try start(existing: [(Earning.enrollment, status)]) }
    }

    @Test func afterEarningTheEducatorMayStartAgain() throws {
        #expect(try start(existing: [(Earning.enrollment, .earned)]).id == .init(rawValue: "e2"))
    }

    @Test func anotherMicrocredentialOrEducatorDoesNotCount() throws {
        let other = Enrollment(organizationID: Earning.org, educatorID: Earning.ana, microcredentialID: .init(rawValue: "m9"), versionID: .init(rawValue: "v9"), startedAt: Earning.now)
        let someoneElse = Enrollment(organizationID: Earning.org, educatorID: Earning.ben, microcredentialID: .init(rawValue: "m1"), versionID: .init(rawValue: "v1"), startedAt: Earning.now)
        #expect(try start(existing: [(other, .inProgress), (someoneElse, .inProgress)]).id == .init(rawValue: "e2"))
    }

    @Test func statusFollowsTheLatestAttempt() {
        let decided = Earning.submission(attempt: 1, state: .decided(.notYet, by: Earning.ben, at: Earning.now))
        #expect(EnrollmentStatus.derived(from: []) == .inProgress)
        #expect(EnrollmentStatus.derived(from: [Earning.submission()]) == .submitted)
        #expect(EnrollmentStatus.derived(from: [Earning.claimed()]) == .underReview)
        #expect(EnrollmentStatus.derived(from: [decided]) == .notYet)
        #expect(EnrollmentStatus.derived(from: [Earning.submission(attempt: 2), decided]) == .submitted)
        #expect(EnrollmentStatus.derived(from: [decided, Earning.submission(attempt: 2, state: .decided(.earned, by: Earning.ben, at: Earning.now))]) == .earned)
    }
}
