@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// Adding a person to an organization: the invite form, a roster row and `cairn user create` keep
/// one set of rules (`NewMember`), and refuse the same bad input without writing anything.
@Suite struct AddingPeopleTests {
    /// One bad person to add, and the problem every path must find.
    struct BadInput: CustomTestStringConvertible, Sendable {
        let testDescription: String
        var email = "newcomer@riverbend.example"
        var name = "Ada Quill"
        var role = "educator"
        let problem: NewMemberProblem
    }

    static let badInputs = [
        BadInput(testDescription: "bad email", email: "newcomer-at-riverbend", problem: .email("newcomer-at-riverbend", .missingAt)),
        BadInput(testDescription: "empty name", name: "   ", problem: .name(.empty)),
        BadInput(testDescription: "name of 121 characters", name: String(repeating: "n", count: 121),
                 problem: .name(.tooLong(maximum: PersonName.maximumLength))),
        BadInput(testDescription: "control character in the name", name: "Ada\u{7}Quill", problem: .name(.controlCharacters)),
        BadInput(testDescription: "unknown role", role: "superuser", problem: .unknownRole("superuser")),
    ]

    @Test(arguments: badInputs)
    func everyWayInRefusesTheSameBadInputAndSavesNothing(_ bad: BadInput) throws {
        try RiverbendWorld.with { world in
            let admin = try world.member("admin@riverbend.example")
            let members = Members(installation: world.installation)
            let mailsBefore = try world.store.outbox.pending().count

            // The rule itself.
            guard case .failure(let refusal) = NewMember.check(email: bad.email, name: bad.name, roleNames: [bad.role]) else {
                Issue.record("accepted"); return
            }
            #expect(refusal.problems == [bad.problem])

            // The invite form.
            #expect(throws: NewMemberRefusal(problems: [bad.problem])) {
                try members.invite(.init(email: bad.email, name: bad.name, roleNames: [bad.role], school: ""), by: admin)
            }

            // A roster row.
            let csv = "email,name,roles\n\"\(bad.email)\",\"\(bad.name)\",\(bad.role)\n"
            let roster = try RosterImport(csv: csv)
            #expect(roster.entries.isEmpty && roster.rejections.count == 1)
            let report = try members.importRoster(roster, by: admin)
            #expect(report.invited.isEmpty && report.problems.map(\.line) == [2])

            // The command line.
            #expect(throws: Administration.Problem.self) {
                try world.installation.administration.createUser(email: bad.email, displayName: bad.name, organizationSlug: "riverbend",
                                                                 roleNames: [bad.role], password: "a long enough password")
            }

            #expect(try world.store.outbox.pending().count == mailsBefore)
            if let email = try? EmailAddress(bad.email) { #expect(try world.store.members.fetchPerson(email: email) == nil) }
        }
    }

    @Test func eachWayInAddsAGoodPerson() throws {
        try RiverbendWorld.with { world in
            let admin = try world.member("admin@riverbend.example")
            let members = Members(installation: world.installation)
            let invited = try members.invite(.init(email: " Form@Riverbend.example ", name: " Form Person ", roleNames: ["coach"], school: ""),
                                             by: admin)
            #expect(invited.name == "Form Person" && invited.roles == [.coach])
            let report = try members.importRoster(try RosterImport(csv: "email,name\nrow@riverbend.example,Row Person\n"), by: admin)
            #expect(report.invited.map(\.email) == ["row@riverbend.example"])
            let created = try world.installation.administration.createUser(
                email: "cli@riverbend.example", displayName: "Cli Person", organizationSlug: "riverbend", roleNames: ["Assessor"],
                password: "a long enough password")
            #expect(created == .created)
            #expect(try world.member("cli@riverbend.example").roles == [.assessor])
            let pending = try members.listPage(search: "", page: 1, by: admin).invitations.map(\.email.rawValue)
            #expect(Set(pending).isSuperset(of: ["form@riverbend.example", "row@riverbend.example"]))
        }
    }

    @Test func theInviteFormNamesEveryProblemAtOnceWithAnotherOrganizationsSchool() throws {
        try RiverbendWorld.with { world in
            let admin = try world.member("admin@riverbend.example")
            let lakeside = try world.store.organizations.find(slug: "lakeside")
            try world.store.organizations.addSchool(School(organizationID: lakeside.id, name: "Far School"))
            let school = try #require(try world.store.organizations.fetchSchool(named: "Far School", in: lakeside.id))
            #expect(throws: NewMemberRefusal(problems: [.name(.empty), .noRoles, .unknownSchool])) {
                try Members(installation: world.installation).invite(.init(email: "x@riverbend.example", name: "", roleNames: [],
                                                                           school: school.id.rawValue), by: admin)
            }
        }
    }

    @Test func aRosterRowThatFailsToSaveIsReportedAndTheOthersAreInvited() throws {
        try RiverbendWorld.with { world in
            let admin = try world.member("admin@riverbend.example")
            let roster = try RosterImport(csv: """
                email,name,school
                one@riverbend.example,One,
                two@riverbend.example,Two,Atlantis High
                educator@riverbend.example,Already Here,
                """)
            let report = try Members(installation: world.installation).importRoster(roster, by: admin)
            #expect(report.invited.map(\.line) == [2])
            #expect(report.problems.map(\.line) == [3])
            #expect(report.alreadyMembers.map(\.line) == [4])
            #expect(try world.store.members.fetchPerson(email: EmailAddress("two@riverbend.example")) == nil)
        }
    }
}
