import CairnCore
import CairnHTML
import Foundation

/// A pilot participant as the pilot page lists them.
public struct PilotParticipantRow: Sendable, Hashable {
    public var name: String
    public var email: String
    public var role: PilotParticipant.Role
    public var joinedAt: Date

    public init(name: String, email: String, role: PilotParticipant.Role, joinedAt: Date) {
        self.name = name
        self.email = email
        self.role = role
        self.joinedAt = joinedAt
    }
}

/// A version's pilot: who takes part, how to add more (a member by email, or the invite link),
/// and the pilot report.
///
/// Form: `POST /studio/:id/pilot/participants` with `email` (a select of the organization's
/// members) and `role` (`educator` or `assessor`).
public struct PilotPage: HTML {
    let context: PageContext
    let microcredential: Microcredential
    let version: MicrocredentialVersion
    let participants: [PilotParticipantRow]
    let candidates: [Choice]?
    let inviteURL: String
    let report: PilotReport
    let errors: FormErrors

    /// - Parameters:
    ///   - candidates: members who could join, value = email, label = "Name (email)"; nil when the
    ///     organization is too large to list them, and the designer types an email.
    ///   - inviteURL: the absolute join link to share (`/pilot/join/:token`).
    ///   - report: `PilotReport.make(design: version.design, feedback:, scores:)`.
    public init(context: PageContext, microcredential: Microcredential, version: MicrocredentialVersion,
                participants: [PilotParticipantRow], candidates: [Choice]?, inviteURL: String, report: PilotReport,
                errors: FormErrors = FormErrors()) {
        self.context = context
        self.microcredential = microcredential
        self.version = version
        self.participants = participants
        self.candidates = candidates
        self.inviteURL = inviteURL
        self.report = report
        self.errors = errors
    }

    var id: Microcredential.ID { microcredential.id }

    public var body: some HTML {
        Layout(title: "Pilot: \(version.design.title)", context: context,
               lead: "Version \(version.number)\(version.pilotStartedAt.map { ", pilot since \(DateText.long($0))" } ?? ""). Pilot educators earn it first; everyone taking part answers the feedback form.") {
            p(.class("breadcrumb")) {
                a(.href(StudioEndpoints.list.path())) { "Studio" }
                " › "
                a(.href(StudioEndpoints.overview.path(id))) { version.design.title }
            }
            ErrorSummary(errors)
            div(.class("pilot-grid")) {
                section(.class("panel"), .aria(.labelledby, "participants-heading")) {
                    h2(.id("participants-heading")) { "Participants (\(participants.count))" }
                    DataTable(id: "participants", caption: "Who takes part", columns: Self.columns, rows: participants,
                              emptyMessage: "No one has joined yet. Add members below, or share the invite link.")
                    h3 { "Add a participant" }
                    if candidates?.isEmpty == true {
                        p(.class("muted")) { "Every member is already taking part." }
                    } else {
                        PostForm(action: StudioEndpoints.addPilotParticipant.path(id), csrfToken: context.csrfToken, class: "stack") {
                            if let candidates {
                                SelectField(label: "Member", name: "email", choices: candidates, emptyChoice: "Choose a member",
                                            error: errors["email"])
                            } else {
                                TextField(label: "Member's email", name: "email", kind: .email,
                                          hint: "The email they sign in to Cairn with.", error: errors["email"], required: true)
                            }
                            RadioGroup(legend: "Takes part as", name: "role",
                                       choices: PilotParticipant.Role.allCases.map { Choice(value: $0.rawValue, label: $0.displayName) },
                                       selected: PilotParticipant.Role.educator.rawValue, error: errors["role"], inline: true)
                            SubmitButton("Add to the pilot", style: .secondary)
                        }
                    }
                }
                section(.class("panel"), .aria(.labelledby, "invite-heading")) {
                    h2(.id("invite-heading")) { "Invite link" }
                    p { "Anyone in your organization who opens this link can join the pilot as an educator:" }
                    p(.class("invite-link")) { code { inviteURL } }
                    // Not a link: the form is for participants, and would answer a designer 403.
                    p(.class("muted")) {
                        "Participants find the feedback form on their dashboard, at "
                        code { PilotEndpoints.feedback.path(version.id) }
                        "."
                    }
                }
            }
            PilotReportView(report: report, design: version.design)
        }
    }

    static var columns: [DataTable<PilotParticipantRow>.Column] { [
        .init("Name", rowHeader: true) { row in row.name },
        .init("Email") { row in row.email },
        .init("Role") { row in row.role.displayName },
        .init("Joined") { row in DateText(row.joinedAt) },
    ] }
}
