import CairnApp

extension PendingInvitation {
    /// What the acceptance page shows of the invitation.
    var details: InvitationDetails {
        InvitationDetails(organizationName: organization.name, email: email.rawValue, roles: invitation.roles.sorted(),
                          displayName: invitation.displayName)
    }
}
