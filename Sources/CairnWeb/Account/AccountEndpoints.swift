import CairnApp

/// Signing in and out, the account page, switching organization, and the one-time links Cairn mails (their paths
/// are `Links`', in `CairnApp`, so the mail and the web agree).
enum AccountEndpoints {
    /// The sign-in page (`?next=` is where it returns to).
    static let signIn = Endpoint(.get, "/signin", access: .anyone)
    static let submitSignIn = signIn.with(.post)
    static let signOut = Endpoint(.post, "/signout", access: .signedIn)
    static let switchOrganization = Endpoint(.post, "/session/organization", access: .signedIn)
    /// The signed-in person's account: who they are, where, and their roles.
    static let account = Endpoint(.get, "/account", access: .signedIn)

    static let forgotPassword = Endpoint(.get, "/password/forgot", access: .anyone)
    static let sendReset = forgotPassword.with(.post)
    /// A mailed password reset link leads here, with `?token=`.
    static let resetPassword = Endpoint(.get, Links.resetPasswordPath, access: .anyone)
    static let saveNewPassword = resetPassword.with(.post)
    /// A mailed invitation link leads here, with `?token=`.
    static let acceptInvitation = Endpoint(.get, Links.acceptInvitationPath, access: .anyone)
    static let joinByInvitation = acceptInvitation.with(.post)
}
