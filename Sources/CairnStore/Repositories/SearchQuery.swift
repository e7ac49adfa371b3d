/// A catalog visitor's search text, understood the way PostgreSQL's `websearch_to_tsquery` does:
/// words must all appear, `"quoted words"` together, `or` between alternatives, `-word` excluded.
struct SearchQuery: Equatable {
    struct Term: Equatable {
        var words: [String]
        var excluded: Bool
        /// Joined to the term before by OR rather than AND.
        var or: Bool
    }

    var terms: [Term]

    /// nil when the text holds no word to look for (blank, punctuation, or only exclusions).
    init?(_ text: String) {
        var terms: [Term] = [], pendingOr = false
        var chars = Substring(text)
        while let first = chars.first {
            if first.isWhitespace { chars = chars.dropFirst(); continue }
            var excluded = false
            if first == "-" { excluded = true; chars = chars.dropFirst() }
            var raw: Substring
            if chars.first == "\"" {
                chars = chars.dropFirst()
                let end = chars.firstIndex(of: "\"") ?? chars.endIndex
                raw = chars[..<end]
                chars = end < chars.endIndex ? chars[chars.index(after: end)...] : chars[end...]
            } else {
                let end = chars.firstIndex(where: \.isWhitespace) ?? chars.endIndex
                raw = chars[..<end]
                chars = chars[end...]
                if !excluded, raw.lowercased() == "or", !terms.isEmpty { pendingOr = true; continue }
            }
            let words = raw.split { !($0.isLetter || $0.isNumber) }.map { String($0).lowercased() }
            guard !words.isEmpty else { continue }
            terms.append(Term(words: words, excluded: excluded, or: pendingOr && !excluded))
            pendingOr = false
        }
        guard terms.contains(where: { !$0.excluded }) else { return nil }
        self.terms = terms
    }

    /// The FTS5 query: each term a quoted phrase, so no user text is read as FTS5 syntax.
    var fts5: String {
        func phrase(_ term: Term) -> String { "\"" + term.words.joined(separator: " ") + "\"" }
        var positive = ""
        for term in terms where !term.excluded {
            positive += positive.isEmpty ? phrase(term) : (term.or ? " OR " : " AND ") + phrase(term)
        }
        return terms.filter(\.excluded).reduce("(" + positive + ")") { $0 + " NOT " + phrase($1) }
    }
}
