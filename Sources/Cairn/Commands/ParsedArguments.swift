/// The options given to one command, checked against its `CommandConfiguration`.
struct ParsedArguments {
    private(set) var flags: Set<String> = []
    private(set) var values: [String: [String]] = [:]
    /// The arguments that are not options, in order (only for a command that declares them).
    private(set) var positionals: [String] = []

    /// Parses `--name value`, `--name=value` and `--flag`; anything else is a usage error.
    init(_ arguments: [String], for configuration: CommandConfiguration) throws(UsageError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("--") else {
                guard configuration.positional != nil else { throw UsageError("Unexpected argument '\(argument)'") }
                positionals.append(argument)
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let spec = configuration.options.first(where: { $0.name == name }) else {
                throw UsageError("Unknown option '\(name)'")
            }
            switch spec.kind {
            case .flag:
                guard inlineValue == nil else { throw UsageError("Option '\(name)' takes no value") }
                flags.insert(name)
            case .value, .repeated:
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                        throw UsageError("Option '\(name)' needs a value")
                    }
                    value = arguments[index]
                    index += 1
                }
                if case .value = spec.kind, values[name] != nil {
                    throw UsageError("Option '\(name)' was given twice")
                }
                values[name, default: []].append(value)
            }
        }
    }

    /// Whether a flag was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The value of an option, if given.
    func value(_ name: String) -> String? { values[name]?.last }

    /// Every value of a repeated option, in order.
    func all(_ name: String) -> [String] { values[name] ?? [] }

    /// The value of an option that must be given.
    func require(_ name: String) throws(UsageError) -> String {
        guard let value = value(name), !value.isEmpty else { throw UsageError("Missing option '\(name)'") }
        return value
    }
}
