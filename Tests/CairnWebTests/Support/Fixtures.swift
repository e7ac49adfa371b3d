import CairnCore
import CairnHTML
@testable import CairnWeb

/// Sample contexts and pages shared by the view tests.
enum Fixtures {
    static let csrf = "csrf-token-123"

    static func context(roles: Set<Role>? = [.admin], path: String = "/dashboard",
                        flash: [Flash] = [], development: Bool = false, isOperator: Bool = false) -> PageContext {
        PageContext(organizationName: roles == nil ? nil : "Riverbend Unified School District",
                    organizationSlug: roles == nil ? nil : "riverbend",
                    viewer: roles.map { Viewer(name: "Ana Lopez", roles: $0, isOperator: isOperator) },
                    csrfToken: csrf, flash: flash, currentPath: path, isDevelopment: development)
    }

    static let guest = context(roles: nil, path: "/signin")

    static let member = MemberDetail(id: Membership.ID(rawValue: "m-1"), name: "Jordan Ellis", email: "jordan@riverbend.example",
                                     school: "Cedar Hill Elementary", status: .active, roles: [.assessor, .coach])

    static let dashboard = DashboardModel(
        name: "Ana Lopez", organizationName: "Riverbend Unified School District", roles: [.admin, .coach],
        invitations: [PendingInvitationRow(name: "Maya Okafor", email: "maya@riverbend.example", invitedAt: published,
                                           expiresAt: published.addingTimeInterval(7 * 86400))])

    static let organizations = [OrganizationChoice(id: "o-1", name: "Riverbend Unified School District", isCurrent: true),
                                OrganizationChoice(id: "o-2", name: "Lakeside Academy", isCurrent: false)]

    static func accountPage(organizations: [OrganizationChoice] = organizations) -> AccountPage {
        AccountPage(context: context(roles: [.admin, .coach], path: "/account"), name: "Ana Lopez", email: "admin@riverbend.example",
                    organizationName: "Riverbend Unified School District", schoolName: "Cedar Hill Elementary", roles: [.admin, .coach],
                    organizations: organizations)
    }

    static let report = RosterImportReport(
        invited: [ImportedRow(line: 2, name: "Maya Okafor", email: "maya@riverbend.example")],
        alreadyMembers: [ImportedRow(line: 3, name: "Jordan Ellis", email: "jordan@riverbend.example")],
        problems: [ImportProblem(line: 4, email: "not-an-email", messages: ["The email address isn't valid."]),
                   ImportProblem(line: 7, email: nil, messages: ["The email is missing.", "Unknown role \"teacher\"."])])

    /// Every page view Cairn renders so far, by name, with data that fills its forms.
    static var allPages: [(name: String, html: String)] {
        let admin = context(roles: [.admin], path: "/admin/members", development: true)
        let schools = [Choice(value: "s-1", label: "Cedar Hill Elementary"), Choice(value: "s-2", label: "Riverbend High")]
        return [
            ("sign-in", SignInPage(context: guest, email: "ana@riverbend.example", next: "/admin/members",
                                   errors: FormErrors(formMessage: SignInPage.mismatchMessage)).render()),
            ("forgot-password", ForgotPasswordPage(context: guest).render()),
            ("forgot-password-sent", ForgotPasswordPage(context: guest, email: "ana@riverbend.example", sent: true).render()),
            ("reset-password", ResetPasswordPage(context: guest, token: "tok_en").render()),
            ("accept-invitation", AcceptInvitationPage(
                context: guest, token: "tok",
                invitation: InvitationDetails(organizationName: "Riverbend Unified School District",
                                              email: "maya@riverbend.example", roles: [.educator], displayName: "Maya")).render()),
            ("dashboard", DashboardPage(context: context(roles: [.admin, .coach]), model: dashboard).render()),
            ("dashboard-designer", DashboardPage(context: context(roles: [.designer]), model: DashboardModel(
                name: "Dana Whitfield", organizationName: "Riverbend Unified School District", roles: [.designer],
                drafts: [StudioEntry(microcredential: microcredential, latest: pilotVersion, publishedNumber: nil)])).render()),
            ("account", accountPage().render()),
            ("members", MembersPage(context: admin, rows: [
                MemberRow(id: Membership.ID(rawValue: "m-1"), name: "Jordan Ellis", email: "jordan@riverbend.example", roles: ["Assessor", "Coach"],
                          school: "Cedar Hill Elementary", status: .active),
                MemberRow(id: Membership.ID(rawValue: "m-2"), name: "Maya Okafor", email: "maya@riverbend.example", roles: ["Educator"],
                          school: nil, status: .invited),
                MemberRow(id: Membership.ID(rawValue: "m-3"), name: "Sam Whitfield", email: "sam@riverbend.example", roles: [],
                          school: "Riverbend High", status: .deactivated),
            ]).render()),
            ("invite-member", InviteMemberPage(context: admin, form: InviteMemberForm(email: "maya@", roles: ["educator"]),
                                               schools: schools, errors: {
                var errors = FormErrors()
                errors.add("Enter an email address like name@school.org.", for: "email")
                errors.add("Enter the name colleagues will see.", for: "display_name")
                return errors
            }()).render()),
            ("import-roster", RosterImportPage(context: admin).render()),
            ("import-report", RosterImportReportPage(context: admin, report: report).render()),
            ("edit-member", EditMemberPage(context: admin, member: member).render()),
            ("edit-member-deactivated", EditMemberPage(context: admin, member: {
                var deactivated = member
                deactivated.status = .deactivated
                return deactivated
            }()).render()),
            ("my-microcredentials", MyMicrocredentialsPage(context: context(roles: [.educator], path: "/earn"), rows: [
                .init(id: Enrollment.ID(rawValue: "e-1"), title: "Hinge Questions & Exit Tickets", version: 2, status: .notYet),
            ]).render()),
            ("schools", SchoolsPage(context: admin, schools: [SchoolRow(name: "Cedar Hill Elementary", memberCount: 14)]).render()),
            ("outbox", OutboxPage(context: admin, mails: [
                OutboxMail(subject: "You're invited to Riverbend", to: "maya@riverbend.example", createdAt: "2025-03-14 09:30 UTC",
                           status: .sent, preview: "Hello Maya,\n\nAccept: [one-time link: sent to the recipient only]\n"),
            ]).render()),
            ("error-403", ErrorPage(ErrorPage.Kind(WebError.forbidden), requestID: "req-403", context: context(roles: [.educator])).render()),
            ("error-404", ErrorPage(ErrorPage.Kind(WebError.notFound), requestID: "req-404").render()),
            ("error-429", ErrorPage(ErrorPage.Kind(WebError.tooManyRequests(retryAfterSeconds: 120)), requestID: "req-429", context: guest).render()),
            ("error-500", ErrorPage(.serverError, requestID: "req-500").render()),
        ] + catalogPages + studioPages + calibrationPages + apiPages
    }
}

extension String {
    /// How many times `needle` occurs.
    func occurrences(of needle: String) -> Int {
        guard !needle.isEmpty else { return 0 }
        return pieces(splitBy: needle).count - 1
    }

    /// The text of every `<form …>…</form>` in the markup (forms do not nest).
    var forms: [String] {
        pieces(splitBy: "<form").dropFirst().map { $0.pieces(splitBy: "</form>")[0] }
    }

    func pieces(splitBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = self[...]
        while let range = rest.firstRange(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
