import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// The dashboard per role, each starting with what to do next: the educator's next steps, the
/// assessor's claims and queue, the coach's stalled work, the designer's drafts and pilots, the
/// admin's pending invitations.
@Suite struct DashboardTests {
    static let educator = "educator@riverbend.example"
    static let assessor = "assessor@riverbend.example"

    @Test func anEducatorSeesEachMicrocredentialWithItsNextStep() throws {
        try TestApp.with { app in
            try app.publishTextOnly("reflect", title: "Reflective practice")
            let educator = try app.signedIn(Self.educator)
            let path = try app.enroll(educator, in: "reflect")
            var page = try educator.get("/dashboard")
            #expect(page.status == 200)
            let row = try #require(page.tableRow(containing: "Reflective practice"))
            #expect(row.contains("In progress"))
            #expect(row.contains("<a href=\"\(path)\">Add evidence for 1 requirement</a>"))
            #expect(!page.text.contains("coach-cohort"), "an educator sees no cohort")
            #expect(!page.text.contains("Open the review queue"), "nor a review queue")

            try app.submit(educator, workspace: path)
            page = try educator.get("/dashboard")
            #expect(try #require(page.tableRow(containing: "Reflective practice")).contains("Waiting for review"))

            try app.assign(Self.assessor, toAssess: "reflect")
            let (_, submission) = try app.decideLatest(of: try app.enrollment(at: path), by: Self.assessor, level: "approaching")
            page = try educator.get("/dashboard")
            let notYet = try #require(page.tableRow(containing: "Reflective practice"))
            #expect(notYet.contains("Not yet"))
            #expect(notYet.contains("<a href=\"\(path)/feedback/\(submission.id.rawValue)\">Read the feedback and resubmit</a>"))

            try app.submit(educator, workspace: path)
            try app.decideLatest(of: try app.enrollment(at: path), by: Self.assessor, level: "demonstrated")
            let earned = try #require(try educator.get("/dashboard").tableRow(containing: "Reflective practice"))
            #expect(earned.contains("Earned on \(DateText.long(Date()))"))
        }
    }

    @Test func anAssessorSeesTheQueueTheirClaimsAndCalibration() throws {
        try TestApp.with { app in
            let version = try app.publishTextOnly("reflect", title: "Reflective practice")
            try app.assign(Self.assessor, toAssess: "reflect")
            let organization = try app.organization("riverbend").id
            var page = try app.signedIn(Self.assessor).get("/dashboard")
            #expect(page.text.contains("<dt>Waiting for review</dt><dd>0</dd>"))
            #expect(page.text.contains("Reflective practice: no exemplars yet"))
            #expect(!page.text.contains("educator-progress") && !page.text.contains("coach-cohort"), "an assessor sees neither")

            for email in [Self.educator, "mei.chen@riverbend.example"] {
                let educator = try app.signedIn(email)
                try app.submit(educator, workspace: try app.enroll(educator, in: "reflect"))
            }
            let designer = try app.member("designer@riverbend.example").person.id
            try app.store.calibration.add(Exemplar(organizationID: organization, microcredentialID: version.microcredentialID,
                                                   versionID: version.id, submissionID: nil, snapshot: EvidenceSnapshot(items: []),
                                                   referenceScores: ["c1": "demonstrated"], createdBy: designer, createdAt: Date()))
            let assessorID = try app.member(Self.assessor).person.id
            let waiting = try app.store.submissions.queue(for: assessorID, in: organization, at: Date())
            let claimedID = try #require(waiting.waiting.first).submissionID
            try app.store.submissions.claim(claimedID, by: assessorID, in: organization, at: Date())

            page = try app.signedIn(Self.assessor).get("/dashboard")
            #expect(page.text.contains("<dt>Waiting for review</dt><dd>1</dd>"))
            #expect(page.text.contains("<dt>Oldest waiting</dt><dd>less than an hour</dd>"))
            #expect(page.text.contains("<a href=\"/review/\(claimedID.rawValue)\">Reflective practice: Jordan Ellis</a>"))
            #expect(page.text.contains("<a href=\"/review/calibration/\(version.microcredentialID.rawValue)\">score 1 exemplar first</a>"))

            let other = try app.signedIn("luis.ortega@riverbend.example").get("/dashboard")
            #expect(other.text.contains("not assigned to review a published microcredential yet"), "an assessor of nothing sees no queue items")
            #expect(other.text.contains("<dt>Waiting for review</dt><dd>0</dd>"))
        }
    }

    @Test func aCoachSeesTheirCohortWithAttemptsAndStalledWork() throws {
        try TestApp.with { app in
            let version = try app.publishTextOnly("reflect", title: "Reflective practice")
            try app.assign(Self.assessor, toAssess: "reflect")
            let educator = try app.signedIn(Self.educator)
            let path = try app.enroll(educator, in: "reflect")
            try app.submit(educator, workspace: path)
            try app.decideLatest(of: try app.enrollment(at: path), by: Self.assessor, level: "approaching")
            let mei = try app.member("mei.chen@riverbend.example")
            try app.store.enrollments.enroll(Enrollment(organizationID: mei.organization.id, educatorID: mei.person.id,
                                                        microcredentialID: version.microcredentialID, versionID: version.id,
                                                        startedAt: Date().addingTimeInterval(-20 * 86400)))

            let page = try app.signedIn("designer@riverbend.example").get("/dashboard")  // a coach of every school
            let jordan = try #require(page.tableRow(containing: "Jordan Ellis"))
            #expect(jordan.contains("Reflective practice") && jordan.contains("Not yet"))
            #expect(jordan.contains("<td class=\"table__cell\" data-label=\"Attempts\">1</td><td class=\"table__cell\" data-label=\"Not yet\">1</td>"), "one attempt, one not yet")
            #expect(!jordan.contains("stalled"))
            let meiRow = try #require(page.tableRow(containing: "Mei Chen"))
            #expect(meiRow.contains("In progress") && meiRow.contains("stalled"))
            #expect(page.text.contains("Not started yet: Luis Ortega."), "an invitation not accepted yet is nobody's cohort")
            #expect(!page.text.contains("Tom Baker"), "a deactivated educator is not in the cohort")

            // The demo coach coaches Riverbend Elementary: Jordan and Mei, not Luis (high school) nor Hannah (middle school).
            let schoolCoach = try app.signedIn("coach@riverbend.example").get("/dashboard")
            #expect(schoolCoach.tableRow(containing: "Jordan Ellis") != nil && schoolCoach.tableRow(containing: "Mei Chen") != nil)
            #expect(!schoolCoach.text.contains("Hannah Berg") && !schoolCoach.text.contains("Luis Ortega"), "other schools' educators")
            #expect(try app.signedIn("teacher@lakeside.example").get("/dashboard").tableRow(containing: "Jordan Ellis") == nil)
        }
    }

    @Test func aDesignerSeesEachDraftAndPilotWithTheLinkThatContinuesIt() throws {
        try TestApp.with { app in
            let designer = try app.signedIn("designer@riverbend.example")
            let created = try designer.submit("/studio/new", [("title", "Questioning & wait time")])
            let editor = try #require(created.location)
            let page = try designer.get("/dashboard")
            let row = try #require(page.tableRow(containing: "Questioning &amp; wait time"))
            #expect(row.contains(#"<td class="table__cell" data-label="State">Draft, version 1</td>"#))
            #expect(row.contains(#"<a href="\#(editor)">Continue the draft<span class="visually-hidden"> of Questioning &amp; wait time</span></a>"#))
            #expect(page.text.contains(#"<h2 id="role-designer">Designer</h2><div class="table-wrap""#), "the drafts come first")
            #expect(!page.text.contains("designer@riverbend.example"), "the email is on the account page")
        }
    }

    @Test func anAdminSeesWhoHasNotAnsweredTheirInvitationYet() throws {
        try TestApp.with { app in
            let admin = try app.signedIn("admin@riverbend.example")
            #expect(try admin.get("/dashboard").tableRow(containing: "Maya") == nil)
            let invited = try admin.submit("/admin/members/invite", [("email", "maya@riverbend.example"), ("display_name", "Maya <Okafor>"),
                                                                     ("roles", "educator")])
            #expect(invited.status == 303)
            let page = try admin.get("/dashboard")
            let row = try #require(page.tableRow(containing: "Maya &lt;Okafor&gt;"))
            #expect(row.contains(#"<td class="table__cell" data-label="Email">maya@riverbend.example</td>"#))
            #expect(page.text.contains("invitations waiting for an answer</caption>"))
            #expect(try app.signedIn("designer@riverbend.example").get("/dashboard").tableRow(containing: "Maya") == nil, "admins only")
        }
    }
}
