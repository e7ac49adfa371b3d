@testable import CairnApp
import CairnCore
import CairnHTML
@testable import CairnWeb
import Foundation
import Testing

/// The pilot: the designer's page (participants, invite link, report), adding participants,
/// joining with the link, and the structured feedback form.
@Suite struct PilotTests {
    static let designer = "designer@riverbend.example"

    /// The report's clarity row of an item ("Evidence: …" or "Criterion: …").
    static func clarityRow(_ kind: ItemFeedback.Kind, _ title: String, in page: TestResponse) -> String? {
        page.tableRow(containing: "\(kind == .requirement ? "Evidence" : "Criterion"): </span>\(HTMLText.escape(title))")
    }

    /// The path of the invite link shown on the pilot page (`/pilot/join/…`).
    static func invitePath(on page: TestResponse, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let range = try #require(page.text.range(of: #"/pilot/join/[A-Za-z0-9_%-]+"#, options: .regularExpression),
                                 "no invite link", sourceLocation: sourceLocation)
        return String(page.text[range])
    }

    /// Every field of the feedback form answered for `design`, with `clarity` for every item.
    static func answers(for design: Design, clarity: Int) -> [(String, String)] {
        var fields: [(String, String)] = []
        for requirement in design.requirements {
            fields += [("clarity_requirement_\(requirement.id)", "\(clarity)"), ("comment_requirement_\(requirement.id)", "")]
        }
        for criterion in design.rubric.criteria {
            fields += [("clarity_criterion_\(criterion.id)", "\(clarity)"), ("comment_criterion_\(criterion.id)", "")]
        }
        return fields + [("relevance", "4"), ("workload_hours", "14,5"), ("would_recommend", "yes"), ("comments", "Worth it.")]
    }

    @Test(arguments: TestEngine.available)
    func thePilotPageShowsParticipantsTheInviteLinkAndTheReport(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let designer = try app.signedIn(Self.designer)
            let path = try app.studioPath("academic-discourse") + "/pilot"
            let page = try designer.get(path)
            #expect(page.status == 200)
            for email in ["educator@riverbend.example", "mei.chen@riverbend.example", "luis.ortega@riverbend.example",
                          "assessor@riverbend.example"] {
                #expect(page.tableRow(containing: email) != nil, "\(email) takes part")
            }
            #expect(page.text.contains("Participants (4)"))
            let invite = try Self.invitePath(on: page)
            #expect(page.text.contains(app.app.configuration.baseURL + invite), "the full link to share")
            #expect(try designer.get(path).text.contains(invite), "the same link every time")

            // The report: each item's average clarity is the average of the demo's feedback file.
            let responses = try Demo.pilotResponses()
            #expect(responses.count == 4)
            #expect(page.text.contains("4 responses"))
            let design = try #require(try app.versions("academic-discourse").first).design
            let items: [(ItemFeedback.Kind, String, String)] = design.requirements.map { (.requirement, $0.id, $0.title) }
                + design.rubric.criteria.map { (.criterion, $0.id, $0.title) }
            #expect(items.count == 10)
            for (kind, id, title) in items {
                let ratings = responses.flatMap(\.items).filter { $0.kind == kind && $0.itemID == id }.map(\.clarity)
                #expect(ratings.count == 4, "\(id)")
                let average = String(format: "%.1f of 5", Double(ratings.reduce(0, +)) / Double(ratings.count))
                let row = try #require(Self.clarityRow(kind, title, in: page), "\(kind) \(id)")
                #expect(row.contains("<td>\(average)</td>") || row.contains(">\(average)<"), "\(id): \(average) in \(row.prefix(300))")
            }
            // The worst item, as the demo's feedback tells: talk analysis, 2, 2, 1, 2.
            let talk = try #require(Self.clarityRow(.requirement, "Talk analysis", in: page) ?? Self.clarityRow(
                .requirement, design.requirements.first { $0.id == "talk-analysis" }!.title, in: page))
            #expect(talk.contains("1.8 of 5"))
            let recommending = responses.filter(\.wouldRecommend).count * 100 / responses.count
            #expect(page.text.contains("Would recommend: \(recommending)%"))
        }
    }

    @Test func theDesignerAddsMembersButNoOneElse() throws {
        try TestApp.with { app in
            let designer = try app.signedIn(Self.designer)
            let path = try app.studioPath("academic-discourse") + "/pilot"
            let version = try #require(try app.versions("academic-discourse").first)
            let riverbend = try app.organization("riverbend").id
            func participants() throws -> Int { try app.store.pilots.participants(of: version.id, in: riverbend).count }
            let pilotPage = try designer.get(path).text
            #expect(!pilotPage.contains(#"/feedback""#), "no link the designer would follow to a 403")
            #expect(pilotPage.contains("<code>/pilot/\(version.id.rawValue)/feedback</code>"))

            for (email, role) in [("teacher@lakeside.example", "educator"), ("nobody@riverbend.example", "educator"),
                                  ("not an email", "educator"), ("", "educator"),
                                  ("tom.baker@riverbend.example", "educator"),  // deactivated
                                  ("hannah.berg@riverbend.example", "educator")] {  // invited, not yet a member
                let response = try designer.submit(path, to: path + "/participants", [("email", email), ("role", role)])
                #expect(response.status == 422, "\(email)")
                #expect(response.fieldError("email") == "Choose a member of your organization.", "\(email)")
                #expect(!response.text.contains("Noah Park"), "no one from another organization is offered")
            }
            let noRole = try designer.submit(path, to: path + "/participants",
                                             [("email", "coach@riverbend.example"), ("role", "principal")])
            #expect(noRole.status == 422)
            #expect(noRole.fieldError("role") == "Choose whether they pilot as an educator or as an assessor.")
            let neither = try designer.submit(path, to: path + "/participants", [("email", "nobody@riverbend.example"), ("role", "")])
            #expect(neither.status == 422)
            #expect(neither.fieldError("email") == "Choose a member of your organization.")
            #expect(neither.fieldError("role") == "Choose whether they pilot as an educator or as an assessor.")
            #expect(try participants() == 4, "nothing added")

            let added = try designer.submit(path, to: path + "/participants",
                                            [("email", "coach@riverbend.example"), ("role", "assessor")])
            #expect(added.status == 303)
            #expect(added.location == path)
            #expect(try designer.follow(added).flash == "Priya Raman joins the pilot as pilot assessor.")
            let row = try #require(try designer.get(path).tableRow(containing: "coach@riverbend.example"))
            #expect(row.contains("Pilot assessor"))
            #expect(try participants() == 5)
            let again = try designer.submit(path, to: path + "/participants",
                                            [("email", "coach@riverbend.example"), ("role", "educator")])
            #expect(try designer.follow(again).flash == "Priya Raman already takes part in this pilot.")
            #expect(try participants() == 5)

            // A microcredential not in pilot has no pilot page.
            let token = try designer.csrfToken()
            for slug in ["formative-assessment", "feedback-on-writing", "family-communication", "small-group-instruction"] {
                let other = try app.studioPath(slug) + "/pilot"
                #expect(try designer.get(other).status == 404, "\(slug)")
                #expect(try designer.post(other + "/participants", form: [("_csrf", token), ("email", "hannah.berg@riverbend.example"),
                                                                           ("role", "educator")]).status == 404, "\(slug)")
            }
        }
    }

    @Test(arguments: TestEngine.available)
    func aMemberJoinsWithTheLinkAndGivesFeedback(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let designer = try app.signedIn(Self.designer)
            let pilotPath = try app.studioPath("academic-discourse") + "/pilot"
            let invite = try Self.invitePath(on: try designer.get(pilotPath))
            let version = try #require(try app.versions("academic-discourse").first)
            let feedbackPath = "/pilot/\(version.id.rawValue)/feedback"
            let riverbend = try app.organization("riverbend").id

            // Before joining, Priya may not answer the feedback form.
            let priya = try app.signedIn("coach@riverbend.example")
            #expect(try priya.get(feedbackPath).status == 403)
            let token = try priya.csrfToken()
            #expect(try priya.post(feedbackPath, form: [("_csrf", token)] + Self.answers(for: version.design, clarity: 5)).status == 403)
            #expect(try app.store.pilots.feedback(for: version.id, in: riverbend).count == 4)

            // A member of another organization cannot use Riverbend's link or form.
            let noah = try app.signedIn("teacher@lakeside.example")
            #expect(try noah.get(invite).status == 404)
            #expect(try noah.post(invite, form: [("_csrf", try noah.csrfToken())]).status == 404)
            #expect(try noah.get(feedbackPath).status == 404)
            #expect(try app.store.pilots.participants(of: version.id, in: riverbend).count == 4)
            #expect(try priya.get("/pilot/join/not-a-real-token").status == 404)

            // Priya opens the link and joins.
            let joinPage = try priya.get(invite)
            #expect(joinPage.status == 200)
            #expect(joinPage.text.contains("Join the pilot"))
            let joined = try priya.submit(invite, [])
            #expect(joined.status == 303)
            #expect(joined.location == feedbackPath)
            #expect(try priya.get(invite).unescaped.contains("You're already taking part in this pilot."))
            let priyaID = try app.member("coach@riverbend.example").person.id
            #expect(try app.store.pilots.fetchParticipant(priyaID, of: version.id, in: riverbend)?.role == .educator)
            #expect(try designer.get(pilotPath).tableRow(containing: "coach@riverbend.example") != nil)

            // The form with ratings missing: messages next to the fields, what was typed kept.
            let form = try priya.get(feedbackPath)
            #expect(form.status == 200)
            let firstRequirement = try #require(version.design.requirements.first)
            let lastCriterion = try #require(version.design.rubric.criteria.last)
            var partial = Self.answers(for: version.design, clarity: 3).filter {
                !["clarity_requirement_\(firstRequirement.id)", "clarity_criterion_\(lastCriterion.id)", "relevance",
                  "would_recommend", "workload_hours", "comment_requirement_\(firstRequirement.id)", "comments"].contains($0.0)
            }
            partial += [("comment_requirement_\(firstRequirement.id)", "The prompt <b>assumes</b> a 50-minute period."),
                        ("workload_hours", "lots"), ("comments", "Typed & kept")]
            let refused = try priya.submit(feedbackPath, partial)
            #expect(refused.status == 422)
            #expect(refused.fieldError("clarity_requirement_\(firstRequirement.id)") == "Choose how clear this was, from 1 to 5.")
            #expect(refused.fieldError("clarity_criterion_\(lastCriterion.id)") == "Choose how clear this was, from 1 to 5.")
            #expect(refused.fieldError("relevance") == "Choose how relevant it is, from 1 to 5.")
            #expect(refused.fieldError("workload_hours") == "Enter the hours the work took, a number from 0 to 200.")
            #expect(refused.fieldError("would_recommend") == "Choose yes or no.")
            #expect(refused.fieldError("clarity_criterion_\(version.design.rubric.criteria[0].id)") == nil)
            #expect(refused.text.contains("The prompt &lt;b&gt;assumes&lt;/b&gt; a 50-minute period."))
            #expect(refused.text.contains("Typed &amp; kept"))
            #expect(refused.inputValue("workload_hours") == "lots")
            #expect(refused.isChosen("clarity_criterion_\(version.design.rubric.criteria[0].id)", "3"))
            #expect(try app.store.pilots.feedback(for: version.id, in: riverbend).count == 4, "nothing saved")
            // Out of range is refused too.
            var outOfRange = Self.answers(for: version.design, clarity: 3)
            outOfRange[0].1 = "6"
            outOfRange.append(("workload_hours", "500"))
            let range = try priya.submit(feedbackPath, outOfRange.filter { $0.0 != "workload_hours" } + [("workload_hours", "500")])
            #expect(range.status == 422)
            #expect(range.fieldError("clarity_requirement_\(firstRequirement.id)") == "Choose how clear this was, from 1 to 5.")
            #expect(range.fieldError("workload_hours") == "Enter the hours the work took, a number from 0 to 200.")

            // Complete: saved, and the report changes.
            let before = try designer.get(pilotPath)
            #expect(before.text.contains("4 responses"))
            let saved = try priya.submit(feedbackPath, Self.answers(for: version.design, clarity: 5))
            #expect(saved.status == 303)
            #expect(saved.location == "/dashboard")
            let all = try app.store.pilots.feedback(for: version.id, in: riverbend)
            #expect(all.count == 5)
            let mine = try #require(all.first { $0.personID == priyaID })
            #expect(mine.workloadHours == 14.5)
            #expect(mine.relevance == 4 && mine.wouldRecommend && mine.comments == "Worth it.")
            #expect(mine.items.count == version.design.requirements.count + version.design.rubric.criteria.count)
            let after = try designer.get(pilotPath)
            #expect(after.text.contains("5 responses"))
            let talk = try #require(version.design.requirements.first { $0.id == "talk-analysis" })
            #expect(try #require(Self.clarityRow(.requirement, talk.title, in: after)).contains("2.4 of 5"), "(2+2+1+2+5) / 5")

            // Once the pilot ends, the link and the form are gone.
            #expect(try designer.submit(try app.studioPath("academic-discourse"), to: try app.studioPath("academic-discourse") + "/publish", [])
                .status == 303)
            #expect(try app.states("academic-discourse") == [.published])
            #expect(try priya.get(invite).status == 404)
            #expect(try priya.get(feedbackPath).status == 404)
        }
    }
}
