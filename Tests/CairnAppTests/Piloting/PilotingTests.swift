@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// Pilots through `Piloting`: who the designer may add, who joins by the link, who gives feedback,
/// and the pilot page in a fixed number of queries.
@Suite struct PilotingTests {
    /// The demo's microcredential in pilot, and its pilot version.
    static func discourse(_ world: RiverbendWorld) throws -> (Microcredential.ID, MicrocredentialVersion) {
        let id = try world.store.microcredentials.find(slug: "academic-discourse", in: world.riverbend.id).id
        return (id, try #require(try world.store.microcredentials.versions(of: id, in: world.riverbend.id).last))
    }

    @Test func aDesignerAddsOnlyActiveMembersOfTheOrganizationWithARole() throws {
        try RiverbendWorld.with { world in
            let designer = try world.designer
            let (id, pilot) = try Self.discourse(world)
            func participants() throws -> Int { try world.store.pilots.participants(of: pilot.id, in: world.riverbend.id).count }
            let before = try participants()
            for email in ["teacher@lakeside.example", "nobody@riverbend.example", "not an email", "tom.baker@riverbend.example",
                          "hannah.berg@riverbend.example"] {
                #expect(throws: PilotError.notAMember, "\(email)") {
                    try world.piloting.addParticipant(email: email, role: .educator, to: id, by: designer)
                }
            }
            #expect(throws: PilotError.roleNotChosen) {
                try world.piloting.addParticipant(email: "coach@riverbend.example", role: nil, to: id, by: designer)
            }
            #expect(try participants() == before, "nothing added")
            #expect(throws: StudioError.notADesigner) {
                try world.piloting.addParticipant(email: "coach@riverbend.example", role: .assessor, to: id,
                                                  by: try world.member("educator@riverbend.example"))
            }

            let added = try world.piloting.addParticipant(email: "coach@riverbend.example", role: .assessor, to: id, by: designer)
            #expect(added.isNew && added.role == .assessor && added.person.displayName == "Priya Raman")
            let again = try world.piloting.addParticipant(email: "coach@riverbend.example", role: .educator, to: id, by: designer)
            #expect(!again.isNew)
            #expect(try participants() == before + 1)
            #expect(throws: PilotError.pilotNotFound) {
                try world.piloting.addParticipant(email: "coach@riverbend.example", role: .educator, to: world.version.microcredentialID,
                                                  by: designer)
            }
        }
    }

    @Test func aMemberJoinsByTheLinkAndOnlyParticipantsGiveFeedback() throws {
        try RiverbendWorld.with { world in
            let (id, pilot) = try Self.discourse(world)
            let token = try world.piloting.page(id, by: try world.designer).invitationToken
            let coach = try world.member("coach@riverbend.example")
            let answers = Piloting.Answers(items: [], relevance: 4, workloadHours: 6, wouldRecommend: true, comments: "Useful.")

            #expect(throws: PilotError.notAParticipant) { try world.piloting.feedbackPage(pilot.id, by: coach) }
            #expect(throws: PilotError.notAParticipant) { try world.piloting.giveFeedback(answers, on: pilot.id, by: coach) }
            #expect(throws: PilotError.pilotNotFound) { try world.piloting.join("not-a-token", by: coach) }
            let lakeside = try world.store.organizations.find(slug: "lakeside")
            let stranger = try RiverbendWorld.member("admin@lakeside.example", in: lakeside, store: world.store)
            #expect(throws: PilotError.pilotNotFound) { try world.piloting.join(token, by: stranger) }
            #expect(throws: PilotError.pilotNotFound) { try world.piloting.feedbackPage(world.version.id, by: coach) }

            #expect(try world.piloting.joinPage(token, by: coach).alreadyJoined == false)
            #expect(try world.piloting.join(token, by: coach).id == pilot.id)
            #expect(try world.piloting.joinPage(token, by: coach).alreadyJoined)
            let page = try world.piloting.feedbackPage(pilot.id, by: coach)
            #expect(page.participant.role == .educator && !page.earns, "a coach is not an educator: no pilot enrollment")

            try world.piloting.giveFeedback(answers, on: pilot.id, by: coach)
            let stored = try world.store.pilots.feedback(for: pilot.id, in: world.riverbend.id).filter { $0.personID == coach.person.id }
            #expect(stored.map(\.comments) == ["Useful."])
        }
    }

    @Test func aPilotEducatorsFeedbackPageLeadsToTheirPilotEnrollment() throws {
        try RiverbendWorld.with { world in
            let (_, pilot) = try Self.discourse(world)
            let educator = try world.member("educator@riverbend.example")
            #expect(try world.piloting.feedbackPage(pilot.id, by: educator).earns)
            #expect(try world.piloting.feedbackPage(pilot.id, by: educator).pilotEnrollmentID == nil)
            let enrolled = try world.earning.enrollInPilot(pilot.id, by: educator)
            #expect(try world.piloting.feedbackPage(pilot.id, by: educator).pilotEnrollmentID == enrolled.enrollmentID)
        }
    }

    @Test func thePilotPageTakesAFixedNumberOfQueriesWhateverThePeopleAndFeedback() throws {
        try RiverbendWorld.with { world in
            let designer = try world.designer
            let (id, pilot) = try Self.discourse(world)
            _ = try world.piloting.page(id, by: designer)  // makes the join token
            let few = try world.statements { try world.piloting.page(id, by: designer) }

            for educator in try world.addEducators(10) {
                try world.piloting.addParticipant(email: educator.person.email.rawValue, role: .educator, to: id, by: designer)
                try world.piloting.giveFeedback(.init(items: [], relevance: 3, workloadHours: 5, wouldRecommend: false, comments: "Long."),
                                                on: pilot.id, by: educator)
            }
            try world.addEducators(5, from: 11)  // candidates who are not in the pilot
            let many = try world.statements { try world.piloting.page(id, by: designer) }

            #expect(many.value.participants.count == few.value.participants.count + 10)
            #expect(many.value.candidates.count == few.value.candidates.count + 5)
            #expect(many.value.report.responseCount == few.value.report.responseCount + 10)
            #expect(many.value.invitationToken == few.value.invitationToken)
            #expect(many.count == few.count)
            #expect(few.count <= 15, "one read of the microcredential, participants, member count, people and feedback; the join token; the scores")
            #expect(!many.value.choosesByEmail)
        }
    }

    @Test func aLargeOrganizationsDesignerTypesTheParticipantsEmailInsteadOfChoosingFromEveryone() throws {
        try RiverbendWorld.with { world in
            let designer = try world.designer
            let (id, _) = try Self.discourse(world)
            let extra = try world.addEducators(Piloting.listedCandidates)  // with the demo's own members, past what a list offers
            try world.piloting.addParticipant(email: extra[7].person.email.rawValue, role: .educator, to: id, by: designer)

            let page = try world.piloting.page(id, by: designer)

            #expect(page.choosesByEmail)
            #expect(page.candidates.isEmpty, "no list of every member")
            #expect(page.participants.map(\.person.id).contains(extra[7].person.id), "the participants are still named")
        }
    }
}
