import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP
import Foundation

/// The admin's member pages: the list, inviting one person, importing a roster, roles, deactivation.
struct MemberRoutes {
    let app: App
    /// A roster file larger than this is refused before it is read.
    static let maxRosterBytes: Int64 = 2 << 20

    func register(in table: inout RouteTable) {
        table.add(AdminEndpoints.members, list)
        table.add(AdminEndpoints.invite, inviteForm)
        table.add(AdminEndpoints.sendInvitation, invite)
        table.add(AdminEndpoints.importRoster, importForm)
        table.add(AdminEndpoints.saveImport, importRoster)
        table.add(AdminEndpoints.editMember, edit)
        table.add(AdminEndpoints.saveRoles, updateRoles)
        table.add(AdminEndpoints.deactivate, deactivate)
        table.add(AdminEndpoints.reactivate, reactivate)
        table.add(AdminEndpoints.withdrawInvitation, withdrawInvitation)
    }

    // MARK: List

    func list(_ context: SignedIn) throws -> Response {
        let search = String((context.request.query["q"] ?? "").prefix(200))
        let pageNumber = max(1, min(Int(context.request.query["page"] ?? "") ?? 1, 100_000))
        let found = try app.members.listPage(search: search, page: pageNumber, by: context.member)
        let members = found.members.map { member in
            MemberRow(id: member.id, name: member.person.displayName, email: member.person.email.rawValue,
                      roles: member.roles.sorted().map(\.displayName), school: member.membership.schoolID.flatMap { found.schoolNames[$0] },
                      status: member.isActive ? .active : .deactivated)
        }
        let invitations = found.invitations.map { pending in
            let invitation = pending.invitation
            return MemberRow(id: nil, name: invitation.displayName, email: pending.email.rawValue,
                             roles: invitation.roles.sorted().map(\.displayName), school: invitation.schoolID.flatMap { found.schoolNames[$0] },
                             status: .invited, withdrawURL: AdminEndpoints.withdrawInvitation.path(invitation.id))
        }
        return app.render(MembersPage(context: page(context), members: members, invitations: invitations,
                                      search: search, page: pageNumber, total: found.total))
    }

    // MARK: Invite one

    func inviteForm(_ context: SignedIn) throws -> Response {
        app.render(InviteMemberPage(context: page(context), schools: try schoolChoices(context)))
    }

    func invite(_ context: SignedIn) throws -> Response {
        let form = context.request.form
        let entered = InviteMemberForm(email: form["email"] ?? "", displayName: form["display_name"] ?? "",
                                       roles: Set(form.values("roles")), school: form["school"] ?? "")
        var errors = FormErrors()
        do {
            let invited = try app.members.invite(.init(email: entered.email, name: entered.displayName, roleNames: entered.roles.sorted(),
                                                       school: entered.school), by: context.member)
            // The same words whether or not the address has an account: nobody learns who uses Cairn elsewhere.
            return app.redirect(to: AdminEndpoints.members.path(), .success,
                                "Invitation sent to \(invited.email.rawValue). They join when they accept it.")
        } catch let refusal as NewMemberRefusal {
            for problem in refusal.problems {
                let field = problem.field == "name" ? "display_name" : problem.field ?? "email"
                if errors[field] == nil { errors.add(problem.message, for: field) }
            }
        } catch let error as MemberAdministrationError where error != .notAnAdmin {
            errors.add(error.message, for: "email")
        }
        return app.render(InviteMemberPage(context: page(context), form: entered, schools: try schoolChoices(context),
                                           errors: errors), status: .unprocessableContent)
    }

    // MARK: Import a roster

    func importForm(_ context: SignedIn) throws -> Response {
        app.render(RosterImportPage(context: page(context)))
    }

    func importRoster(_ context: SignedIn) throws -> Response {
        var errors = FormErrors()
        guard let file = context.request.form.file("roster"), file.size > 0 else {
            errors.add("Choose a CSV file to import.", for: "roster")
            return app.render(RosterImportPage(context: page(context), errors: errors), status: .unprocessableContent)
        }
        guard file.size <= Self.maxRosterBytes else {
            errors.add("The file is larger than 2 MB; split it into smaller files.", for: "roster")
            return app.render(RosterImportPage(context: page(context), errors: errors), status: .unprocessableContent)
        }
        guard let data = FileManager.default.contents(atPath: file.path),
              let text = String(data: data, encoding: .utf8) else {
            errors.add("The file is not UTF-8 text. Save it as 'CSV UTF-8' and try again.", for: "roster")
            return app.render(RosterImportPage(context: page(context), errors: errors), status: .unprocessableContent)
        }
        let roster: RosterImport
        do {
            roster = try RosterImport(csv: text)
        } catch {
            errors.add(error.message, for: "roster")
            return app.render(RosterImportPage(context: page(context), errors: errors), status: .unprocessableContent)
        }
        let report = try app.members.importRoster(roster, by: context.member) { line, error in
            app.logger.error("roster row failed", [("line", String(line)), ("error", "\(error)")])
        }
        return app.render(RosterImportReportPage(context: page(context), report: report))
    }

    // MARK: One member

    func edit(_ context: SignedIn, _ id: Membership.ID) throws -> Response {
        app.render(EditMemberPage(context: page(context), member: try detail(id, in: context)))
    }

    func updateRoles(_ context: SignedIn, _ id: Membership.ID) throws -> Response {
        let chosen = Set(context.request.form.values("roles"))
        var errors = FormErrors()
        do {
            let member = try app.members.changeRoles(of: id, to: chosen.sorted(), by: context.member)
            return app.redirect(to: AdminEndpoints.editMember.path(member.id), .success,
                                "\(member.person.displayName)'s roles are saved.")
        } catch let problem as NewMemberProblem {
            errors.add(problem.message, for: "roles")
        } catch let error as MemberAdministrationError where error != .notInOrganization && error != .notAnAdmin {
            errors.add(error.message, for: "roles")
        }
        return app.render(EditMemberPage(context: page(context), member: try detail(id, in: context),
                                         selectedRoles: chosen, errors: errors), status: .unprocessableContent)
    }

    /// Withdraws an invitation nobody answered yet; another organization's is not found.
    func withdrawInvitation(_ context: SignedIn, _ id: Invitation.ID) throws -> Response {
        do {
            try app.members.withdraw(id, by: context.member)
        } catch MemberAdministrationError.notInOrganization {
            throw WebError.notFound
        }
        return app.redirect(to: AdminEndpoints.members.path(), .success, "The invitation was withdrawn: its link no longer works.")
    }

    func deactivate(_ context: SignedIn, _ id: Membership.ID) throws -> Response {
        let member: Member
        do {
            member = try app.members.deactivate(id, by: context.member)
        } catch let error as MemberAdministrationError where error != .notInOrganization && error != .notAnAdmin {
            return app.redirect(to: AdminEndpoints.editMember.path(id), .error, error.message)
        }
        return app.redirect(to: AdminEndpoints.editMember.path(member.id), .success,
                            "\(member.person.displayName) is deactivated and can no longer sign in to \(context.organization.name).")
    }

    func reactivate(_ context: SignedIn, _ id: Membership.ID) throws -> Response {
        let member: Member
        do {
            member = try app.members.reactivate(id, by: context.member)
        } catch MemberAdministrationError.alreadyActive {
            return app.redirect(to: AdminEndpoints.editMember.path(id), .error, MemberAdministrationError.alreadyActive.message)
        }
        return app.redirect(to: AdminEndpoints.editMember.path(member.id), .success, "\(member.person.displayName) is active again.")
    }

    // MARK: Helpers

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }

    /// The member being edited, as the edit page shows them; 404 for another organization's.
    private func detail(_ id: Membership.ID, in context: SignedIn) throws -> MemberDetail {
        let found: Members.MemberPage
        do { found = try app.members.memberPage(id, by: context.member) } catch MemberAdministrationError.notInOrganization { throw WebError.notFound }
        let member = found.member
        return MemberDetail(id: member.id, name: member.person.displayName, email: member.person.email.rawValue,
                            school: found.school?.name, status: member.isActive ? .active : .deactivated,
                            roles: Set(member.roles))
    }

    private func schoolChoices(_ context: SignedIn) throws -> [Choice] {
        try app.members.schoolChoices(by: context.member).map { Choice(value: $0.id.rawValue, label: $0.name) }
    }
}
