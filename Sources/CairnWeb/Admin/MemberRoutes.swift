import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP
import CairnStore
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
        let organization = context.organization.id
        let search = String((context.request.query["q"] ?? "").prefix(200))
        let pageNumber = max(1, min(Int(context.request.query["page"] ?? "") ?? 1, 100_000))
        let found = try app.store.members.members(of: organization, matching: search, offset: (pageNumber - 1) * MembersPage.pageSize,
                                                  limit: MembersPage.pageSize)
        let schools = Dictionary(uniqueKeysWithValues: try app.store.organizations.schools(of: organization).map { ($0.id, $0.name) })
        let members = found.members.map { member in
            MemberRow(id: member.id, name: member.person.displayName, email: member.person.email.rawValue,
                      roles: member.roles.sorted().map(\.displayName), school: member.membership.schoolID.flatMap { schools[$0] },
                      status: member.isActive ? .active : .deactivated)
        }
        // Invitations not accepted yet, on the first page: the name the admin typed, never the one an account carries elsewhere.
        let pending = pageNumber > 1 ? [] : try app.store.invitations.pending(in: organization, at: app.clock()).filter { invitation, email in
            search.isEmpty || invitation.displayName.localizedCaseInsensitiveContains(search)
                || email.rawValue.localizedCaseInsensitiveContains(search)
        }
        let invitations = pending.map { invitation, email in
            MemberRow(id: nil, name: invitation.displayName, email: email.rawValue,
                      roles: invitation.roles.sorted().map(\.displayName), school: invitation.schoolID.flatMap { schools[$0] },
                      status: .invited, withdrawURL: AdminEndpoints.withdrawInvitation.path(invitation.id))
        }
        return app.render(MembersPage(context: page(context), members: members,
                                      invitations: invitations.sorted { ($0.name.lowercased(), $0.email) < ($1.name.lowercased(), $1.email) },
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
        var email: EmailAddress?
        do { email = try EmailAddress(entered.email) } catch { errors.add(error.message, for: "email") }
        var name = ""
        switch PersonName.check(entered.displayName) {
        case .success(let checked): name = checked
        case .failure(let problem): errors.add(problem.message, for: "display_name")
        }
        let roles = parseRoles(entered.roles, into: &errors)
        let school = try parseSchool(entered.school, in: context, into: &errors)
        if errors.isEmpty, let email {
            do {
                try Invitations(installation: app.installation).invite(email: email, displayName: name, roles: roles, school: school,
                                                       to: context.organization, by: .init(context.member))
                // The same words whether or not the address has an account: nobody learns who uses Cairn elsewhere.
                return app.redirect(to: AdminEndpoints.members.path(), .success,
                                    "Invitation sent to \(email.rawValue). They join when they accept it.")
            } catch let error as MemberAdministrationError {
                errors.add(error.message, for: "email")
            }
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
        let report = try RosterImporter(app: app).run(roster, by: context.member)
        return app.render(RosterImportReportPage(context: page(context), report: report))
    }

    // MARK: One member

    func edit(_ context: SignedIn, _ id: Membership.ID) throws -> Response {
        let member = try target(context, id)
        return app.render(EditMemberPage(context: page(context), member: try detail(of: member, in: context)))
    }

    func updateRoles(_ context: SignedIn, _ id: Membership.ID) throws -> Response {
        let member = try target(context, id)
        let chosen = Set(context.request.form.values("roles"))
        var errors = FormErrors()
        let roles = parseRoles(chosen, into: &errors)
        if errors.isEmpty {
            do {
                // The rule is checked inside the transaction that saves the change.
                try app.store.members.changeMembership(member.id, in: context.organization.id) { membership, admins in
                    try MemberAdministration.checkRoleChange(of: membership, to: roles, by: context.member.membership,
                                                             activeAdmins: admins)
                    try membership.assign(roles)
                }
                return app.redirect(to: AdminEndpoints.editMember.path(member.id), .success,
                                    "\(member.person.displayName)'s roles are saved.")
            } catch let error as MemberAdministrationError {
                errors.add(error.message, for: "roles")
            }
        }
        return app.render(EditMemberPage(context: page(context), member: try detail(of: member, in: context),
                                         selectedRoles: chosen, errors: errors), status: .unprocessableContent)
    }

    /// Withdraws an invitation nobody answered yet; another organization's is not found.
    func withdrawInvitation(_ context: SignedIn, _ id: Invitation.ID) throws -> Response {
        do {
            try Invitations(installation: app.installation).withdraw(id, in: context.organization.id)
        } catch MemberAdministrationError.notInOrganization {
            throw WebError.notFound
        }
        return app.redirect(to: AdminEndpoints.members.path(), .success, "The invitation was withdrawn: its link no longer works.")
    }

    func deactivate(_ context: SignedIn, _ id: Membership.ID) throws -> Response {
        let member = try target(context, id)
        do {
            try app.store.members.changeMembership(member.id, in: context.organization.id) { membership, admins in
                try MemberAdministration.checkDeactivation(of: membership, by: context.member.membership, activeAdmins: admins)
                try membership.deactivate()
            }
        } catch let error as MemberAdministrationError {
            return app.redirect(to: AdminEndpoints.editMember.path(member.id), .error, error.message)
        }
        return app.redirect(to: AdminEndpoints.editMember.path(member.id), .success,
                            "\(member.person.displayName) is deactivated and can no longer sign in to \(context.organization.name).")
    }

    func reactivate(_ context: SignedIn, _ id: Membership.ID) throws -> Response {
        let member = try target(context, id)
        guard !member.isActive else {
            return app.redirect(to: AdminEndpoints.editMember.path(member.id), .error, MemberAdministrationError.alreadyActive.message)
        }
        try app.store.members.reactivate(member.id, in: context.organization.id)
        return app.redirect(to: AdminEndpoints.editMember.path(member.id), .success, "\(member.person.displayName) is active again.")
    }

    // MARK: Helpers

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }

    /// The member with this membership in the admin's organization; 404 for anyone else's.
    private func target(_ context: SignedIn, _ id: Membership.ID) throws -> Member {
        guard let member = try app.store.members.fetchMember(id, in: context.organization.id)
        else { throw WebError.notFound }
        return member
    }

    private func detail(of member: Member, in context: SignedIn) throws -> MemberDetail {
        let school = try member.membership.schoolID.flatMap { try app.store.organizations.fetchSchool($0, in: context.organization.id) }
        return MemberDetail(id: member.id, name: member.person.displayName, email: member.person.email.rawValue,
                            school: school?.name, status: member.isActive ? .active : .deactivated,
                            roles: Set(member.roles))
    }

    private func schoolChoices(_ context: SignedIn) throws -> [Choice] {
        try app.store.organizations.schools(of: context.organization.id).map { Choice(value: $0.id.rawValue, label: $0.name) }
    }

    /// The roles ticked on a form; unknown values and an empty choice are errors on `roles`.
    private func parseRoles(_ values: Set<String>, into errors: inout FormErrors) -> Set<Role> {
        let roles = Set(values.compactMap(Role.init(rawValue:)))
        if roles.count != values.count {
            errors.add("Choose roles from the list.", for: "roles")
        } else if roles.isEmpty {
            errors.add("Choose at least one role.", for: "roles")
        }
        return roles
    }

    /// The school chosen on a form: empty means none; anything else must be one of this organization's.
    private func parseSchool(_ value: String, in context: SignedIn, into errors: inout FormErrors) throws -> School.ID? {
        guard !value.isEmpty else { return nil }
        guard let id = School.ID(value), try app.store.organizations.fetchSchool(id, in: context.organization.id) != nil else {
            errors.add("Choose a school from the list.", for: "school")
            return nil
        }
        return id
    }
}
