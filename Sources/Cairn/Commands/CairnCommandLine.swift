import CairnCore
import Foundation

/// The `cairn` command line: one subcommand per job, `--help` on each.
enum CairnCommandLine {
    /// Every subcommand, in the order `--help` lists them.
    static var commands: [any Command.Type] {
        [ServeCommand.self, MigrateCommand.self, DemoCommand.self, VerifyCommand.self, AwardCommand.self,
         UserCreateCommand.self, UserResetPasswordCommand.self, UserOperatorCommand.self, OrganizationCreateCommand.self,
         KeysShowCommand.self, KeysRotateCommand.self, KeysExportCommand.self]
    }

    /// The text `cairn --help` prints.
    static func overview() -> String {
        var lines = [
            "OVERVIEW: Cairn, microcredentials for educators: design, earn, review, issue.",
            "",
            "USAGE: cairn <command> [options]",
            "",
            "COMMANDS:",
        ]
        let width = (commands.map { $0.configuration.name.count }.max() ?? 0) + 2
        for command in commands {
            let name = command.configuration.name
            lines.append("  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + command.configuration.abstract)
        }
        lines += ["", "See 'cairn <command> --help' for the options of a command."]
        return lines.joined(separator: "\n")
    }

    /// Runs the subcommand named in `arguments`; returns the exit code.
    static func run(_ arguments: [String]) -> Int32 {
        guard let first = arguments.first, first != "--help", first != "-h", first != "help" else {
            print(overview())
            return arguments.isEmpty ? 64 : 0
        }
        // Two-word commands ("user create") are matched before one-word ones.
        let twoWords = arguments.count > 1 ? "\(arguments[0]) \(arguments[1])" : nil
        let match = commands.first { $0.configuration.name == twoWords } ?? commands.first { $0.configuration.name == first }
        guard let command = match else {
            FileHandle.standardError.write(Data("Error: Unknown command '\(first)'\n\n\(overview())\n".utf8))
            return 64
        }
        let rest = Array(arguments.dropFirst(command.configuration.name.split(separator: " ").count))
        if rest.contains("--help") || rest.contains("-h") {
            print(Help.text(for: command.configuration))
            return 0
        }
        do {
            let parsed = try ParsedArguments(rest, for: command.configuration)
            return try command.init(arguments: parsed).run()
        } catch let error as UsageError {
            FileHandle.standardError.write(Data("Error: \(error.message)\nUsage: \(Help.usage(for: command.configuration))\n".utf8))
            return 64
        } catch let error as any DomainError {
            FileHandle.standardError.write(Data("Error: \(error.message)\n".utf8))
            return 1
        } catch {
            FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
            return 1
        }
    }
}
