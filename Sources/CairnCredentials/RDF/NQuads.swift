/// The N-Quads text form of RDF datasets (W3C RDF 1.1 N-Quads), written in the canonical form
/// RDFC-1.0 hashes and signs: one quad per line, single spaces, `\n` line ends.
public enum NQuads {
    /// A line of N-Quads that could not be read.
    public struct SyntaxError: Error, Equatable, CustomStringConvertible {
        public let line: Int
        public let reason: String
        public var description: String { "N-Quads line \(line): \(reason)" }
    }

    /// The canonical N-Quads line of one quad, with its trailing newline.
    public static func line(_ quad: RDFQuad) -> String {
        var out = ""
        write(quad.subject, to: &out)
        out += " "
        write(quad.predicate, to: &out)
        out += " "
        write(quad.object, to: &out)
        if let graph = quad.graph {
            out += " "
            write(graph, to: &out)
        }
        out += " .\n"
        return out
    }

    /// The dataset as N-Quads, lines in the order given.
    public static func serialize(_ quads: [RDFQuad]) -> String {
        quads.map(line).joined()
    }

    /// Appends one term in N-Quads syntax to UTF-8 bytes (what RDFC-1.0 sorts and hashes).
    static func append(_ term: RDFTerm, to out: inout [UInt8]) {
        switch term {
        case .iri(let iri) where allBytes(of: iri, satisfy: isPlainIRIByte):
            out.append(UInt8(ascii: "<"))
            out.append(contentsOf: iri.utf8)
            out.append(UInt8(ascii: ">"))
        case .literal(let literal) where allBytes(of: literal.lexical, satisfy: isPlainStringByte):
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: literal.lexical.utf8)
            out.append(UInt8(ascii: "\""))
            if let language = literal.language {
                out.append(UInt8(ascii: "@"))
                out.append(contentsOf: language.utf8)
            } else if literal.datatype != RDFTerm.xsdString {
                out.append(contentsOf: "^^<".utf8)
                out.append(contentsOf: literal.datatype.utf8)
                out.append(UInt8(ascii: ">"))
            }
        default:
            out.append(contentsOf: NQuads.term(term).utf8)
        }
    }

    /// One term in N-Quads syntax.
    public static func term(_ term: RDFTerm) -> String {
        var out = ""
        write(term, to: &out)
        return out
    }

    static func write(_ term: RDFTerm, to out: inout String) {
        switch term {
        case .iri(let iri):
            out += "<"
            if allBytes(of: iri, satisfy: isPlainIRIByte) {
                out += iri
            } else {
                for scalar in iri.unicodeScalars { escapeIRI(scalar, to: &out) }
            }
            out += ">"
        case .blank(let label):
            out += "_:" + label
        case .literal(let literal):
            out += "\""
            if allBytes(of: literal.lexical, satisfy: isPlainStringByte) {
                out += literal.lexical
            } else {
                for scalar in literal.lexical.unicodeScalars { escapeString(scalar, to: &out) }
            }
            out += "\""
            if let language = literal.language {
                out += "@" + language
            } else if literal.datatype != RDFTerm.xsdString {
                out += "^^<" + literal.datatype + ">"
            }
        }
    }

    /// True when every UTF-8 byte of `text` passes `test` (a loop over its contiguous storage).
    @inline(__always)
    static func allBytes(of text: String, satisfy test: (UInt8) -> Bool) -> Bool {
        if let result = text.utf8.withContiguousStorageIfAvailable({ bytes in
            for byte in bytes where !test(byte) { return false }
            return true
        }) {
            return result
        }
        return text.utf8.allSatisfy(test)
    }

    /// A byte of a literal's UTF-8 that is written as it is (the common case, checked first).
    static func isPlainStringByte(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte != 0x7F && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "\"")
    }

    /// A byte of an IRI's UTF-8 that is written as it is.
    ///
    /// Not one of 0x00–0x20 and `<>"{}|^`\`: a bit test in two masks (bytes 0x00–0x3F, then 0x40–0x7F),
    /// where a `switch` became a jump through a table for every byte.
    @inline(__always)
    static func isPlainIRIByte(_ byte: UInt8) -> Bool {
        // The bytes 0x00–0x3F an IRI cannot hold as they are, one bit each: 0x00–0x20, `"`, `<`, `>`.
        let below0x40: UInt64 = (1 << 0x21 - 1) | 1 << 0x22 | 1 << 0x3C | 1 << 0x3E
        // The bytes 0x40–0x7F, one bit each from 0x40: `\`, `^`, `` ` ``, `{`, `|`, `}`.
        let from0x40: UInt64 = 1 << (0x5C - 0x40) | 1 << (0x5E - 0x40) | 1 << (0x60 - 0x40)
            | 1 << (0x7B - 0x40) | 1 << (0x7C - 0x40) | 1 << (0x7D - 0x40)
        let escaped = byte < 0x40 ? below0x40 : byte < 0x80 ? from0x40 : 0
        return (escaped >> UInt64(byte & 0x3F)) & 1 == 0
    }

    /// RDFC-1.0 canonical escaping of a string literal: only `\`, `"`, line feed, carriage
    /// return and the other control characters as `\uXXXX` (`\b \t \f` keep their short forms).
    static func escapeString(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F:
            out += "\\u" + hex(scalar.value, width: 4)
        default: out.unicodeScalars.append(scalar)
        }
    }

    static func escapeIRI(_ scalar: Unicode.Scalar, to out: inout String) {
        if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
            out += scalar.value > 0xFFFF ? "\\U" + hex(scalar.value, width: 8) : "\\u" + hex(scalar.value, width: 4)
        } else {
            out.unicodeScalars.append(scalar)
        }
    }

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Reads N-Quads text (comments and blank lines allowed) into quads, in document order.
    public static func parse(_ text: String) throws(SyntaxError) -> [RDFQuad] {
        var quads: [RDFQuad] = []
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            lineNumber += 1
            var reader = LineReader(scalars: Array(rawLine.unicodeScalars), line: lineNumber)
            reader.skipSpace()
            if reader.atEnd || reader.peek == "#" { continue }
            let subject = try reader.readTerm()
            reader.skipSpace()
            let predicate = try reader.readTerm()
            reader.skipSpace()
            let object = try reader.readTerm()
            reader.skipSpace()
            var graph: RDFTerm?
            if let c = reader.peek, c == "<" || c == "_" {
                graph = try reader.readTerm()
                reader.skipSpace()
            }
            guard reader.peek == "." else { throw reader.error("expected “.” at the end of the statement") }
            reader.index += 1
            reader.skipSpace()
            guard reader.atEnd || reader.peek == "#" else { throw reader.error("unexpected text after “.”") }
            guard !(subject.isLiteral || predicate.isLiteral || predicate.isBlank || (graph?.isLiteral ?? false)) else {
                throw reader.error("a literal or blank node where an IRI is needed")
            }
            quads.append(RDFQuad(subject, predicate, object, graph: graph))
        }
        return quads
    }
}

extension RDFTerm {
    var isLiteral: Bool {
        if case .literal = self { return true }
        return false
    }
}

/// A cursor over one line of N-Quads.
private struct LineReader {
    let scalars: [Unicode.Scalar]
    let line: Int
    var index = 0

    var atEnd: Bool { index >= scalars.count }
    var peek: Unicode.Scalar? { atEnd ? nil : scalars[index] }

    func error(_ reason: String) -> NQuads.SyntaxError { NQuads.SyntaxError(line: line, reason: reason) }

    mutating func skipSpace() {
        while let c = peek, c == " " || c == "\t" { index += 1 }
    }

    mutating func readTerm() throws(NQuads.SyntaxError) -> RDFTerm {
        switch peek {
        case "<": return .iri(try readIRI())
        case "_":
            index += 1
            guard peek == ":" else { throw error("expected “_:” for a blank node") }
            index += 1
            let start = index
            while let c = peek, c != " ", c != "\t", !(c == "." && isEndDot()) { index += 1 }
            guard index > start else { throw error("a blank node without a label") }
            return .blank(String(String.UnicodeScalarView(scalars[start..<index])))
        case "\"":
            index += 1
            var lexical = String.UnicodeScalarView()
            while true {
                guard let c = peek else { throw error("a literal without its closing quote") }
                index += 1
                if c == "\"" { break }
                if c == "\\" { lexical.append(try readEscape()) } else { lexical.append(c) }
            }
            let text = String(lexical)
            if peek == "@" {
                index += 1
                let start = index
                while let c = peek, c.properties.isAlphabetic || c == "-" || ("0"..."9").contains(c) { index += 1 }
                guard index > start else { throw error("an empty language tag") }
                return .literal(RDFLiteral(text, language: String(String.UnicodeScalarView(scalars[start..<index]))))
            }
            if peek == "^" {
                index += 1
                guard peek == "^" else { throw error("expected “^^” before a datatype") }
                index += 1
                return .literal(RDFLiteral(text, datatype: try readIRI()))
            }
            return .literal(RDFLiteral(text))
        default:
            throw error("expected an IRI, a blank node or a literal")
        }
    }

    /// A "." that ends the statement rather than belonging to a blank node label.
    func isEndDot() -> Bool {
        var i = index + 1
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        return i >= scalars.count || scalars[i] == "#"
    }

    mutating func readIRI() throws(NQuads.SyntaxError) -> String {
        guard peek == "<" else { throw error("expected “<” to open an IRI") }
        index += 1
        var iri = String.UnicodeScalarView()
        while true {
            guard let c = peek else { throw error("an IRI without its closing “>”") }
            index += 1
            if c == ">" { break }
            if c == "\\" { iri.append(try readEscape()) } else { iri.append(c) }
        }
        return String(iri)
    }

    mutating func readEscape() throws(NQuads.SyntaxError) -> Unicode.Scalar {
        guard let c = peek else { throw error("a lone backslash") }
        index += 1
        switch c {
        case "t": return "\t"
        case "b": return "\u{08}"
        case "n": return "\n"
        case "r": return "\r"
        case "f": return "\u{0C}"
        case "\"": return "\""
        case "'": return "'"
        case "\\": return "\\"
        case "u", "U":
            let width = c == "u" ? 4 : 8
            guard index + width <= scalars.count,
                  let value = UInt32(String(String.UnicodeScalarView(scalars[index..<index + width])), radix: 16),
                  let scalar = Unicode.Scalar(value) else { throw error("a bad \\\(c) escape") }
            index += width
            return scalar
        default: throw error("an unknown escape \\\(c)")
        }
    }
}
