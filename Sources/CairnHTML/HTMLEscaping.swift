/// The two escapes of HTML: text between tags, and attribute values in double quotes.
enum HTMLEscaping {
    /// Escapes `&`, `<` and `>` so text can never open a tag or an entity.
    static func appendText(_ text: String, to output: inout String) {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) else {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` so a value can never leave its double-quoted attribute.
    static func appendAttributeValue(_ value: String, to output: inout String) {
        // Most values (classes, ids, paths, tokens) hold none of them: appended whole.
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                                              || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) else {
            output += value
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }
}
