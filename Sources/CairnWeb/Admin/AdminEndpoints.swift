import CairnCore

/// The organization admin's endpoints under `/admin`: members and invitations, schools,
/// assessors' assignments, agreement between assessors and the review policy.
enum AdminEndpoints {
    static let admin = Access.role(.admin)

    static let members = Endpoint(.get, "/admin/members", access: admin)
    static let invite = Endpoint(.get, "/admin/members/invite", access: admin)
    static let sendInvitation = invite.with(.post)
    static let importRoster = Endpoint(.get, "/admin/members/import", access: admin)
    static let saveImport = importRoster.with(.post)

    /// One member of the organization, by membership.
    static let member = EndpointGroup("/admin/members/:id", Membership.ID.self, access: admin)
    static let editMember = member.endpoint(.get)
    static let saveRoles = editMember.with(.post)
    static let deactivate = member.endpoint(.post, "/deactivate")
    static let reactivate = member.endpoint(.post, "/reactivate")
    /// Withdraws an invitation nobody answered.
    static let withdrawInvitation = Endpoint(.post, "/admin/members/invitations/:id/withdraw", Invitation.ID.self, access: admin)

    static let schools = Endpoint(.get, "/admin/schools", access: admin)
    static let addSchool = schools.with(.post)

    static let assessors = Endpoint(.get, "/admin/assessors", access: admin)
    /// Saves which microcredentials one assessor may assess.
    static let saveAssessor = Endpoint(.post, "/admin/assessors/:membership", Membership.ID.self, access: admin)

    /// Agreement between assessors on blind second scores.
    static let agreement = Endpoint(.get, "/admin/agreement", access: admin)
    static let reviewPolicy = Endpoint(.get, "/admin/review-policy", access: admin)
    static let saveReviewPolicy = reviewPolicy.with(.post)
}
