import Foundation
import Testing
import CairnCore
@testable import CairnStore

/// The batched reads of the review and calibration pages: several submissions' reviews, comments,
/// rows and version titles, and people's names, each in one query, within one organization.
@Suite struct AttemptBatchReadsTests {
    @Test(arguments: TestDatabase.available)
    func reviewsCommentsAndSubmissionsOfSeveralAttemptsComeByTheirSubmission(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let (anas, eves, _) = try world.anasAndEvesSubmissions(store)
            try store.submissions.claim(anas.id, by: world.cleo.id, in: world.org, at: .fixture)
            try store.reviews.decide(anas.id, by: world.cleo.id, scores: world.scores("exemplary"), in: world.org, at: .fixture)
            let late = try VideoComment(submissionID: anas.id, fileSHA256: EarningWorld.video.sha256, startSeconds: 90, text: "Later.",
                                        authorID: world.cleo.id, createdAt: .fixture)
            let early = try VideoComment(submissionID: anas.id, fileSHA256: EarningWorld.video.sha256, startSeconds: 10, text: "Early.",
                                         authorID: world.cleo.id, createdAt: .fixture)
            let onEves = try VideoComment(submissionID: eves.id, fileSHA256: EarningWorld.video.sha256, startSeconds: 5, text: "Eve's.",
                                          authorID: world.dev.id, createdAt: .fixture)
            for comment in [late, early, onEves] { try store.reviews.add(comment, in: world.org) }
            let first = CommentReply(commentID: late.id, authorID: world.ana, text: "First.", createdAt: .fixture.plus(minutes: 1))
            let second = CommentReply(commentID: late.id, authorID: world.cleo.id, text: "Second.", createdAt: .fixture.plus(minutes: 2))
            try store.reviews.add(second, in: world.org)
            try store.reviews.add(first, in: world.org)
            let both: Set = [anas.id, eves.id]

            let reviews = try store.reviews.reviews(of: both, in: world.org)
            #expect(Array(reviews.keys) == [anas.id])
            #expect(reviews[anas.id] == (try store.reviews.review(of: anas.id, in: world.org)))
            let comments = try store.reviews.comments(on: both, in: world.org)
            #expect(comments[anas.id]?.map(\.id) == [early.id, late.id])
            #expect(comments[anas.id]?.last?.replies == [first, second])
            #expect(comments[eves.id]?.map(\.id) == [onEves.id])
            #expect(try store.submissions.submissions(both, in: world.org) == [anas.id: try store.submissions.find(anas.id, in: world.org),
                                                                              eves.id: eves])

            let lakeside = world.fixture.lakeside.id
            #expect(try store.reviews.reviews(of: both, in: lakeside).isEmpty)
            #expect(try store.reviews.comments(on: both, in: lakeside).isEmpty)
            #expect(try store.submissions.submissions(both, in: lakeside).isEmpty)
            #expect(try store.reviews.comments(on: [], in: world.org).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.available)
    func namesAndVersionTitlesComeInOneQuery(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            #expect(try store.members.displayNames(of: [world.cleo.id, world.eve.id]) == [world.cleo.id: "Cleo Park", world.eve.id: "Eve Stone"])
            #expect(try store.members.displayNames(of: []).isEmpty)
            #expect(try store.microcredentials.titles(of: [world.version.id], in: world.org) == [world.version.id: world.version.design.title])
            #expect(try store.microcredentials.titles(of: [world.version.id], in: world.fixture.lakeside.id).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.available)
    func theCoachesWhoMayCoachASchoolsEducatorsAreTheSchoolsAndTheOrganizationWide(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let north = School(organizationID: f.riverbend.id, name: "North Elementary"), south = School(organizationID: f.riverbend.id, name: "South Middle")
            for school in [north, south] { try store.organizations.addSchool(school) }
            func person(_ name: String) -> Person {
                Person(email: try! EmailAddress(name.lowercased() + "@riverbend.example"), displayName: name, createdAt: .fixture)
            }
            let everywhere = person("Ada"), northCoach = person("Noor"), southCoach = person("Sam"), northEducator = person("Nia")
            try store.write { tx in
                for (someone, roles, school) in [(everywhere, Set<Role>([.coach]), School.ID?.none), (northCoach, [.assessor, .coach], north.id),
                                                 (southCoach, [.coach], south.id), (northEducator, [.educator], north.id)] {
                    try store.members.createPerson(someone, in: tx)
                    try store.members.addMembership(Membership(organizationID: f.riverbend.id, personID: someone.id, roles: roles, schoolID: school,
                                                               createdAt: .fixture), in: tx)
                }
            }

            #expect(try store.members.coaches(in: f.riverbend.id, forSchool: north.id).map(\.person.displayName) == ["Ada", "Noor"])
            #expect(try store.members.coaches(in: f.riverbend.id, forSchool: nil).map(\.person.displayName) == ["Ada"])
            #expect(try store.members.coaches(in: f.lakeside.id, forSchool: nil).isEmpty)
        }
    }
}
