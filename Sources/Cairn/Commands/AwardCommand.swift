import CairnApp
import CairnCore
import CairnWeb
import Foundation

/// `cairn award`: awards a microcredential directly to educators, by address or from a CSV, and prints what became of each row.
///
/// The award is recorded as made at the command line: by the installation's operator, who is no member
/// of the organization, so it names no admin (the credential and the educator's notice say the organization awarded it).
struct AwardCommand: Command {
    static let configuration = CommandConfiguration(
        name: "award", abstract: "Award a microcredential directly to educators, each with a signed credential.",
        discussion: """
            Give the educators' email addresses after the options, or a CSV file with --csv (a header row naming email and, \
            optionally, narrative). The latest published version is awarded. Each educator is awarded on their own: one who \
            cannot be (not an active member, already holding it, a repeated address) is reported and never stops the others. \
            The awards are recorded as made at the command line, by no admin. \
            Exit status: 0 when every row was awarded, 1 when some were not, 64 usage error.
            """,
        options: ConfigurationOptions.storage + ConfigurationOptions.issuing + [
            .value("--org", "slug", help: "The organization awarding it."),
            .value("--microcredential", "slug", help: "The microcredential to award."),
            .value("--narrative", "text", help: "Why they are awarded it, for every row without a narrative of its own (Markdown)."),
            .value("--csv", "file", help: "Read the educators from this CSV file instead of the arguments."),
        ],
        positional: "email")

    let settings: AppConfiguration
    let organization: String, microcredential: String
    let list: DirectAwardList

    init(arguments: ParsedArguments) throws(UsageError) {
        settings = try ConfigurationOptions.resolve(arguments, environment: ProcessInfo.processInfo.environment)
        organization = try arguments.require("--org")
        microcredential = try arguments.require("--microcredential")
        let narrative = arguments.value("--narrative")
        do {
            if let file = arguments.value("--csv") {
                guard arguments.positionals.isEmpty else { throw UsageError("Give email addresses or '--csv', not both") }
                guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                    throw UsageError("Cannot read '\(file)' as UTF-8 text")
                }
                list = try DirectAwardList(csv: text, narrative: narrative)
            } else {
                guard !arguments.positionals.isEmpty else { throw UsageError("Give the educators' email addresses, or '--csv FILE'") }
                list = try DirectAwardList(rows: arguments.positionals.enumerated().map { .init(line: $0 + 1, email: $1, narrative: nil) },
                                           narrative: narrative)
            }
        } catch let error as DirectAwardListError {
            throw UsageError(error.message)
        } catch let error as UsageError {
            throw error
        } catch {
            throw UsageError("\(error)")
        }
    }

    func run() throws -> Int32 {
        let installation = try Installation(configuration: settings)
        defer { installation.close() }
        _ = try installation.migrate()
        let notifications = Notifications(installation: installation, links: .endpoints) { event, error in
            FileHandle.standardError.write(Data("notification \(event) failed: \(error)\n".utf8))
        }
        let report = try BulkAwarding(installation: installation, notifications: notifications)
            .awardFromCommandLine(organization: organization, microcredential: microcredential, to: list) { line, error in
                FileHandle.standardError.write(Data("row \(line) failed: \(error)\n".utf8))
            }
        print(Self.text(of: report))
        return report.refused.isEmpty ? 0 : 1
    }

    /// The report as printed: one line per row, then the counts.
    static func text(of report: BulkAwarding.Report) -> String {
        var lines = ["Awarding “\(report.version.design.title)” (version \(report.version.number)):"]
        for row in report.rows {
            let email = row.email.isEmpty ? "(no email)" : row.email
            switch row.outcome {
            case .awarded(_, let url, let pathways):
                let also = pathways.isEmpty ? "" : " (also completed: \(pathways.joined(separator: ", ")))"
                lines.append("  line \(row.line)  \(email)  awarded  \(url)\(also)")
            case .refused(let problem):
                lines.append("  line \(row.line)  \(email)  not awarded: \(problem.message)")
            }
        }
        lines.append("\(report.awarded.count) awarded, \(report.refused.count) not awarded.")
        return lines.joined(separator: "\n")
    }
}
