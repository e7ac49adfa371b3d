import CairnCore
import CairnHTTP
import Foundation

/// One post of an editor section, read into a design: every field parsed and checked, every
/// problem recorded against the field's name, the button's action applied last.
///
/// The section readers (`EditorForm+Basics.swift` …) change a copy of the design only; the routes
/// save it when `errors` stays empty. Input the design can hold but the checker dislikes (an empty
/// objective, a criterion without descriptors) is accepted: the checklist reports it. Input the
/// design cannot hold (a number that does not parse, an unknown id) is refused.
struct EditorForm {
    let fields: FormData
    var errors = FormErrors()
    /// The short message of the success flash ("Objective added."), set by the section reader.
    var outcome = ""

    init(_ fields: FormData) { self.fields = fields }

    /// Limits on what a designer may type; the checker judges quality, these only keep sizes sane.
    enum Limit {
        static let title = 200
        static let shortText = 1_000
        static let prompt = 5_000
        static let markdown = 50_000
        static let url = 2_000
        static let listItems = 50
    }

    /// The button pressed: `save` (also Enter, or no button), `add`, `add-part`, `add:<part>`,
    /// `up:<id>`, `down:<id>`, `remove:<id>`, `part-up:<part>`, `part-down:<part>`, `part-remove:<part>`.
    struct Action: Equatable {
        /// The verb before the colon: "save", "add", "up", "part-remove" …
        let verb: String
        /// The id after the colon, when there is one.
        let target: String?

        init(_ raw: String?) {
            let raw = (raw ?? "").trimmingCharacters(in: .whitespaces)
            if raw.isEmpty {
                (verb, target) = ("save", nil)
            } else if let colon = raw.firstIndex(of: ":") {
                (verb, target) = (String(raw[..<colon]), String(raw[raw.index(after: colon)...]))
            } else {
                (verb, target) = (raw, nil)
            }
        }

        /// The move of `up`/`down` (after an optional prefix such as `part-`).
        func move(prefix: String = "") -> ListMove? {
            guard verb.hasPrefix(prefix) else { return nil }
            return ListMove(rawValue: String(verb.dropFirst(prefix.count)))
        }
    }

    var action: Action { Action(fields["action"]) }

    /// What was posted, by name (the first value of each), to show again when the post is refused.
    var typed: [String: String] {
        var typed: [String: String] = [:]
        for (name, value) in fields.fields where name != "_csrf" && name != "action" && typed[name] == nil {
            typed[name] = value
        }
        return typed
    }

    /// Records a problem with the whole post (an unknown button, an item no longer in the design).
    mutating func refuse(_ message: String) {
        if errors.formMessage == nil { errors.formMessage = message }
    }

    /// Refuses an action on an item that is not (or no longer) in the design.
    mutating func refuseStale() {
        refuse("That item is no longer in the design (it may have been removed in another window). Nothing was saved: check the page and try again.")
    }

    /// Refuses fields about items the design does not have: names `<prefix>_<id>…` whose id is not in `known`.
    mutating func refuseUnknownIDs(prefix: String, known: Set<String>) {
        for name in fields.fields.map(\.name) where name.hasPrefix(prefix + "_") {
            let id = name.dropFirst(prefix.count + 1).split(separator: "_", maxSplits: 1).first.map(String.init) ?? ""
            if !known.contains(id) { refuseStale(); return }
        }
    }

    // MARK: Text

    /// A field's text with line endings made `\n` and outer whitespace trimmed; nil when not posted.
    func raw(_ name: String) -> String? {
        fields[name].map { $0.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// A text field, at most `limit` characters; `stored` when the field was not posted.
    mutating func text(_ name: String, limit: Int, or stored: String) -> String {
        guard let value = raw(name) else { return stored }
        if value.count > limit {
            errors.add("Use at most \(Wording.count(limit, "character")) (now \(value.count)).", for: name)
        }
        return value
    }

    // MARK: Numbers

    /// A decimal number in `range`; empty counts as 0. `stored` when the field was not posted.
    mutating func decimal(_ name: String, in range: ClosedRange<Double>, or stored: Double, what: String) -> Double {
        guard let value = raw(name) else { return stored }
        if value.isEmpty { return 0 }
        guard let number = Self.parseDecimal(value), range.contains(number) else {
            errors.add("Enter \(what) from \(Wording.number(range.lowerBound)) to \(Wording.number(range.upperBound)), such as 10 or 7.5.",
                       for: name)
            return stored
        }
        return number
    }

    /// A whole number in `range`; empty is nil (no limit). `stored` when the field was not posted.
    mutating func optionalInteger(_ name: String, in range: ClosedRange<Int>, or stored: Int?, what: String) -> Int? {
        guard let value = raw(name) else { return stored }
        if value.isEmpty { return nil }
        guard let number = Self.parseInteger(value), range.contains(number) else {
            errors.add("Enter \(what) as a whole number from \(range.lowerBound) to \(range.upperBound), or leave it empty.", for: name)
            return stored
        }
        return number
    }

    /// A whole number in `range`, required. `stored` when the field was not posted.
    mutating func integer(_ name: String, in range: ClosedRange<Int>, or stored: Int, what: String) -> Int {
        guard let value = raw(name) else { return stored }
        guard let number = Self.parseInteger(value), range.contains(number) else {
            errors.add("Enter \(what) as a whole number from \(range.lowerBound) to \(range.upperBound).", for: name)
            return stored
        }
        return number
    }

    /// Plain decimal notation only: digits with at most one point ("7.5", ".5"); no signs, exponents, "nan".
    static func parseDecimal(_ text: String) -> Double? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ $0.utf8.allSatisfy { (48...57).contains($0) } }),
              parts.contains(where: { !$0.isEmpty }), text.utf8.count <= 12 else { return nil }
        return Double(text)
    }

    /// Plain digits only ("12"); no signs or spaces.
    static func parseInteger(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 9, text.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return Int(text)
    }

    // MARK: Choices

    /// The ticked values of a checkbox group, each one of `known` (in the order of `known`);
    /// an unknown value is an error on the group.
    mutating func choices(_ name: String, from known: [String], message: String) -> [String] {
        let values = Set(fields.values(name))
        guard values.isSubset(of: Set(known)) else {
            errors.add(message, for: name)
            return []
        }
        return known.filter(values.contains)
    }
}
