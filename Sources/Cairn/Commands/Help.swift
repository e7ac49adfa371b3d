/// Renders `--help` text in fixed sections: OVERVIEW, USAGE, OPTIONS.
enum Help {
    static func text(for configuration: CommandConfiguration) -> String {
        var lines = ["OVERVIEW: \(configuration.abstract)"]
        if !configuration.discussion.isEmpty { lines += ["", configuration.discussion] }
        lines += ["", "USAGE: \(usage(for: configuration))"]
        let options = configuration.options + [.flag("--help", help: "Show help information.")]
        lines += ["", "OPTIONS:"]
        let rendered = options.map { option -> (String, String) in
            var left = option.name
            switch option.kind {
            case .flag: break
            case .value(let placeholder): left += " <\(placeholder)>"
            case .repeated(let placeholder): left += " <\(placeholder)> ..."
            }
            var help = option.help
            if let environment = option.environment { help += " (env: \(environment))" }
            return (left, help)
        }
        let width = (rendered.map(\.0.count).max() ?? 0) + 2
        for (left, help) in rendered {
            lines.append("  " + left.padding(toLength: width, withPad: " ", startingAt: 0) + help)
        }
        return lines.joined(separator: "\n")
    }

    /// The one-line usage of a command.
    static func usage(for configuration: CommandConfiguration) -> String {
        var parts = ["cairn", configuration.name]
        for option in configuration.options {
            switch option.kind {
            case .flag: parts.append("[\(option.name)]")
            case .value(let placeholder): parts.append("[\(option.name) <\(placeholder)>]")
            case .repeated(let placeholder): parts.append("[\(option.name) <\(placeholder)> ...]")
            }
        }
        if let positional = configuration.positional { parts.append("<\(positional)> ...") }
        return parts.joined(separator: " ")
    }
}
