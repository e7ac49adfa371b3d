import CairnCore
import Foundation

extension EditorForm {
    /// Reads the basics section (`EditorBasicsSection`) into the design.
    ///
    /// The title is required; numbers are checked against their ranges (hours 0–500, credit hours
    /// 0–100, validity 1–120 months or empty); each link needs a title and an http(s) address.
    /// The image and its alt text have their own form (`EditorRoutes+Image.swift`).
    mutating func readBasics(into design: inout Design) {
        guard action.verb == "save" else { return refuse("That button does not belong to the basics.") }
        let title = text("title", limit: Limit.title, or: design.title)
        if title.isEmpty { errors.add("Enter a title.", for: "title") }
        design.title = title
        design.summary = text("summary", limit: Limit.shortText, or: design.summary)
        design.competency = text("competency", limit: Limit.prompt, or: design.competency)
        design.keyMethod = text("key_method", limit: Limit.prompt, or: design.keyMethod)
        design.methodComponents = lines("method_components", or: design.methodComponents)
        design.research = text("research", limit: Limit.markdown, or: design.research)
        design.resources = text("resources", limit: Limit.markdown, or: design.resources)
        design.links = links(or: design.links)
        design.subjects = subjects(or: design.subjects)
        if fields["grade_bands"] != nil || fields["title"] != nil {
            design.gradeBands = choices("grade_bands", from: GradeBand.allCases.map(\.rawValue),
                                        message: "Choose grade bands from the list.").compactMap(GradeBand.init(rawValue:))
        }
        design.estimatedHours = decimal("estimated_hours", in: 0...500, or: design.estimatedHours, what: "the hours of work")
        design.creditHours = decimal("credit_hours", in: 0...100, or: design.creditHours, what: "the credit hours")
        design.validityMonths = optionalInteger("validity_months", in: 1...120, or: design.validityMonths, what: "the months")
        outcome = "Basics saved."
    }

    /// Method components: one per non-empty line.
    private mutating func lines(_ name: String, or stored: [String]) -> [String] {
        guard let value = raw(name) else { return stored }
        let items = value.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if items.count > Limit.listItems {
            errors.add("Use at most \(Limit.listItems) lines.", for: name)
        } else if let long = items.first(where: { $0.count > Limit.shortText }) {
            errors.add("Use at most \(Limit.shortText) characters a line (“\(long.prefix(30))…” is longer).", for: name)
        }
        return items
    }

    /// Subjects: comma-separated, each once (ignoring case), at most 60 characters.
    private mutating func subjects(or stored: [String]) -> [String] {
        guard let value = raw("subjects") else { return stored }
        var subjects: [String] = []
        for item in value.split(separator: ",") {
            let subject = item.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !subject.isEmpty, !subjects.contains(where: { $0.lowercased() == subject.lowercased() }) else { continue }
            subjects.append(subject)
        }
        if subjects.count > 20 {
            errors.add("Use at most 20 subjects.", for: "subjects")
        } else if subjects.contains(where: { $0.count > 60 }) {
            errors.add("Keep each subject to 60 characters.", for: "subjects")
        }
        return subjects
    }

    /// The link rows `link_<n>_title` / `link_<n>`, in order; a row with both boxes empty is dropped.
    private mutating func links(or stored: [ResourceLink]) -> [ResourceLink] {
        let numbers = Set(fields.fields.compactMap { Self.linkNumber($0.name) })
        guard let last = numbers.max() else { return stored }
        guard last <= Limit.listItems else {
            errors.add("Use at most \(Limit.listItems) links.", for: "link_1")
            return stored
        }
        var links: [ResourceLink] = []
        for n in 1...last {
            let titleField = "link_\(n)_title", urlField = "link_\(n)"
            let title = text(titleField, limit: Limit.title, or: "")
            let url = text(urlField, limit: Limit.url, or: "")
            if title.isEmpty && url.isEmpty { continue }
            if url.isEmpty {
                errors.add("Enter the link's web address, or clear its title to remove it.", for: urlField)
            } else if !Self.isWebAddress(url) {
                errors.add("Enter a web address starting with https:// or http://.", for: urlField)
            }
            if title.isEmpty { errors.add("Give the link a title, such as the page's name.", for: titleField) }
            links.append(ResourceLink(title: title, url: url))
        }
        return links
    }

    /// `link_3` or `link_3_title` → 3.
    static func linkNumber(_ name: String) -> Int? {
        guard name.hasPrefix("link_") else { return nil }
        var rest = name.dropFirst(5)
        if rest.hasSuffix("_title") { rest = rest.dropLast(6) }
        return parseInteger(String(rest)).flatMap { $0 >= 1 ? $0 : nil }
    }

    /// An absolute http(s) URL with a host and no spaces.
    static func isWebAddress(_ text: String) -> Bool {
        guard ResourceLink(title: "", url: text).isWebURL, let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty else { return false }
        return true
    }
}
