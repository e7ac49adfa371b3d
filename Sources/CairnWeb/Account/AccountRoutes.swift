import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP
import Foundation

/// Signing in and out, switching organization, forgotten passwords and accepting invitations.
struct AccountRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(AccountEndpoints.signIn, signInForm)
        table.add(AccountEndpoints.submitSignIn, signIn)
        table.add(AccountEndpoints.signOut, signOut)
        table.add(AccountEndpoints.account, account)
        table.add(AccountEndpoints.switchOrganization, switchOrganization)
        table.add(AccountEndpoints.forgotPassword, forgotForm)
        table.add(AccountEndpoints.sendReset, forgot)
        table.add(AccountEndpoints.resetPassword, resetForm)
        table.add(AccountEndpoints.saveNewPassword, reset)
        table.add(AccountEndpoints.acceptInvitation, invitationForm)
        table.add(AccountEndpoints.joinByInvitation, acceptInvitation)
    }

    // MARK: Sign in and out

    func signInForm(_ visitor: Visitor) throws -> Response {
        if visitor.member != nil { return .redirect(to: DashboardEndpoints.dashboard.path()) }
        let next = Self.safeNext(visitor.request.query["next"])
        return app.render(SignInPage(context: context(visitor), next: next ?? ""))
    }

    func signIn(_ visitor: Visitor) throws -> Response {
        let form = visitor.request.form
        let email = form["email"] ?? "", password = form["password"] ?? ""
        let next = Self.safeNext(form["next"])
        var errors = FormErrors()
        if email.trimmingCharacters(in: .whitespaces).isEmpty { errors.add("Enter your email address.", for: "email") }
        if password.isEmpty { errors.add("Enter your password.", for: "password") }
        guard errors.isEmpty else {
            return app.render(SignInPage(context: context(visitor), email: email, next: next ?? "", errors: errors),
                              status: .unprocessableContent)
        }
        let outcome = try SignIns(installation: app.installation).signIn(
            email: email, password: password, address: visitor.request.remoteAddress,
            userAgent: visitor.request.headers["User-Agent"] ?? "")
        switch outcome {
        case .signedIn(let token, _):
            var response = Response.redirect(to: next ?? DashboardEndpoints.dashboard.path())
            response.setCookie(sessionCookie(token))
            return response
        case .rejected:
            errors.formMessage = "That email and password don't match an account."
            return app.render(SignInPage(context: context(visitor), email: email, next: next ?? "", errors: errors),
                              status: .unprocessableContent)
        case .throttled(let seconds):
            throw WebError.tooManyRequests(retryAfterSeconds: seconds)
        }
    }

    func signOut(_ context: SignedIn) throws -> Response {
        try SignIns(installation: app.installation).signOut(context.session.id)
        var response = Response.redirect(to: AccountEndpoints.signIn.path())
        response.setCookie(.expired(SessionMiddleware.cookieName))
        response.setCookie(FlashCookie.cookie(for: Flash(.success, "You are signed out."), secure: app.configuration.secureCookies))
        return response
    }

    func account(_ context: SignedIn) throws -> Response {
        let member = context.member
        let page = try app.profiles.page(for: member)
        return app.render(AccountPage(
            context: context.visitor.pageContext(isDevelopment: app.isDevelopment), name: member.person.displayName,
            email: member.person.email.rawValue, organizationName: member.organization.name, schoolName: page.schoolName,
            roles: member.roles.sorted(),
            organizations: context.visitor.organizations.map {
                OrganizationChoice(id: $0.id.rawValue, name: $0.name, isCurrent: $0.id == member.organization.id)
            }))
    }

    func switchOrganization(_ context: SignedIn) throws -> Response {
        guard let id = context.request.form["organization"].flatMap(Organization.ID.init),
              let organization = try SignIns(installation: app.installation).switchOrganization(
                  context.session.id, of: context.member.person.id, to: id)
        else { throw WebError.notFound }
        return app.redirect(to: DashboardEndpoints.dashboard.path(), .success, "You are now working in \(organization.name).")
    }

    // MARK: Forgotten password

    func forgotForm(_ visitor: Visitor) throws -> Response {
        app.render(ForgotPasswordPage(context: context(visitor)))
    }

    func forgot(_ visitor: Visitor) throws -> Response {
        let text = visitor.request.form["email"] ?? ""
        let email: EmailAddress
        do {
            email = try EmailAddress(text)
        } catch {
            var errors = FormErrors()
            errors.add(error.message, for: "email")
            return app.render(ForgotPasswordPage(context: context(visitor), email: text, errors: errors),
                              status: .unprocessableContent)
        }
        if try PasswordResets(installation: app.installation).makeLink(for: email, mail: true, throttled: true) == nil {
            app.logger.info("password reset not sent: unknown or inactive address, or a link was sent minutes ago")
        }
        // The same answer whether or not the address has an account: nobody learns who is a member.
        return app.render(ForgotPasswordPage(context: context(visitor), email: email.rawValue, sent: true))
    }

    func resetForm(_ visitor: Visitor) throws -> Response {
        let token = visitor.request.query["token"] ?? ""
        if let problem = try PasswordResets(installation: app.installation).problem(with: token) {
            return app.redirect(to: AccountEndpoints.forgotPassword.path(), .error, problem.message)
        }
        return app.render(ResetPasswordPage(context: context(visitor), token: token))
    }

    func reset(_ visitor: Visitor) throws -> Response {
        let form = visitor.request.form
        let token = form["token"] ?? visitor.request.query["token"] ?? ""
        let member: Member
        do {
            member = try PasswordResets(installation: app.installation).reset(
                secret: token, password: form["password"] ?? "", confirmation: form["password_confirmation"] ?? "")
        } catch let refusal as PasswordResetError {
            var errors = FormErrors()
            if let field = refusal.field { errors.add(refusal.message, for: field) } else { errors.formMessage = refusal.message }
            return app.render(ResetPasswordPage(context: context(visitor), token: token, errors: errors),
                              status: .unprocessableContent)
        }
        let sessionToken = try SignIns(installation: app.installation).open(for: member, address: visitor.request.remoteAddress,
                                                            userAgent: visitor.request.headers["User-Agent"] ?? "")
        var response = app.redirect(to: DashboardEndpoints.dashboard.path(), .success, "Your new password is set.")
        response.setCookie(sessionCookie(sessionToken))
        return response
    }

    // MARK: Invitations

    func invitationForm(_ visitor: Visitor) throws -> Response {
        let token = visitor.request.query["token"] ?? ""
        switch try Invitations(installation: app.installation).pending(secret: token) {
        case .failure(let problem):
            return app.redirect(to: AccountEndpoints.signIn.path(), .error, problem.message)
        case .success(let pending) where pending.hasAccount:
            return app.render(JoinOrganizationPage(context: context(visitor), token: token, invitation: pending.details,
                                                   viewer: joinViewer(visitor, pending)))
        case .success(let pending):
            return app.render(AcceptInvitationPage(context: context(visitor), token: token, invitation: pending.details))
        }
    }

    func acceptInvitation(_ visitor: Visitor) throws -> Response {
        let form = visitor.request.form
        let token = form["token"] ?? visitor.request.query["token"] ?? ""
        let invitations = Invitations(installation: app.installation)
        let pending = try invitations.pending(secret: token)
        if case .success(let found) = pending, found.hasAccount {
            let signedIn = try SignedIn(from: visitor)
            do {
                let joined = try invitations.acceptSignedIn(secret: token, as: signedIn.member, session: signedIn.session.id)
                return app.redirect(to: DashboardEndpoints.dashboard.path(), .success,
                                    "You joined \(joined.organization.name). You are now working there.")
            } catch let error as InvitationError {
                return app.render(JoinOrganizationPage(context: context(visitor), token: token, invitation: found.details,
                                                       viewer: joinViewer(visitor, found), error: error.message),
                                  status: .unprocessableContent)
            }
        }
        // A newcomer: every problem of the form at once, beside its field.
        let displayName = form["display_name"] ?? ""
        var invitation = (try? pending.get())?.details ?? InvitationDetails(organizationName: "", email: "", roles: [], displayName: "")
        invitation.displayName = form["display_name"] ?? invitation.displayName
        var errors = FormErrors()
        func refused() -> Response {
            app.render(AcceptInvitationPage(context: context(visitor), token: token, invitation: invitation, errors: errors),
                       status: .unprocessableContent)
        }
        let found: PendingInvitation
        switch pending {
        case .failure(let problem):
            errors.formMessage = problem.message
            return refused()
        case .success(let value):
            found = value
        }
        var name = ""
        switch PersonName.check(displayName) {
        case .success(let checked): name = checked
        case .failure(.empty): errors.add("Enter the name colleagues know you by.", for: "display_name")
        case .failure(let problem): errors.add(problem.message, for: "display_name")
        }
        let password = form["password"] ?? ""
        PasswordRules.check(password, confirmation: form["password_confirmation"] ?? "", email: found.email, into: &errors)
        guard errors.isEmpty else { return refused() }
        let member: Member
        do {
            member = try invitations.acceptAsNewcomer(secret: token, name: name, password: password)
        } catch let error as InvitationError {
            errors.formMessage = error.message
            return refused()
        }
        let sessionToken = try SignIns(installation: app.installation).open(for: member, address: visitor.request.remoteAddress,
                                                            userAgent: visitor.request.headers["User-Agent"] ?? "")
        var response = app.redirect(to: DashboardEndpoints.dashboard.path(), .success, "Welcome to \(member.organization.name) on Cairn.")
        response.setCookie(sessionCookie(sessionToken))
        return response
    }

    /// Who is looking at an invitation for an existing account.
    private func joinViewer(_ visitor: Visitor, _ pending: PendingInvitation) -> JoinOrganizationPage.Viewer {
        guard let member = visitor.member else { return .nobody }
        return member.person.id == pending.invitation.personID ? .invitedPerson : .someoneElse(email: member.person.email.rawValue)
    }

    // MARK: Helpers

    private func context(_ visitor: Visitor) -> PageContext { visitor.pageContext(isDevelopment: app.isDevelopment) }

    /// The session cookie: HttpOnly, SameSite=Lax, Secure over https; it lives as long as the session may.
    private func sessionCookie(_ token: String) -> Cookie {
        Cookie(name: SessionMiddleware.cookieName, value: token, maxAge: Int(Session.absoluteLifetime),
               httpOnly: true, secure: app.configuration.secureCookies, sameSite: .lax)
    }

    /// A local path to return to after sign-in; anything else (another site, `//host`) is dropped.
    ///
    /// Control characters are refused too: browsers strip tabs and line breaks from a URL, so
    /// `/<tab>/evil.example` would become `//evil.example`.
    static func safeNext(_ next: String?) -> String? {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.hasPrefix("/\\"),
              !next.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return nil }
        return next
    }
}
