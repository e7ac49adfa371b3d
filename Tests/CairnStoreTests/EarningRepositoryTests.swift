import Foundation
import Synchronization
import Testing
import CairnCore
@testable import CairnStore

/// A published microcredential in Riverbend with a PDF lesson plan and a classroom video, Ana
/// enrolled as educator, Cleo and Dev as assessors of it.
struct EarningWorld {
    let fixture = Fixture()
    let cleo = Person(email: try! EmailAddress("cleo@riverbend.example"), displayName: "Cleo Park", createdAt: .fixture)
    let dev = Person(email: try! EmailAddress("dev@riverbend.example"), displayName: "Dev Shah", createdAt: .fixture)
    let eve = Person(email: try! EmailAddress("eve@riverbend.example"), displayName: "Eve Stone", createdAt: .fixture)
    let microcredential: Microcredential
    let version: MicrocredentialVersion
    let enrollment: Enrollment
    var org: Organization.ID { fixture.riverbend.id }
    var ana: Person.ID { fixture.ana.id }

    static let pdf = EvidenceFile(sha256: String(repeating: "a", count: 64), filename: "plan.pdf", contentType: "application/pdf", size: 1000)
    static let video = EvidenceFile(sha256: String(repeating: "b", count: 64), filename: "lesson.mp4", contentType: "video/mp4",
                                    size: 5_000_000, videoDurationSeconds: 300, consentConfirmed: true)

    static var design: Design {
        var design = Design.sample("Questioning")
        design.parts[0].requirements.append(EvidenceRequirement(id: "r2", kind: .classroomVideo, title: "Classroom video",
            limits: EvidenceLimits(fileTypes: ["mp4"], maxFileMegabytes: 100, maxVideoMinutes: 10), objectiveIDs: ["o1"]))
        design.rubric.criteria[0].requirementIDs.append("r2")
        return design
    }

    init(store: Store) throws {
        try fixture.insert(into: store)
        microcredential = Microcredential(organizationID: fixture.riverbend.id, slug: "questioning", createdAt: .fixture, createdBy: fixture.ana.id)
        var version = try store.microcredentials.create(microcredential, design: Self.design)
        try version.transition(to: .published, at: .fixture, check: DesignChecker.check(version.design))
        try store.microcredentials.transition(version, in: fixture.riverbend.id)
        self.version = version
        let (cleo, dev, eve, org) = (cleo, dev, eve, fixture.riverbend.id)
        try store.write { tx in
            for person in [cleo, dev, eve] {
                try store.members.createPerson(person, in: tx)
                try store.members.addMembership(Membership(organizationID: org, personID: person.id, roles: [.assessor, .educator], createdAt: .fixture), in: tx)
            }
        }
        try store.submissions.addAssessor(cleo.id, for: microcredential.id, in: org)
        try store.submissions.addAssessor(dev.id, for: nil, in: org)
        enrollment = Enrollment(organizationID: org, educatorID: fixture.ana.id, microcredentialID: microcredential.id,
                                versionID: version.id, startedAt: .fixture)
        try store.enrollments.enroll(enrollment)
    }

    /// Eve enrolls too; both workspaces are filled and submitted, Eve's at `eveAt`, Ana's at `anaAt`.
    func anasAndEvesSubmissions(_ store: Store, anaAt: Date = .fixture, eveAt: Date = .fixture) throws
        -> (anas: Submission, eves: Submission, eveEnrollment: Enrollment) {
        let eveEnrollment = Enrollment(organizationID: org, educatorID: eve.id, microcredentialID: microcredential.id,
                                       versionID: version.id, startedAt: .fixture)
        try store.enrollments.enroll(eveEnrollment)
        try fillWorkspace(store)
        try fillWorkspace(store, enrollment: eveEnrollment)
        let eves = try store.submissions.submit(eveEnrollment.id, in: org, at: eveAt)
        let anas = try store.submissions.submit(enrollment.id, in: org, at: anaAt)
        return (anas, eves, eveEnrollment)
    }

    /// Fills Ana's workspace completely.
    func fillWorkspace(_ store: Store, enrollment: Enrollment? = nil, at now: Date = .fixture) throws {
        let id = (enrollment ?? self.enrollment).id
        try store.enrollments.save(try EvidenceItem(requirementID: "r1", text: "My plan.", files: [Self.pdf]), to: id, in: org, at: now)
        try store.enrollments.save(try EvidenceItem(requirementID: "r2", files: [Self.video]), to: id, in: org, at: now)
    }

    func scores(_ level: String) -> [ScoreEntry] { [ScoreEntry(criterionID: "c1", levelID: level, feedback: "Clear objectives.")] }
}

@Suite struct EarningRepositoryTests {
    @Test(arguments: TestDatabase.available)
    func enrollingPinsTheVersionAndRefusesASecondActiveEnrollment(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let found = try store.enrollments.find(world.enrollment.id, in: world.org)
            #expect(found == world.enrollment)
            #expect(found.versionID == world.version.id)
            let second = Enrollment(organizationID: world.org, educatorID: world.ana, microcredentialID: world.microcredential.id,
                                    versionID: world.version.id, startedAt: .fixture)
            #expect(throws: EnrollmentError.alreadyEnrolled(world.enrollment.id)) { try store.enrollments.enroll(second) }
            #expect(try store.enrollments.enrollments(of: world.ana, in: world.org).map(\.1) == [.inProgress])
        }
    }

    @Test(arguments: TestDatabase.available)
    func updatingAnEntryKeepsWhatItDoesNotChangeAndAThrowSavesNothing(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let id = world.enrollment.id
            let created = try store.enrollments.updateEntry("r2", of: id, in: world.org, at: .fixture) { $0.files.append(EarningWorld.video) }
            #expect(created.files == [EarningWorld.video])
            try store.enrollments.updateEntry("r2", of: id, in: world.org, at: .fixture) { $0.text = "Minute 3 shows wait time." }
            let entry = try store.enrollments.workspace(of: id, in: world.org).entry(for: "r2")
            #expect(entry?.text == "Minute 3 shows wait time.")
            #expect(entry?.files == [EarningWorld.video], "the text change kept the file")
            struct Refused: Error {}
            #expect(throws: Refused.self) {
                try store.enrollments.updateEntry("r2", of: id, in: world.org, at: .fixture) { $0.files = []; throw Refused() }
            }
            #expect(try store.enrollments.workspace(of: id, in: world.org).entry(for: "r2")?.files == [EarningWorld.video])
            #expect(throws: EnrollmentError.unknownRequirement("nope")) {
                try store.enrollments.updateEntry("nope", of: id, in: world.org, at: .fixture) { _ in }
            }
            #expect(throws: DatabaseError.self) {
                try store.enrollments.updateEntry("r2", of: id, in: Organization.ID(rawValue: "elsewhere"), at: .fixture) { _ in }
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func assignmentsAreReplacedWholeAndStayInTheOrganization(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let (org, eve, questioning) = (world.org, world.eve.id, world.microcredential.id)
            #expect(try store.submissions.assignments(in: org)[world.cleo.id] == [questioning.rawValue])
            #expect(try store.submissions.assignments(in: org)[world.dev.id] == ["*"])
            try store.submissions.setAssignments(of: eve, all: false, microcredentials: [questioning], in: org)
            #expect(try store.submissions.mayAssess(eve, questioning, in: org))
            try store.submissions.setAssignments(of: eve, all: true, microcredentials: [], in: org)
            #expect(try store.submissions.assignments(in: org)[eve] == ["*"])
            let elsewhere = Microcredential(organizationID: world.fixture.lakeside.id, slug: "elsewhere", createdAt: .fixture, createdBy: world.fixture.ben.id)
            _ = try store.microcredentials.create(elsewhere, design: .sample("Elsewhere"))
            #expect(throws: DatabaseError.self) {
                try store.submissions.setAssignments(of: eve, all: false, microcredentials: [elsewhere.id], in: org)
            }
            #expect(try store.submissions.assignments(in: org)[eve] == ["*"], "a refused change changes nothing")
            try store.submissions.setAssignments(of: eve, all: false, microcredentials: [], in: org)
            #expect(try store.submissions.assignments(in: org)[eve] == nil)
            #expect(try store.submissions.assignments(in: world.fixture.lakeside.id).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aPilotEnrollmentStandsApartAndEarnsNoCredential(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let next = try store.microcredentials.createNextDraft(from: world.version.id, changeNote: "Try a shorter video", at: .fixture,
                                                                  in: world.org)
            let pilot = try store.microcredentials.transition(next.id, to: .pilot, at: .fixture, in: world.org)
            let piloting = Enrollment(organizationID: world.org, educatorID: world.ana, microcredentialID: world.microcredential.id,
                                      versionID: pilot.id, isPilot: true, startedAt: .fixture)
            try store.enrollments.enroll(piloting)  // beside Ana's open enrollment in the published version
            #expect(throws: EnrollmentError.alreadyEnrolled(piloting.id)) {
                try store.enrollments.enroll(Enrollment(organizationID: world.org, educatorID: world.ana, microcredentialID: world.microcredential.id,
                                                        versionID: pilot.id, isPilot: true, startedAt: .fixture))
            }
            try world.fillWorkspace(store, enrollment: piloting)
            let submission = try store.submissions.submit(piloting.id, in: world.org, at: .fixture)
            try store.submissions.claim(submission.id, by: world.cleo.id, in: world.org, at: .fixture)
            let (review, award) = try store.reviews.decide(submission.id, by: world.cleo.id, scores: world.scores("exemplary"), in: world.org, at: .fixture)
            #expect(review.decision == .earned)
            #expect(award == nil)
            #expect(try store.reviews.awards(of: world.ana, in: world.org).isEmpty, "a pilot earns no credential")
            #expect(try store.reviews.pilotScores(for: pilot.id, in: world.org) == [["c1": "exemplary"]])
        }
    }

    @Test(arguments: TestDatabase.available)
    func aDraftCannotBeEnrolledIn(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let other = Microcredential(organizationID: world.org, slug: "draft-one", createdAt: .fixture, createdBy: world.ana)
            let draft = try store.microcredentials.create(other, design: .sample("Draft"))
            #expect(throws: EnrollmentError.notOpen(.draft)) {
                try store.enrollments.enroll(Enrollment(organizationID: world.org, educatorID: world.ana, microcredentialID: other.id,
                                                        versionID: draft.id, startedAt: .fixture))
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func submittingNeedsACompleteWorkspaceAndFreezesASnapshot(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            #expect(throws: EnrollmentError.self) { try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture) }
            #expect(try store.submissions.submissions(of: world.enrollment.id, in: world.org).isEmpty)
            try world.fillWorkspace(store)
            let submission = try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture.plus(minutes: 5))
            #expect(submission.attempt == 1)

            // When the educator edits the workspace after submitting
            try store.enrollments.save(try EvidenceItem(requirementID: "r1", text: "Changed afterwards.", files: []),
                                       to: world.enrollment.id, in: world.org, at: .fixture.plus(minutes: 6))
            // Then the submission keeps what was submitted
            let stored = try store.submissions.find(submission.id, in: world.org)
            #expect(stored.snapshot == submission.snapshot)
            #expect(stored.snapshot.item(for: "r1")?.text == "My plan.")
            #expect(try store.enrollments.workspace(of: world.enrollment.id, in: world.org).entry(for: "r1")?.text == "Changed afterwards.")
            #expect(throws: EnrollmentError.cannotSubmit(.submitted)) { try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture) }
        }
    }

    @Test(arguments: TestDatabase.available)
    func theQueueListsTheAssessorsClaimsAndTheLongestWaitingAndCountsTheRest(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let (anas, eves, _) = try world.anasAndEvesSubmissions(store, anaAt: .fixture.plus(minutes: 2), eveAt: .fixture.plus(minutes: 1))
            let now = Date.fixture.plus(minutes: 10)
            let first = try store.submissions.queue(for: world.cleo.id, in: world.org, at: now, listing: 1)
            #expect(first.waiting.map(\.submissionID) == [eves.id], "only the longest-waiting one is listed")
            #expect(first.waitingCount == 2 && first.claimed.isEmpty && first.oldestWaitingAge == 540)

            let held = try store.submissions.claim(eves.id, by: world.cleo.id, in: world.org, at: now)
            let holding = try store.submissions.queue(for: world.cleo.id, in: world.org, at: now, listing: 1)
            #expect(holding.claimed.map(\.submissionID) == [eves.id])
            #expect(holding.waiting.map(\.submissionID) == [anas.id] && holding.waitingCount == 1)
            #expect(holding.entries.map(\.submissionID) == [eves.id, anas.id], "queue order, the claim among the others")
            #expect(try store.submissions.queue(for: world.dev.id, in: world.org, at: now).waitingCount == 1, "another's running claim is not claimable")

            let expiry = try #require(held.state.activeClaim(at: now)).expiresAt
            let lapsed = try store.submissions.queue(for: world.cleo.id, in: world.org, at: expiry, listing: 5)
            #expect(lapsed.claimed.isEmpty && lapsed.waitingCount == 2, "a lapsed claim waits again")
            #expect(lapsed.waiting.map(\.submissionID) == [eves.id, anas.id] && lapsed.waiting.allSatisfy { $0.claim == nil })
        }
    }

    @Test(arguments: TestDatabase.available)
    func theQueueShowsOnlyWhatTheAssessorMayReviewOldestFirst(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let (anas, eves, _) = try world.anasAndEvesSubmissions(store, anaAt: .fixture.plus(minutes: 2), eveAt: .fixture.plus(minutes: 1))
            let queue = try store.submissions.queue(for: world.cleo.id, in: world.org, at: .fixture.plus(minutes: 62))
            #expect(queue.waiting.map(\.submissionID) == [eves.id, anas.id])
            #expect(queue.waiting.map(\.age) == [3660, 3600])
            #expect(queue.waiting.map(\.educatorName) == ["Eve Stone", "Ana Lopez"])
            #expect(queue.waitingCount == 2 && queue.claimed.isEmpty)
            #expect(try store.submissions.queue(for: world.eve.id, in: world.org, at: .fixture).entries.isEmpty)  // not an assessor; own excluded
            #expect(try store.submissions.queue(for: world.dev.id, in: world.org, at: .fixture).waitingCount == 2)  // organization-wide
            #expect(try store.reviewPolicies.hidesEducatorName(world.microcredential.id, in: world.org) == false)
            try store.reviewPolicies.setHideEducatorName(true, for: world.microcredential.id, in: world.org)
            #expect(try store.submissions.queue(for: world.cleo.id, in: world.org, at: .fixture).entries.map(\.educatorName) == [nil, nil])
            #expect(try store.reviewPolicies.hidesEducatorName(world.microcredential.id, in: world.org))
            #expect(try store.reviewPolicies.hidesEducatorName(world.microcredential.id, in: world.fixture.lakeside.id) == false)
            #expect(throws: ReviewError.notAnAssessor) { try store.submissions.claim(anas.id, by: world.eve.id, in: world.org, at: .fixture) }
        }
    }

    @Test(arguments: TestDatabase.available)
    func eachQueuedSubmissionCarriesItsOwnVersionsTitleAndItsMicrocredentialsNameSetting(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let (anas, eves, _) = try world.anasAndEvesSubmissions(store, anaAt: .fixture.plus(minutes: 2), eveAt: .fixture.plus(minutes: 1))
            // A second microcredential, another title, its own setting; Eve submits to it last.
            let other = Microcredential(organizationID: world.org, slug: "discourse", createdAt: .fixture, createdBy: world.ana)
            var version = try store.microcredentials.create(other, design: {
                var design = EarningWorld.design
                design.title = "Academic Discourse"
                return design
            }())
            try version.transition(to: .published, at: .fixture, check: DesignChecker.check(version.design))
            try store.microcredentials.transition(version, in: world.org)
            let enrollment = Enrollment(organizationID: world.org, educatorID: world.eve.id, microcredentialID: other.id,
                                        versionID: version.id, startedAt: .fixture)
            try store.enrollments.enroll(enrollment)
            try world.fillWorkspace(store, enrollment: enrollment)
            let discourse = try store.submissions.submit(enrollment.id, in: world.org, at: .fixture.plus(minutes: 3))
            try store.reviewPolicies.setHideEducatorName(true, for: other.id, in: world.org)

            let queue = try store.submissions.queue(for: world.dev.id, in: world.org, at: .fixture.plus(minutes: 10))
            #expect(queue.entries.map(\.submissionID) == [eves.id, anas.id, discourse.id])
            #expect(queue.entries.map(\.title) == ["Questioning", "Questioning", "Academic Discourse"])
            #expect(queue.entries.map(\.educatorName) == ["Eve Stone", "Ana Lopez", nil], "hidden for the second microcredential only")
            #expect(queue.entries.map(\.microcredentialID) == [world.microcredential.id, world.microcredential.id, other.id])

            // Claims of both microcredentials, their times interleaved (whichever of the two an index
            // lists first, it cannot give this order by itself): listed oldest first.
            let cleos = Enrollment(organizationID: world.org, educatorID: world.cleo.id, microcredentialID: world.microcredential.id,
                                   versionID: world.version.id, startedAt: .fixture)
            try store.enrollments.enroll(cleos)
            try world.fillWorkspace(store, enrollment: cleos)
            let cleosSubmission = try store.submissions.submit(cleos.id, in: world.org, at: .fixture.plus(minutes: 5))
            let later = Date.fixture.plus(minutes: 11)
            for id in [cleosSubmission.id, discourse.id, eves.id] { try store.submissions.claim(id, by: world.dev.id, in: world.org, at: later) }
            let holding = try store.submissions.queue(for: world.dev.id, in: world.org, at: later)
            #expect(holding.claimed.map(\.submissionID) == [eves.id, discourse.id, cleosSubmission.id])
            #expect(holding.waiting.map(\.submissionID) == [anas.id])
        }
    }

    @Test(arguments: TestDatabase.available)
    func concurrentClaimsHaveExactlyOneWinnerAndAnExpiredClaimCanBeTakenOver(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            try world.fillWorkspace(store)
            let submission = try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture)
            let claimants = [world.cleo.id, world.dev.id, world.cleo.id, world.dev.id, world.dev.id, world.cleo.id, world.dev.id, world.cleo.id]
            let results = Mutex<[Person.ID?]>([])
            DispatchQueue.concurrentPerform(iterations: claimants.count) { index in
                let won = (try? store.submissions.claim(submission.id, by: claimants[index], in: world.org, at: .fixture.plus(minutes: 1))) != nil
                results.withLock { $0.append(won ? claimants[index] : nil) }
            }
            let winners = results.withLock { $0 }.compactMap { $0 }
            let holder = try #require(try store.submissions.find(submission.id, in: world.org).activeClaim(at: .fixture.plus(minutes: 2)))
            // The same assessor renewing their own claim counts as them holding it: one holder, and no other assessor won.
            #expect(Set(winners) == [holder.assessorID])
            let other = holder.assessorID == world.cleo.id ? world.dev.id : world.cleo.id
            #expect(throws: ReviewError.claimedByAnother(until: holder.expiresAt)) {
                try store.submissions.claim(submission.id, by: other, in: world.org, at: .fixture.plus(minutes: 3))
            }
            let takenOver = try store.submissions.claim(submission.id, by: other, in: world.org, at: holder.expiresAt)
            #expect(takenOver.activeClaim(at: holder.expiresAt)?.assessorID == other)
        }
    }

    @Test(arguments: TestDatabase.available)
    func concurrentClaimsByDifferentAssessorsHaveExactlyOneWinner(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            try world.fillWorkspace(store)
            let submission = try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture)
            // Given eight different assessors of the organization
            let extra = (1...6).map { Person(email: try! EmailAddress("assessor\($0)@riverbend.example"), displayName: "Assessor \($0)", createdAt: .fixture) }
            for person in extra {
                try store.members.createPerson(person)
                try store.submissions.addAssessor(person.id, for: nil, in: world.org)
            }
            let assessors = [world.cleo.id, world.dev.id] + extra.map(\.id)
            // When they all claim at once
            let winners = Mutex<[Person.ID]>([])
            DispatchQueue.concurrentPerform(iterations: assessors.count) { index in
                if (try? store.submissions.claim(submission.id, by: assessors[index], in: world.org, at: .fixture)) != nil {
                    winners.withLock { $0.append(assessors[index]) }
                }
            }
            // Then exactly one wins, and the stored claim is theirs
            let won = winners.withLock { $0 }
            #expect(won.count == 1)
            #expect(try store.submissions.find(submission.id, in: world.org).activeClaim(at: .fixture)?.assessorID == won.first)
        }
    }

    @Test(arguments: TestDatabase.available)
    func notYetThenEarnedKeepsEveryAttemptAndCreatesOneAward(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            try world.fillWorkspace(store)
            let first = try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture)
            try store.submissions.claim(first.id, by: world.cleo.id, in: world.org, at: .fixture)
            #expect(throws: ReviewError.notClaimedByYou) {
                try store.reviews.decide(first.id, by: world.dev.id, scores: world.scores("exemplary"), in: world.org, at: .fixture)
            }
            let (notYet, none) = try store.reviews.decide(first.id, by: world.cleo.id, scores: world.scores("approaching"), in: world.org, at: .fixture.plus(minutes: 30))
            #expect(notYet.decision == .notYet)
            #expect(none == nil)
            #expect(try store.enrollments.enrollments(of: world.ana, in: world.org).map(\.1) == [.notYet])

            let second = try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture.plus(days: 1))
            #expect(second.attempt == 2)
            try store.submissions.claim(second.id, by: world.dev.id, in: world.org, at: .fixture.plus(days: 1))
            let (earned, award) = try store.reviews.decide(second.id, by: world.dev.id, scores: world.scores("demonstrated"),
                                                           in: world.org, at: .fixture.plus(days: 1))
            #expect(earned.decision == .earned)
            let stored = try #require(try store.reviews.award(for: second.id, in: world.org))
            #expect(stored == award)
            #expect(stored.versionNumber == 1)
            #expect(stored.results == [.init(criterionID: "c1", criterionTitle: "Plan", levelID: "demonstrated", levelName: "Demonstrated")])
            #expect(stored.evidenceHashes == [EarningWorld.pdf.sha256, EarningWorld.video.sha256])
            #expect(try store.reviews.review(of: first.id, in: world.org) == notYet)
            #expect(try store.reviews.decisions(of: world.enrollment.id, in: world.org) == [.notYet, .earned])
            #expect(try store.reviews.awards(of: world.ana, in: world.org) == [stored])
            #expect(try store.enrollments.enrollments(of: world.ana, in: world.org).map(\.1) == [.earned])
            #expect(throws: ReviewError.alreadyDecided(second.id)) {
                try store.reviews.decide(second.id, by: world.dev.id, scores: world.scores("demonstrated"), in: world.org, at: .fixture.plus(days: 1))
            }
            // After earning, no new enrollment starts while the award stands (`StandingAwardTests`).
            #expect(throws: EnrollmentError.alreadyHolds(StandingAward(awardID: stored.id, credentialID: nil, validUntil: nil))) {
                try store.enrollments.enroll(Enrollment(organizationID: world.org, educatorID: world.ana, microcredentialID: world.microcredential.id,
                                                        versionID: world.version.id, startedAt: .fixture.plus(days: 2)))
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func anOverrideKeepsItsJustification(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            try world.fillWorkspace(store)
            let submission = try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture)
            try store.submissions.claim(submission.id, by: world.cleo.id, in: world.org, at: .fixture)
            #expect(throws: ReviewError.justificationRequired) {
                try store.reviews.decide(submission.id, by: world.cleo.id, scores: world.scores("approaching"),
                                         override: .init(decision: .earned, justification: ""), in: world.org, at: .fixture)
            }
            let (review, award) = try store.reviews.decide(submission.id, by: world.cleo.id, scores: world.scores("approaching"),
                                                           override: .init(decision: .earned, justification: "The video shows it."), in: world.org, at: .fixture)
            #expect(award != nil)
            #expect(try store.reviews.review(of: submission.id, in: world.org)?.override == .init(decision: .earned, justification: "The video shows it."))
            #expect(try store.reviews.review(of: submission.id, in: world.org) == review)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aFailingAwardLeavesNeitherReviewNorDecision(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let (anas, eves, _) = try world.anasAndEvesSubmissions(store)
            try store.submissions.claim(anas.id, by: world.cleo.id, in: world.org, at: .fixture)
            try store.submissions.claim(eves.id, by: world.cleo.id, in: world.org, at: .fixture)
            let awardID = Award.ID.generate()
            try store.reviews.decide(anas.id, by: world.cleo.id, scores: world.scores("exemplary"), in: world.org, at: .fixture, awardID: awardID)
            // When the award cannot be stored (its id is taken)
            #expect(throws: DatabaseError.self) {
                try store.reviews.decide(eves.id, by: world.cleo.id, scores: world.scores("exemplary"), in: world.org, at: .fixture, awardID: awardID)
            }
            // Then neither the review nor the decision was kept
            #expect(try store.reviews.review(of: eves.id, in: world.org) == nil)
            #expect(try store.reviews.award(for: eves.id, in: world.org) == nil)
            #expect(try store.submissions.find(eves.id, in: world.org).activeClaim(at: .fixture)?.assessorID == world.cleo.id)
        }
    }

    @Test(arguments: TestDatabase.available)
    func videoCommentsListByTimeWithTheirReplies(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            try world.fillWorkspace(store)
            let submission = try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture)
            let late = try VideoComment(submissionID: submission.id, fileSHA256: EarningWorld.video.sha256, startSeconds: 95.5, endSeconds: 120,
                                        text: "Wait time here.", criterionID: "c1", authorID: world.cleo.id, createdAt: .fixture)
            let early = try VideoComment(submissionID: submission.id, fileSHA256: EarningWorld.video.sha256, startSeconds: 12,
                                         text: "Good opening question.", authorID: world.cleo.id, createdAt: .fixture.plus(minutes: 1))
            try store.reviews.add(late, in: world.org)
            try store.reviews.add(early, in: world.org)
            let reply = CommentReply(commentID: late.id, authorID: world.ana, text: "I tried longer pauses after this.", createdAt: .fixture.plus(days: 1))
            try store.reviews.add(reply, in: world.org)
            let comments = try store.reviews.comments(on: submission.id, in: world.org)
            #expect(comments.map(\.startSeconds) == [12, 95.5])
            #expect(comments[1].endSeconds == 120)
            #expect(comments[1].criterionID == "c1")
            #expect(comments[1].replies == [reply])
            let onThePDF = try VideoComment(submissionID: submission.id, fileSHA256: EarningWorld.pdf.sha256, startSeconds: 1, text: "x",
                                            authorID: world.cleo.id, createdAt: .fixture)
            #expect(throws: ReviewError.invalidComment) { try store.reviews.add(onThePDF, in: world.org) }
            #expect(try store.reviews.comments(on: submission.id, in: world.fixture.lakeside.id).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.available)
    func anotherOrganizationSeesNothing(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let lakeside = world.fixture.lakeside.id
            try world.fillWorkspace(store)
            let submission = try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture)
            try store.submissions.claim(submission.id, by: world.cleo.id, in: world.org, at: .fixture)
            try store.reviews.decide(submission.id, by: world.cleo.id, scores: world.scores("exemplary"), in: world.org, at: .fixture)
            #expect(try store.enrollments.fetch(world.enrollment.id, in: lakeside) == nil)
            #expect(try store.enrollments.enrollments(of: world.ana, in: lakeside).isEmpty)
            #expect(throws: DatabaseError.self) { try store.enrollments.workspace(of: world.enrollment.id, in: lakeside) }
            #expect(throws: DatabaseError.self) {
                try store.enrollments.save(try EvidenceItem(requirementID: "r1", text: "x"), to: world.enrollment.id, in: lakeside, at: .fixture)
            }
            #expect(try store.submissions.fetch(submission.id, in: lakeside) == nil)
            #expect(try store.submissions.submissions(of: world.enrollment.id, in: lakeside).isEmpty)
            #expect(throws: DatabaseError.self) { try store.submissions.submit(world.enrollment.id, in: lakeside, at: .fixture) }
            #expect(throws: DatabaseError.self) { try store.submissions.claim(submission.id, by: world.fixture.ben.id, in: lakeside, at: .fixture) }
            #expect(try store.submissions.queue(for: world.dev.id, in: lakeside, at: .fixture).entries.isEmpty)
            #expect(try store.reviews.review(of: submission.id, in: lakeside) == nil)
            #expect(try store.reviews.award(for: submission.id, in: lakeside) == nil)
            #expect(try store.reviews.awards(of: world.ana, in: lakeside).isEmpty)
            #expect(try store.calibration.agreementPairs(in: lakeside).isEmpty)
            #expect(try store.calibration.exemplars(of: world.microcredential.id, in: lakeside).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.available)
    func calibrationAndDoubleScoringFeedAgreement(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            try world.fillWorkspace(store)
            let submission = try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture)
            let exemplar = Exemplar(organizationID: world.org, microcredentialID: world.microcredential.id, versionID: world.version.id,
                                    submissionID: submission.id, snapshot: submission.snapshot, referenceScores: ["c1": "demonstrated"],
                                    createdBy: world.ana, createdAt: .fixture)
            try store.calibration.add(exemplar)
            #expect(try store.calibration.exemplars(of: world.microcredential.id, in: world.org) == [exemplar])
            #expect(!(try store.calibration.hasCalibrated(world.cleo.id, for: world.microcredential.id, in: world.org)))
            let result = try store.calibration.calibrate(exemplar.id, by: world.cleo.id, scores: ["c1": "exemplary"], in: world.org, at: .fixture)
            #expect(result.differences.map(\.criterionID) == ["c1"])
            #expect(try store.calibration.hasCalibrated(world.cleo.id, for: world.microcredential.id, in: world.org))

            try store.submissions.claim(submission.id, by: world.cleo.id, in: world.org, at: .fixture)
            try store.reviews.decide(submission.id, by: world.cleo.id, scores: world.scores("demonstrated"), in: world.org, at: .fixture)
            #expect(throws: ReviewError.notAnAssessor) {
                try store.calibration.recordSecondScore(.init(submissionID: submission.id, assessorID: world.cleo.id, scores: ["c1": "approaching"], scoredAt: .fixture), in: world.org)
            }
            #expect(try store.calibration.agreementPairs(in: world.org).isEmpty, "read (and kept) before any second score")
            try store.calibration.recordSecondScore(.init(submissionID: submission.id, assessorID: world.dev.id, scores: ["c1": "approaching"], scoredAt: .fixture), in: world.org)
            #expect(try store.calibration.agreementPairs(in: world.org) == [.init(criterionID: "c1", assessorID: world.dev.id, first: "demonstrated", second: "approaching", firstAssessorID: world.cleo.id)])
            #expect(try store.calibration.agreementPairs(in: world.org, microcredentialID: .generate()).isEmpty)
            #expect(try store.calibration.doubleScoredCount(in: world.org) == 1)
            #expect(Agreement(pairs: try store.calibration.agreementPairs(in: world.org)).exactAgreement == 0)
        }
    }

    @Test(arguments: TestDatabase.available)
    func theReviewPolicyIsPerOrganization(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            #expect(try store.reviewPolicies.policy(in: world.org) == .standard)
            let policy = ReviewPolicy(attempts: AttemptPolicy(notYetBeforeCoach: 2), claimDuration: 3600, secondScoring: SecondScoring(share: 0.25))
            try store.reviewPolicies.setPolicy(policy, in: world.org)
            #expect(try store.reviewPolicies.policy(in: world.org) == policy)
            #expect(try store.reviewPolicies.policy(in: world.fixture.lakeside.id) == .standard)
        }
    }

    @Test(arguments: TestDatabase.available)
    func pilotReviewsFeedThePilotReport(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let pilot = Microcredential(organizationID: world.org, slug: "piloted", createdAt: .fixture, createdBy: world.ana)
            var version = try store.microcredentials.create(pilot, design: EarningWorld.design)
            try version.transition(to: .pilot, at: .fixture, check: DesignChecker.check(version.design))
            try store.microcredentials.transition(version, in: world.org)
            let enrollment = Enrollment(organizationID: world.org, educatorID: world.ana, microcredentialID: pilot.id, versionID: version.id,
                                        isPilot: true, startedAt: .fixture)
            try store.enrollments.enroll(enrollment)
            try world.fillWorkspace(store, enrollment: enrollment)
            let submission = try store.submissions.submit(enrollment.id, in: world.org, at: .fixture)
            try store.submissions.claim(submission.id, by: world.dev.id, in: world.org, at: .fixture)
            try store.reviews.decide(submission.id, by: world.dev.id, scores: world.scores("approaching"), in: world.org, at: .fixture)
            #expect(try store.reviews.pilotScores(for: version.id, in: world.org) == [["c1": "approaching"]])
            #expect(try store.reviews.pilotScores(for: world.version.id, in: world.org).isEmpty)
            #expect(try store.reviews.pilotScores(for: version.id, in: world.fixture.lakeside.id).isEmpty)
        }
    }
}
