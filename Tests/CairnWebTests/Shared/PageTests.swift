import CairnCore
import CairnHTML
import CairnHTTP
import Foundation
import Testing
@testable import CairnWeb

@Suite struct PageTests {
    @Test func everyPostFormOnEveryPageCarriesTheCSRFToken() {
        var formsSeen = 0
        for (name, html) in Fixtures.allPages {
            for form in html.forms where form.contains(#"method="post""#) {
                formsSeen += 1
                #expect(form.contains(#"<input type="hidden" name="_csrf" value="\#(Fixtures.csrf)">"#), "page \(name)")
            }
            for form in html.forms where form.contains(#"method="get""#) {
                #expect(!form.contains("_csrf"), "page \(name): a GET form would put the CSRF token in the URL")
            }
        }
        #expect(formsSeen >= 20)
    }

    @Test func everyPageHasTheSkipLinkMainOneH1AndALabelledNav() {
        for (name, html) in Fixtures.allPages {
            #expect(html.contains(##"<a class="skip-link" href="#main">"##), "page \(name)")
            #expect(html.occurrences(of: #"<main id="main""#) == 1, "page \(name)")
            #expect(html.occurrences(of: "<h1") == 1, "page \(name)")
            #expect(html.contains(#"<nav class="site-nav" aria-label="Main">"#), "page \(name)")
        }
        writeSnapshotsWhenAsked()
    }

    @Test func everyInputHasALabelOrIsHidden() {
        for (name, html) in Fixtures.allPages {
            for piece in html.pieces(splitBy: "<input ").dropFirst() {
                let tag = piece.pieces(splitBy: ">")[0]
                if tag.contains(#"type="hidden""#) { continue }
                let id = tag.pieces(splitBy: #"id=""#).dropFirst().first?.pieces(splitBy: "\"")[0]
                #expect(id != nil, "page \(name): input without id: \(tag)")
                if let id { #expect(html.contains(#"<label for="\#(id)""#), "page \(name): no label for \(id)") }
            }
        }
    }

    @Test func noPageRepeatsAnID() {
        for (name, html) in Fixtures.allPages {
            let ids = html.pieces(splitBy: #" id=""#).dropFirst().map { $0.pieces(splitBy: "\"")[0] }
            var seen = Set<String>()
            for id in ids {
                #expect(seen.insert(id).inserted, "page \(name) repeats id \(id)")
            }
            #expect(ids.contains("main"), "page \(name)")
        }
    }

    @Test func signInKeepsTheEmailAndNextButNeverThePassword() {
        let html = SignInPage(context: Fixtures.guest, email: "ana@riverbend.example", next: "/admin/members",
                              errors: FormErrors(formMessage: SignInPage.mismatchMessage)).render()
        #expect(html.contains(#"<input type="hidden" name="next" value="/admin/members">"#))
        #expect(html.contains(#"value="ana@riverbend.example""#))
        #expect(html.contains("That email and password don&#39;t match an account.") == false)
        #expect(html.contains("<p>That email and password don't match an account.</p>"))
        #expect(html.contains(#"<form method="post" action="/signin""#))
        #expect(html.contains(#"name="password" type="password""#))
    }

    @Test func forgotPasswordConfirmationDoesNotSayWhetherTheAccountExists() {
        let html = ForgotPasswordPage(context: Fixtures.guest, email: "nobody@riverbend.example", sent: true).render()
        #expect(html.contains("If an account uses "))
        #expect(!html.contains("<form method=\"post\" action=\"/password/forgot\""))
    }

    @Test func resetAndInvitationFormsPostBackTheirToken() {
        let reset = ResetPasswordPage(context: Fixtures.guest, token: "abc&def").render()
        #expect(reset.contains(#"action="/password/reset?token=abc%26def""#))
        #expect(reset.contains(#"name="password_confirmation""#))
        let invitation = AcceptInvitationPage(context: Fixtures.guest, token: "xyz",
                                              invitation: InvitationDetails(organizationName: "Lakeside Academy", email: "kim@lakeside.example",
                                                                            roles: [.educator], displayName: "Kim")).render()
        #expect(invitation.contains(#"action="/invitations/accept?token=xyz""#))
        #expect(invitation.contains(#"name="display_name" type="text" class="input" value="Kim""#))
        #expect(invitation.contains("<h1>Join Lakeside Academy</h1>"))
    }

    @Test func dashboardStartsEachRoleWithItsNextStepAndLeavesTheProfileToTheAccountPage() {
        let html = DashboardPage(context: Fixtures.context(roles: [.admin, .coach]), model: Fixtures.dashboard).render()
        #expect(html.contains(#"<h2 id="role-admin">Organization admin</h2><div class="table-wrap" role="region" aria-labelledby="pending-invitations-caption""#),
                "the admin's section opens on the pending invitations")
        #expect(html.contains(#"<th scope="row" data-label="Invited">Maya Okafor</th>"#))
        #expect(html.contains(#"<h2 id="role-coach">Coach</h2>"#))
        #expect(!html.contains("role-educator"))
        #expect(html.contains("What to do next in Riverbend Unified School District."))
        #expect(!html.contains("admin@riverbend.example"), "the email is on the account page")
        #expect(!html.contains("/session/organization"), "so is the organization switcher")
    }

    @Test func accountPageShowsWhoAndWhereWithTheSwitcherForSeveralOrganizations() {
        let html = Fixtures.accountPage().render()
        #expect(html.contains("<div><dt>Email</dt><dd>admin@riverbend.example</dd></div>"))
        #expect(html.contains("<div><dt>School</dt><dd>Cedar Hill Elementary</dd></div>"))
        #expect(html.contains("<dt>Organization admin</dt><dd>\(HTMLText.escape(Role.admin.summary))</dd>"))
        #expect(html.contains(#"action="/session/organization""#))
        #expect(html.contains(#"<option value="o-1" selected>Riverbend Unified School District</option>"#))
        #expect(html.contains(#"href="/account" aria-current="page""#), "the header's name leads here")
        #expect(!Fixtures.accountPage(organizations: [Fixtures.organizations[0]]).render().contains("/session/organization"))
    }

    @Test func dashboardExplainsWhenThePersonHasNoRole() {
        var model = Fixtures.dashboard
        model.roles = []
        let html = DashboardPage(context: Fixtures.context(roles: []), model: model).render()
        #expect(html.contains(#"<h2 id="no-role-heading">No role yet</h2>"#))
    }

    @Test func membersTableEscapesNamesAndLinksToEachMember() {
        let html = MembersPage(context: Fixtures.context(), rows: [
            MemberRow(id: Membership.ID(rawValue: "m 1"), name: "<img src=x onerror=alert(1)>", email: "a@b.example", roles: ["Coach"], school: nil, status: .active),
        ]).render()
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!html.contains("<img"))
        #expect(html.contains(#"<a href="/admin/members/m%201">Edit<span class="visually-hidden"> &lt;img"#))
        #expect(html.contains(#"<span class="badge badge--active">Active</span>"#))
    }

    @Test func inviteFormKeepsInputAndShowsErrorsBesideFields() {
        var errors = FormErrors()
        errors.add("Choose at least one role.", for: "roles")
        let html = InviteMemberPage(context: Fixtures.context(),
                                    form: InviteMemberForm(email: "maya@riverbend.example", displayName: "Maya", roles: ["assessor"], school: "s-2"),
                                    schools: [Choice(value: "s-1", label: "Cedar Hill"), Choice(value: "s-2", label: "Riverbend High")],
                                    errors: errors).render()
        #expect(html.contains(#"value="maya@riverbend.example""#))
        #expect(html.contains(#"value="Maya""#))
        #expect(html.contains(#"name="roles" type="checkbox" value="assessor" aria-describedby="roles-assessor-hint" checked"#) == false)
        #expect(html.contains(#"value="assessor" checked"#))
        #expect(html.contains(#"<option value="s-2" selected>Riverbend High</option>"#))
        #expect(html.contains(##"<li><a href="#roles">Choose at least one role.</a></li>"##))
        #expect(html.contains(#"<fieldset class="fieldset" aria-describedby="roles-hint roles-error">"#))
    }

    @Test func rosterImportPostsAFileNamedRosterAndShowsTheFormat() {
        let html = RosterImportPage(context: Fixtures.context()).render()
        #expect(html.contains(#"enctype="multipart/form-data""#))
        #expect(html.contains(#"name="roster" type="file""#))
        #expect(html.contains("email,name,roles,school"))
    }

    @Test func importReportCountsEachOutcomeAndNamesProblemLines() {
        let html = RosterImportReportPage(context: Fixtures.context(), report: Fixtures.report).render()
        #expect(html.contains("1 person invited"))
        #expect(html.contains("1 already a member"))
        #expect(html.contains("2 rows with problems"))
        #expect(html.contains(#"<td class="table__cell" data-label="Problem">The email address isn&#39;t valid.</td>"#) == false)
        #expect(html.contains(#"<th scope="row" data-label="Line">4</th><td class="table__cell" data-label="Email">not-an-email</td>"#
                              + #"<td class="table__cell" data-label="Problem">The email address isn't valid.</td>"#))
        #expect(html.contains("<li>Unknown role \"teacher\".</li>"))
    }

    @Test func editMemberOffersDeactivateOrReactivateByStatus() {
        let active = EditMemberPage(context: Fixtures.context(), member: Fixtures.member).render()
        #expect(active.contains(#"action="/admin/members/m-1/deactivate""#))
        #expect(!active.contains("/reactivate"))
        #expect(active.contains(#"value="assessor" checked"#))
        #expect(active.contains(#"value="coach" checked"#))
        #expect(!active.contains(#"value="admin" checked"#))

        var member = Fixtures.member
        member.status = .deactivated
        let deactivated = EditMemberPage(context: Fixtures.context(), member: member, selectedRoles: ["admin"]).render()
        #expect(deactivated.contains(#"action="/admin/members/m-1/reactivate""#))
        #expect(!deactivated.contains("/deactivate\""))
        #expect(deactivated.contains(#"value="admin" checked"#))
        #expect(!deactivated.contains(#"value="coach" checked"#))
    }

    @Test func outboxShowsEachMailWithItsBodyEscaped() {
        let html = OutboxPage(context: Fixtures.context(development: true), mails: [
            OutboxMail(subject: "Reset <your> password", to: "ana@riverbend.example", createdAt: "2025-03-14 09:30 UTC",
                       status: .failed(attempts: 2, lastError: "connection refused"), preview: "Open http://x/?a=1&b=2"),
        ]).render()
        #expect(html.contains("<h2 class=\"mail__subject\">Reset &lt;your&gt; password</h2>"))
        #expect(html.contains("<pre class=\"mail__body\">Open http://x/?a=1&amp;b=2</pre>"))
        #expect(html.contains("Failed</span> after 2 attempts: connection refused"))
    }

    @Test(arguments: [
        (ErrorPage.Kind(WebError.forbidden), 403, "You don&#39;t have access"),
        (ErrorPage.Kind(WebError.notFound), 404, "We can't find that page"),
        (ErrorPage.Kind(WebError.tooManyRequests(retryAfterSeconds: 90)), 429, "try again in 2 minutes"),
        (ErrorPage.Kind.serverError, 500, "Something went wrong on our side"),
        (ErrorPage.Kind.storage(StorageFailure(.full)), 507, "your work is not lost"),
        (ErrorPage.Kind.storage(StorageFailure(.readOnly)), 503, "read-only"),
    ])
    func errorPagesExplainAndShowTheRequestID(_ kind: ErrorPage.Kind, _ status: Int, _ phrase: String) {
        let html = ErrorPage(kind, requestID: "req-<42>").render()
        #expect(kind.status.code == status)
        #expect(html.contains(phrase.replacingOccurrences(of: "&#39;", with: "'")))
        #expect(html.contains("<code>req-&lt;42&gt;</code>"))
        #expect(html.occurrences(of: "<h1") == 1)
    }

    /// Writes every page to `$CAIRN_WEB_SNAPSHOTS/<name>.html` for a look in a browser.
    func writeSnapshotsWhenAsked() {
        guard let directory = ProcessInfo.processInfo.environment["CAIRN_WEB_SNAPSHOTS"],
              let assets = WebAssets.directory else { return }
        for (name, html) in Fixtures.allPages {
            let local = html.replacingOccurrences(of: "href=\"\(WebAssets.stylesheetPath)\"", with: #"href="file://\#(assets)/cairn.css""#)
            try? local.write(toFile: "\(directory)/\(name).html", atomically: true, encoding: .utf8)
        }
    }
}
