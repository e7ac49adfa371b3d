/// A subcommand of `cairn`: a small declaration plus `run`.
protocol Command {
    /// Name, one-line abstract and the options the command accepts.
    static var configuration: CommandConfiguration { get }
    /// Builds the command from parsed arguments; throws `UsageError` for bad input.
    init(arguments: ParsedArguments) throws(UsageError)
    /// Runs the command; the returned value is the process exit code.
    func run() throws -> Int32
}

/// What `--help` prints and what the parser accepts for one command.
struct CommandConfiguration {
    let name: String
    let abstract: String
    var discussion: String = ""
    var options: [OptionSpec] = []
    /// The placeholder of the arguments that are not options (`file`), for a command that takes them; nil refuses them.
    var positional: String? = nil
}

/// One accepted option: a flag (`--dry-run`) or an option taking a value (`--port 8080`).
struct OptionSpec {
    enum Kind { case flag, value(placeholder: String), repeated(placeholder: String) }
    let name: String
    let kind: Kind
    let help: String
    var environment: String? = nil

    static func flag(_ name: String, help: String) -> OptionSpec {
        OptionSpec(name: name, kind: .flag, help: help)
    }
    static func value(_ name: String, _ placeholder: String, help: String, environment: String? = nil) -> OptionSpec {
        OptionSpec(name: name, kind: .value(placeholder: placeholder), help: help, environment: environment)
    }
    static func repeated(_ name: String, _ placeholder: String, help: String) -> OptionSpec {
        OptionSpec(name: name, kind: .repeated(placeholder: placeholder), help: help)
    }
}

/// A mistake in how the command was called: printed with the usage line, exit code 64.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
