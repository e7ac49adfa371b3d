import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// The admin's assessor assignments: who reviews which microcredentials.
@Suite struct AssessorAssignmentTests {
    @Test func anAdminAssignsAnAssessorToChosenMicrocredentialsOrToEveryOne() throws {
        try TestApp.with { app in
            let organizationID = try app.organization("riverbend").id
            let luis = try app.member("luis.ortega@riverbend.example")
            let formative = try app.microcredential("formative-assessment").id
            let smallGroup = try app.microcredential("small-group-instruction").id
            let admin = try app.signedIn("admin@riverbend.example")
            let page = try admin.get(AdminEndpoints.assessors.path())
            #expect(page.status == 200)
            #expect(page.text.contains("Luis Ortega") && page.text.contains("Samuel Osei"), "members with the assessor role")
            #expect(!page.text.contains("Jordan Ellis"), "an educator is not listed")
            let action = AdminEndpoints.saveAssessor.path(luis.membership.id)

            let saved = try admin.submit(AdminEndpoints.assessors.path(), to: action, [("assesses", formative.rawValue)])
            #expect(saved.status == 303)
            #expect(try admin.follow(saved).flash == "Luis Ortega now assesses 1 microcredential.")
            #expect(try app.store.submissions.mayAssess(luis.person.id, formative, in: organizationID))
            #expect(try !app.store.submissions.mayAssess(luis.person.id, smallGroup, in: organizationID))
            #expect(try admin.get(AdminEndpoints.assessors.path()).isChosen("assesses", formative.rawValue))

            _ = try admin.submit(AdminEndpoints.assessors.path(), to: action, [("assesses", "*")])
            #expect(try app.store.submissions.mayAssess(luis.person.id, smallGroup, in: organizationID), "every microcredential")

            _ = try admin.submit(AdminEndpoints.assessors.path(), to: action, [])
            #expect(try !app.store.submissions.mayAssess(luis.person.id, formative, in: organizationID), "none chosen: none assessed")
        }
    }

    @Test func anUnknownMicrocredentialIs422AndNothingChanges() throws {
        try TestApp.with { app in
            let organizationID = try app.organization("riverbend").id
            let luis = try app.member("luis.ortega@riverbend.example")
            let formative = try app.microcredential("formative-assessment").id
            try app.store.submissions.addAssessor(luis.person.id, for: formative, in: organizationID)
            let admin = try app.signedIn("admin@riverbend.example")
            let lakeside = try app.microcredential("family-communication", in: "lakeside").id
            let refused = try admin.submit(AdminEndpoints.assessors.path(), to: AdminEndpoints.saveAssessor.path(luis.membership.id),
                                           [("assesses", lakeside.rawValue)])
            #expect(refused.status == 422)
            #expect(refused.fieldError(AssessorsPage.key(luis.membership.id)) == "Choose among the microcredentials listed.")
            #expect(try app.store.submissions.assignments(in: organizationID)[luis.person.id] == [formative.rawValue])
        }
    }

    @Test func onlyAdminsOfTheOrganizationAssignAndOnlyAssessors() throws {
        try TestApp.with { app in
            let luis = try app.member("luis.ortega@riverbend.example")
            let jordan = try app.member("educator@riverbend.example")
            let designer = try app.signedIn("designer@riverbend.example")
            #expect(try designer.get(AdminEndpoints.assessors.path()).status == 403)
            let form = [("_csrf", try designer.csrfToken()), ("assesses", "*")]
            #expect(try designer.post(AdminEndpoints.saveAssessor.path(luis.membership.id), form: form).status == 403)
            let otherAdmin = try app.signedIn("admin@lakeside.example")
            #expect(try otherAdmin.post(AdminEndpoints.saveAssessor.path(luis.membership.id),
                                        form: [("_csrf", try otherAdmin.csrfToken()), ("assesses", "*")]).status == 404)
            let admin = try app.signedIn("admin@riverbend.example")
            #expect(try admin.post(AdminEndpoints.saveAssessor.path(jordan.membership.id),
                                   form: [("_csrf", try admin.csrfToken()), ("assesses", "*")]).status == 404, "not an assessor")
            #expect(try admin.post(AdminEndpoints.saveAssessor.path(luis.membership.id), form: [("assesses", "*")]).status == 403, "no CSRF token")
            #expect(try app.store.submissions.assignments(in: try app.organization("riverbend").id)[luis.person.id] == nil)
        }
    }
}
