extension ContextProcessor {
    /// The Create Term Definition algorithm (JSON-LD 1.1 API §4.2.2).
    func defineTerm(_ term: String, from local: [String: JSON], in active: inout ActiveContext, defined: inout [String: Bool],
                    baseURL: String?, isProtected: Bool = false, overrideProtected: Bool = false,
                    remoteContexts: [String]) throws(JSONLDError) {
        if let done = defined[term] {
            if done { return }
            throw JSONLDError(.cyclicIRIMapping, "the term \(term) is defined through itself")
        }
        guard !term.isEmpty else { throw JSONLDError(.invalidTermDefinition, "a term cannot be the empty string") }
        defined[term] = false
        let value = local[term] ?? .null
        if term == "@type" {
            guard case .object(let members) = value, !members.isEmpty,
                  members.allSatisfy({ key, v in (key == "@container" && v == "@set") || (key == "@protected") }) else {
                throw JSONLDError(.keywordRedefinition, "@type may only be given @container @set and @protected")
            }
        } else if Keyword.isKeyword(term) {
            throw JSONLDError(.keywordRedefinition, "the keyword \(term) cannot be redefined")
        } else if Keyword.hasKeywordForm(term) {
            defined[term] = true
            return
        }
        let previous = active.terms.removeValue(forKey: term)
        var simpleTerm = false
        let map: [String: JSON]
        switch value {
        case .null: map = ["@id": .null]
        case .string(let s): map = ["@id": .string(s)]; simpleTerm = true
        case .object(let members): map = members
        default: throw JSONLDError(.invalidTermDefinition, "the definition of \(term) must be a string, an object or null")
        }
        if map["@prefix"] != nil && (term.hasByte(":") || term.hasByte("/")) {
            throw JSONLDError(.invalidTermDefinition, "the term \(term) cannot be a prefix")
        }
        var definition = TermDefinition()
        if let protected = map["@protected"] {
            guard case .bool(let flag) = protected else { throw JSONLDError(.invalidProtectedValue, "@protected of \(term) must be true or false") }
            definition.isProtected = flag
        } else {
            definition.isProtected = isProtected || local["@protected"] == .bool(true)
        }
        func expand(_ s: String, documentRelative: Bool = false) throws(JSONLDError) -> String? {
            try expandIRI(s, in: &active, documentRelative: documentRelative, vocab: true, local: local, defined: &defined,
                          baseURL: baseURL, remoteContexts: remoteContexts, overrideProtected: overrideProtected)
        }
        if let type = map["@type"] {
            guard case .string(let s) = type else { throw JSONLDError(.invalidTypeMapping, "@type of \(term) must be a string") }
            guard let expanded = try expand(s),
                  ["@id", "@json", "@none", "@vocab"].contains(expanded) || (IRI.isAbsolute(expanded) && !Keyword.isBlankNode(expanded)) else {
                throw JSONLDError(.invalidTypeMapping, "@type of \(term) must be @id, @json, @none, @vocab or an IRI")
            }
            definition.type = expanded
        }
        if let reverse = map["@reverse"] {
            if map["@id"] != nil || map["@nest"] != nil {
                throw JSONLDError(.invalidReverseProperty, "the reverse property \(term) cannot have @id or @nest")
            }
            guard case .string(let s) = reverse else { throw JSONLDError(.invalidIRIMapping, "@reverse of \(term) must be a string") }
            if Keyword.hasKeywordForm(s) {
                defined[term] = true
                return
            }
            guard let iri = try expand(s), IRI.isAbsolute(iri) || Keyword.isBlankNode(iri) else {
                throw JSONLDError(.invalidIRIMapping, "@reverse of \(term) does not expand to an IRI")
            }
            definition.iri = iri
            if let container = map["@container"] {
                guard container == .null || container == "@set" || container == "@index" else {
                    throw JSONLDError(.invalidReverseProperty, "a reverse property's container must be @set, @index or null")
                }
                if case .string(let c) = container { definition.container = [c] }
            }
            if let index = map["@index"] {
                guard definition.container.contains("@index"), case .string(let s) = index, !Keyword.isKeyword(s) else {
                    throw JSONLDError(.invalidTermDefinition, "@index of \(term) needs an @index container and must name a property")
                }
                definition.index = s
            }
            definition.isReverse = true
            try finish(term, definition, previous: previous, in: &active, defined: &defined, overrideProtected: overrideProtected, map: map)
            return
        }
        if let id = map["@id"], id != .string(term) {
            switch id {
            case .null:
                definition.iri = nil
            case .string(let s):
                if !Keyword.isKeyword(s) && Keyword.hasKeywordForm(s) {
                    defined[term] = true
                    return
                }
                guard let iri = try expand(s), Keyword.isKeyword(iri) || IRI.isAbsolute(iri) || Keyword.isBlankNode(iri) else {
                    throw JSONLDError(.invalidIRIMapping, "@id of \(term) does not expand to an IRI, a blank node or a keyword")
                }
                if iri == "@context" { throw JSONLDError(.invalidKeywordAlias, "@context cannot be aliased") }
                definition.iri = iri
                let inner = term.dropFirst().dropLast()
                if inner.hasByte(":") || term.hasByte("/") {
                    defined[term] = true
                    let own = try expand(term)
                    if own != iri {
                        throw JSONLDError(.invalidIRIMapping, "the term \(term) looks like an IRI but maps to another one, \(iri)")
                    }
                }
                if !term.hasByte(":") && !term.hasByte("/") && simpleTerm
                    && (Keyword.endsWithGenDelim(iri) || Keyword.isBlankNode(iri)) {
                    definition.isPrefix = true
                }
            default:
                throw JSONLDError(.invalidIRIMapping, "@id of \(term) must be a string or null")
            }
        } else if let colon = term.dropFirst().firstIndex(of: ":") {
            let prefix = String(term[..<colon])
            let suffix = term[term.index(after: colon)...]
            if local[prefix] != nil {
                try defineTerm(prefix, from: local, in: &active, defined: &defined, baseURL: baseURL, isProtected: isProtected,
                               overrideProtected: overrideProtected, remoteContexts: remoteContexts)
            }
            if let prefixIRI = active.terms[prefix]?.iri {
                definition.iri = prefixIRI + suffix
            } else {
                definition.iri = term
            }
        } else if term.hasByte("/") {
            guard let iri = try expand(term), IRI.isAbsolute(iri) else {
                throw JSONLDError(.invalidIRIMapping, "the term \(term) does not expand to an IRI")
            }
            definition.iri = iri
        } else if term == "@type" {
            definition.iri = "@type"
        } else {
            guard let vocab = active.vocab else {
                throw JSONLDError(.invalidIRIMapping, "the term \(term) has no IRI and there is no @vocab")
            }
            definition.iri = vocab + term
        }
        if let container = map["@container"] {
            let values: [JSON] = if case .array(let items) = container { items } else { [container] }
            var set: Set<String> = []
            for item in values {
                guard case .string(let s) = item else { throw JSONLDError(.invalidContainerMapping, "@container of \(term) must hold keywords") }
                set.insert(s)
            }
            guard Self.isValidContainer(set, isArray: container.arrayValue != nil) else {
                throw JSONLDError(.invalidContainerMapping, "@container \(container.serialized) of \(term) is not allowed")
            }
            definition.container = set
            if set.contains("@type") {
                if definition.type == nil { definition.type = "@id" }
                guard definition.type == "@id" || definition.type == "@vocab" else {
                    throw JSONLDError(.invalidTypeMapping, "a type map's @type must be @id or @vocab")
                }
            }
        }
        if let index = map["@index"] {
            guard definition.container.contains("@index") else {
                throw JSONLDError(.invalidTermDefinition, "@index of \(term) needs an @index container")
            }
            guard case .string(let s) = index, !Keyword.isKeyword(s), let iri = try expand(s), IRI.isAbsolute(iri) else {
                throw JSONLDError(.invalidTermDefinition, "@index of \(term) must name a property")
            }
            definition.index = s
        }
        if let scoped = map["@context"] {
            do {
                _ = try process(active, local: scoped, baseURL: baseURL, remoteContexts: remoteContexts,
                                overrideProtected: true, validateScopedContext: false)
            } catch {
                throw JSONLDError(.invalidScopedContext, "the scoped context of \(term): \(error.reason)")
            }
            definition.context = ScopedContext(json: scoped)
            definition.baseURL = baseURL
        }
        if let language = map["@language"], map["@type"] == nil {
            switch language {
            case .null: definition.language = .some(nil)
            case .string(let s): definition.language = .some(s.lowercased())
            default: throw JSONLDError(.invalidLanguageMapping, "@language of \(term) must be a string or null")
            }
        }
        if let direction = map["@direction"], map["@type"] == nil {
            switch direction {
            case .null: definition.direction = .some(nil)
            case .string(let s) where s == "ltr" || s == "rtl": definition.direction = .some(s)
            default: throw JSONLDError(.invalidBaseDirection, "@direction of \(term) must be \"ltr\", \"rtl\" or null")
            }
        }
        if let nest = map["@nest"] {
            guard case .string(let s) = nest, s == "@nest" || !Keyword.isKeyword(s) else {
                throw JSONLDError(.invalidNestValue, "@nest of \(term) must be a term or @nest")
            }
            definition.nest = s
        }
        if let prefix = map["@prefix"] {
            if term.hasByte(":") || term.hasByte("/") {
                throw JSONLDError(.invalidTermDefinition, "the term \(term) cannot be a prefix")
            }
            guard case .bool(let flag) = prefix else { throw JSONLDError(.invalidPrefixValue, "@prefix of \(term) must be true or false") }
            definition.isPrefix = flag
            if flag, let iri = definition.iri, Keyword.isKeyword(iri) {
                throw JSONLDError(.invalidTermDefinition, "the keyword alias \(term) cannot be a prefix")
            }
        }
        try finish(term, definition, previous: previous, in: &active, defined: &defined, overrideProtected: overrideProtected, map: map)
    }

    /// Steps 26 to 28: no unknown entries, no change to a protected term, then the term is defined.
    private func finish(_ term: String, _ definition: TermDefinition, previous: TermDefinition?, in active: inout ActiveContext,
                        defined: inout [String: Bool], overrideProtected: Bool, map: [String: JSON]) throws(JSONLDError) {
        let allowed: Set<String> = ["@id", "@reverse", "@container", "@context", "@direction", "@index", "@language",
                                    "@nest", "@prefix", "@protected", "@type"]
        if let unknown = map.keys.first(where: { !allowed.contains($0) }) {
            throw JSONLDError(.invalidTermDefinition, "the definition of \(term) has an unknown entry \(unknown)")
        }
        var definition = definition
        if !overrideProtected, let previous, previous.isProtected {
            guard definition.sameApartFromProtection(previous) else {
                throw JSONLDError(.protectedTermRedefinition, "the protected term \(term) cannot be redefined")
            }
            definition = previous
        }
        active.terms[term] = definition
        defined[term] = true
    }

    /// The container mappings JSON-LD 1.1 allows (§4.2.2 step 19).
    static func isValidContainer(_ set: Set<String>, isArray: Bool) -> Bool {
        let known: Set<String> = ["@graph", "@id", "@index", "@language", "@list", "@set", "@type"]
        guard set.isSubset(of: known), !set.isEmpty else { return false }
        if set.count == 1 { return true }
        var rest = set
        rest.remove("@set")
        if set.contains("@set") && rest.count == 1 { return !rest.contains("@list") }
        if rest.contains("@graph") {
            rest.remove("@graph")
            return rest.isEmpty || rest == ["@id"] || rest == ["@index"]
        }
        return false
    }

    /// IRI expansion (§5.2.2) while a context is being processed: terms of the local context are defined on the way.
    func expandIRI(_ value: String, in active: inout ActiveContext, documentRelative: Bool, vocab: Bool,
                   local: [String: JSON]?, defined: inout [String: Bool], baseURL: String?,
                   remoteContexts: [String], overrideProtected: Bool = false) throws(JSONLDError) -> String? {
        if Keyword.isKeyword(value) { return value }
        if Keyword.hasKeywordForm(value) { return nil }
        if let local, local[value] != nil, defined[value] != true {
            try defineTerm(value, from: local, in: &active, defined: &defined, baseURL: baseURL,
                           overrideProtected: overrideProtected, remoteContexts: remoteContexts)
        }
        if let local, let colon = value.dropFirst().firstIndex(of: ":") {
            let prefix = String(value[..<colon])
            let suffix = value[value.index(after: colon)...]
            if prefix != "_", !suffix.hasPrefix("//"), local[prefix] != nil, defined[prefix] != true {
                try defineTerm(prefix, from: local, in: &active, defined: &defined, baseURL: baseURL,
                               overrideProtected: overrideProtected, remoteContexts: remoteContexts)
            }
        }
        return active.expandIRI(value, documentRelative: documentRelative, vocab: vocab)
    }
}
