import CairnApp
import Foundation

/// `cairn user create`: adds a person to an organization, typically its first admin.
struct UserCreateCommand: Command {
    static let configuration = CommandConfiguration(
        name: "user create", abstract: "Create a person with a password and add them to an organization.",
        discussion: """
            The password is read from standard input (one line), so it stays out of the shell history. \
            Someone who has a Cairn account already is mailed an invitation instead, and joins when they accept it.
            """,
        options: ConfigurationOptions.storage + [
            .value("--email", "address", help: "The person's email address, their sign-in name."),
            .value("--name", "text", help: "The person's display name."),
            .value("--organization", "slug", help: "The organization to add them to."),
            .repeated("--role", "role", help: "Give this role: admin, designer, assessor, coach or educator (repeatable; default admin)."),
        ])

    let settings: AppConfiguration
    let email: String, name: String, organization: String, roles: [String]

    init(arguments: ParsedArguments) throws(UsageError) {
        settings = try ConfigurationOptions.resolve(arguments, environment: ProcessInfo.processInfo.environment)
        email = try arguments.require("--email")
        name = try arguments.require("--name")
        organization = try arguments.require("--organization")
        roles = arguments.all("--role").isEmpty ? ["admin"] : arguments.all("--role")
    }

    func run() throws -> Int32 {
        let password = readLine(strippingNewline: true) ?? ""
        let installation = try Installation(configuration: settings)
        defer { installation.close() }
        _ = try installation.migrate()
        switch try installation.administration.createUser(
            email: email, displayName: name, organizationSlug: organization, roleNames: roles, password: password) {
        case .created:
            print("Created \(email) in '\(organization)' with roles \(roles.joined(separator: ", ")).")
        case .invited:
            print("\(email) has a Cairn account already: they were mailed an invitation to '\(organization)' and join when they accept it.")
        }
        return 0
    }
}

/// `cairn user operator`: makes a person an operator of the installation, or no longer one.
struct UserOperatorCommand: Command {
    static let configuration = CommandConfiguration(
        name: "user operator", abstract: "Make a person an operator of this installation (they see the development outbox).",
        options: ConfigurationOptions.storage + [
            .value("--email", "address", help: "The person's email address."),
            .flag("--revoke", help: "Make them no longer an operator."),
        ])

    let settings: AppConfiguration
    let email: String
    let revoke: Bool

    init(arguments: ParsedArguments) throws(UsageError) {
        settings = try ConfigurationOptions.resolve(arguments, environment: ProcessInfo.processInfo.environment)
        email = try arguments.require("--email")
        revoke = arguments.flag("--revoke")
    }

    func run() throws -> Int32 {
        let installation = try Installation(configuration: settings)
        defer { installation.close() }
        _ = try installation.migrate()
        try installation.administration.setOperator(email: email, !revoke)
        print(revoke ? "\(email) is no longer an operator." : "\(email) is an operator of this installation.")
        return 0
    }
}

/// `cairn user reset-password`: prints a one-time link to choose a new password.
struct UserResetPasswordCommand: Command {
    static let configuration = CommandConfiguration(
        name: "user reset-password", abstract: "Print a one-time link with which a person chooses a new password.",
        options: ConfigurationOptions.storage + [
            .value("--email", "address", help: "The person's email address."),
            .value("--public-url", "url", help: "Build the link on this URL.", environment: "CAIRN_PUBLIC_URL"),
        ])

    let settings: AppConfiguration
    let email: String

    init(arguments: ParsedArguments) throws(UsageError) {
        settings = try ConfigurationOptions.resolve(arguments, environment: ProcessInfo.processInfo.environment)
        email = try arguments.require("--email")
    }

    func run() throws -> Int32 {
        let installation = try Installation(configuration: settings)
        defer { installation.close() }
        _ = try installation.migrate()
        let link = try installation.administration.passwordResetLink(email: email)
        print("Send this link to \(email); it works once, within one hour:")
        print(link)
        return 0
    }
}

/// `cairn organization create`: adds an organization (a district or school) to this installation.
struct OrganizationCreateCommand: Command {
    static let configuration = CommandConfiguration(
        name: "organization create", abstract: "Create an organization, such as a school district.",
        options: ConfigurationOptions.storage + [
            .value("--name", "text", help: "The organization's name."),
            .value("--slug", "text", help: "Its short name in URLs (lowercase letters, digits and dashes)."),
        ])

    let settings: AppConfiguration
    let name: String, slug: String

    init(arguments: ParsedArguments) throws(UsageError) {
        settings = try ConfigurationOptions.resolve(arguments, environment: ProcessInfo.processInfo.environment)
        name = try arguments.require("--name")
        slug = try arguments.require("--slug")
    }

    func run() throws -> Int32 {
        let installation = try Installation(configuration: settings)
        defer { installation.close() }
        _ = try installation.migrate()
        try installation.administration.createOrganization(name: name, slug: slug)
        print("Created the organization '\(name)' (\(slug)).")
        return 0
    }
}
