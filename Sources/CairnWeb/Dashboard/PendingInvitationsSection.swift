import CairnHTML
import Foundation

/// An invitation waiting for its answer, as the admin's dashboard lists it.
public struct PendingInvitationRow: Sendable, Hashable {
    public var name: String
    public var email: String
    public var invitedAt: Date
    public var expiresAt: Date

    public init(name: String, email: String, invitedAt: Date, expiresAt: Date) {
        self.name = name
        self.email = email
        self.invitedAt = invitedAt
        self.expiresAt = expiresAt
    }
}

/// The admin's next step: the invitations nobody has answered yet, newest first; a long list shows
/// its first rows and says how many there are (the members page has them all).
struct PendingInvitationsSection: HTML {
    let rows: [PendingInvitationRow]
    /// The most rows shown: a roster import can invite hundreds.
    static let shownRows = 10

    var body: some HTML {
        if rows.count > Self.shownRows {
            p(.class("hint")) { "Showing the \(Self.shownRows) newest of \(rows.count) pending invitations." }
        }
        DataTable(id: "pending-invitations", caption: Wording.count(rows.count, "invitation") + " waiting for an answer", columns: [
            .init("Invited", rowHeader: true) { row in row.name },
            .init("Email") { row in row.email },
            .init("Sent") { row in DateText(row.invitedAt) },
            .init("Link expires") { row in DateText(row.expiresAt) },
        ], rows: Array(rows.prefix(Self.shownRows)), emptyMessage: "No invitation is waiting for an answer.")
        if !rows.isEmpty {
            p { a(.href(AdminEndpoints.members.path())) { "Resend or withdraw invitations on the members page" } }
        }
    }
}
