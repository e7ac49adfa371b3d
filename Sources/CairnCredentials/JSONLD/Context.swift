/// What one term of an active context means (JSON-LD 1.1 API §4.1, "term definition").
///
/// The fields sit in one shared, immutable box: expansion copies definitions out of the active context
/// for every key it reads, and a copy is then one reference instead of a dozen; a change makes a new box.
struct TermDefinition: Sendable, Equatable {
    /// The fields of a definition.
    struct Fields: Sendable, Equatable {
        var iri: String?
        var isPrefix = false
        var isProtected = false
        var isReverse = false
        var baseURL: String?
        var context: ScopedContext?
        var container: Set<String> = []
        var direction: String??
        var index: String?
        var language: String??
        var nest: String?
        var type: String?
    }

    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box = Box(Fields())

    private var fields: Fields {
        get { box.fields }
        set { box = Box(newValue) }
    }

    /// The IRI or keyword the term maps to; nil for a term defined as null.
    var iri: String? { get { box.fields.iri } set { fields.iri = newValue } }
    var isPrefix: Bool { get { box.fields.isPrefix } set { fields.isPrefix = newValue } }
    var isProtected: Bool { get { box.fields.isProtected } set { fields.isProtected = newValue } }
    var isReverse: Bool { get { box.fields.isReverse } set { fields.isReverse = newValue } }
    /// The URL the scoped context's relative references resolve against.
    var baseURL: String? { get { box.fields.baseURL } set { fields.baseURL = newValue } }
    /// The term's scoped context (`.null` is a context too); nil when it has none.
    var context: ScopedContext? { get { box.fields.context } set { fields.context = newValue } }
    var container: Set<String> { get { box.fields.container } set { fields.container = newValue } }
    /// The term's base direction: nil when it says nothing, `.some(nil)` when it says null.
    var direction: String?? { get { box.fields.direction } set { fields.direction = newValue } }
    var index: String? { get { box.fields.index } set { fields.index = newValue } }
    /// The term's language: nil when it says nothing, `.some(nil)` when it says null.
    var language: String?? { get { box.fields.language } set { fields.language = newValue } }
    var nest: String? { get { box.fields.nest } set { fields.nest = newValue } }
    var type: String? { get { box.fields.type } set { fields.type = newValue } }

    static func == (a: TermDefinition, b: TermDefinition) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

    /// Equal in everything but the protected flag and where it was read: a protected term may be
    /// "redefined" only so (the same definition in two contexts, as VC 2.0 and Data Integrity 2.0 both give).
    func sameApartFromProtection(_ other: TermDefinition) -> Bool {
        var a = fields, b = other.fields
        (a.isProtected, b.isProtected) = (false, false)
        (a.baseURL, b.baseURL) = (nil, nil)
        return a == b
    }
}

/// The active context of the JSON-LD 1.1 API: term definitions, base IRI, vocabulary mapping, default language.
struct ActiveContext: Sendable {
    var terms: [String: TermDefinition] = [:] {
        didSet { (keywordAliases, hasTermsWithColon) = (nil, true) }
    }
    /// The terms that stand for a keyword (`id` for `@id`), listed when processing finishes the context;
    /// nil while it is being built (any change to the terms forgets them).
    private(set) var keywordAliases: [KeywordAlias]? = []
    /// False when no term holds a colon (known when the context is finished): an IRI then needs no look-up as a term.
    private(set) var hasTermsWithColon = false
    var base: String?
    var originalBase: String?
    var vocab: String?
    var language: String?
    var direction: String?
    /// The context to return to when a type-scoped context stops applying (non-propagated contexts).
    var previous: PreviousContext?
    /// Names this context for the cache of processed contexts: 0 for a new one, a fresh number for each processing result.
    var id = 0

    init(base: String?) {
        self.base = base
        self.originalBase = base
    }

    var hasProtectedTerms: Bool { terms.values.contains(where: \.isProtected) }

    /// A term that an active context maps to a keyword.
    struct KeywordAlias: Sendable {
        let term: String
        let keyword: String
    }

    /// Notes what look-ups a finished context can skip: the terms that alias keywords (``keyword(of:)``)
    /// and whether any term holds a colon (``expandIRI(_:documentRelative:vocab:)``).
    mutating func finish() {
        keywordAliases = terms.compactMap { term, definition in
            definition.iri.flatMap { Keyword.isKeyword($0) ? KeywordAlias(term: term, keyword: $0) : nil }
        }
        hasTermsWithColon = terms.keys.contains { $0.hasByte(":") }
    }

    /// The keyword an entry's key stands for, or nil: what `expandIRI(key, vocab: true)` gives when that is a keyword.
    ///
    /// Only a term can expand to a keyword (a compact IRI, a blank node or a vocabulary-relative IRI never does),
    /// so a finished context answers from its short list of aliases, without hashing the key.
    func keyword(of key: String) -> String? {
        if key.utf8.first == UInt8(ascii: "@") {
            if Keyword.isKeyword(key) { return key }
        } else if let aliases = keywordAliases {
            for alias in aliases where alias.term == key { return alias.keyword }
            return nil
        }
        return expandIRI(key, vocab: true).flatMap { Keyword.isKeyword($0) ? $0 : nil }
    }

    /// IRI expansion (§5.2) against a finished context.
    func expandIRI(_ value: String, documentRelative: Bool = false, vocab useVocab: Bool = false) -> String? {
        if Keyword.isKeyword(value) { return value }
        if Keyword.hasKeywordForm(value) { return nil }
        let colon = value.utf8.dropFirst().firstIndex(of: UInt8(ascii: ":"))
        if colon == nil || hasTermsWithColon, let definition = terms[value] {
            if let iri = definition.iri, Keyword.isKeyword(iri) { return iri }
            if useVocab { return definition.iri }
        }
        if let colon {
            let prefix = String(value[..<colon])
            let suffix = value[value.index(after: colon)...]
            if prefix == "_" || suffix.hasPrefix("//") { return value }
            if let definition = terms[prefix], let iri = definition.iri, definition.isPrefix { return iri + suffix }
            if IRI.isAbsolute(value) { return value }
        }
        if useVocab, let vocab { return vocab + value }
        if documentRelative { return IRI.resolve(value, against: base) }
        return value
    }
}

/// An earlier active context kept by reference (contexts nest, a struct cannot hold itself).
final class PreviousContext: Sendable {
    let context: ActiveContext
    init(_ context: ActiveContext) { self.context = context }
}

/// Context processing (JSON-LD 1.1 API §4.1): turns local contexts into active contexts, loading remote ones.
struct ContextProcessor: Sendable {
    let loader: any DocumentLoading
    /// The loader is Cairn's own, which reads bundled contexts only: results may be kept for the process.
    private let loadsBundledOnly: Bool

    init(loader: any DocumentLoading) {
        self.loader = loader
        loadsBundledOnly = loader is DocumentLoader
    }
    /// The most remote contexts one chain may load before it is taken for a loop.
    static let remoteContextLimit = 32

    /// The Context Processing algorithm (§4.1.2), its result kept for the process when only bundled contexts were read.
    func process(_ active: ActiveContext, local: JSON, baseURL: String?, remoteContexts: [String] = [],
                 overrideProtected: Bool = false, propagate: Bool = true,
                 validateScopedContext: Bool = true) throws(JSONLDError) -> ActiveContext {
        guard isCacheable(local, baseURL: baseURL) else {
            return try processUncached(active, local: local, baseURL: baseURL, remoteContexts: remoteContexts,
                                       overrideProtected: overrideProtected, propagate: propagate,
                                       validateScopedContext: validateScopedContext)
        }
        let key = ProcessedContexts.Key(activeID: active.id, base: active.base, local: local, baseURL: baseURL,
                                        remoteContexts: remoteContexts, overrideProtected: overrideProtected,
                                        propagate: propagate, validateScopedContext: validateScopedContext)
        if let cached = ProcessedContexts.shared.context(for: key) { return cached }
        let result = try processUncached(active, local: local, baseURL: baseURL, remoteContexts: remoteContexts,
                                         overrideProtected: overrideProtected, propagate: propagate,
                                         validateScopedContext: validateScopedContext)
        ProcessedContexts.shared.keep(result, for: key)
        return result
    }

    /// Applies a term's scoped context; the result is kept on the term when only bundled contexts are involved.
    func apply(_ definition: TermDefinition, to active: ActiveContext, overrideProtected: Bool = false,
               propagate: Bool = true) throws(JSONLDError) -> ActiveContext {
        guard let scoped = definition.context else { return active }
        guard loadsBundledOnly && (scoped.namesNoContext || isCacheable(scoped.json, baseURL: definition.baseURL)) else {
            return try processUncached(active, local: scoped.json, baseURL: definition.baseURL, remoteContexts: [],
                                       overrideProtected: overrideProtected, propagate: propagate, validateScopedContext: true)
        }
        let key = ScopedContext.Key(activeID: active.id, base: active.base, overrideProtected: overrideProtected, propagate: propagate)
        if let cached = scoped.cached(key) { return cached }
        let result = try processUncached(active, local: scoped.json, baseURL: definition.baseURL, remoteContexts: [],
                                         overrideProtected: overrideProtected, propagate: propagate, validateScopedContext: true)
        scoped.keep(result, for: key)
        return result
    }

    /// True when the result depends only on bundled contexts: the loader is Cairn's, every URL named is bundled.
    private func isCacheable(_ local: JSON, baseURL: String?) -> Bool {
        guard loadsBundledOnly else { return false }
        let items: [JSON] = if case .array(let items) = local { items } else { [local] }
        return items.allSatisfy { item in
            switch item {
            case .string(let reference): BundledContexts.shared.index[IRI.resolve(reference, against: baseURL)] != nil
            case .object(let definition): definition["@import"] == nil
            default: true
            }
        }
    }

    private func processUncached(_ active: ActiveContext, local: JSON, baseURL: String?, remoteContexts: [String],
                                 overrideProtected: Bool, propagate initialPropagate: Bool,
                                 validateScopedContext: Bool) throws(JSONLDError) -> ActiveContext {
        var result = active
        var remoteContexts = remoteContexts
        var propagate = initialPropagate
        if case .object(let members) = local, let value = members["@propagate"] {
            guard case .bool(let flag) = value else { throw JSONLDError(.invalidPropagateValue, "@propagate must be true or false") }
            propagate = flag
        }
        if !propagate && result.previous == nil { result.previous = PreviousContext(active) }
        let contexts: [JSON] = if case .array(let items) = local { items } else { [local] }
        for context in contexts {
            switch context {
            case .null:
                if !overrideProtected && result.hasProtectedTerms {
                    throw JSONLDError(.invalidContextNullification, "a context with protected terms cannot be set to null")
                }
                let before = result
                result = ActiveContext(base: active.originalBase)
                if !propagate { result.previous = PreviousContext(before) }
            case .string(let reference):
                let url = IRI.resolve(reference, against: baseURL)
                if !validateScopedContext && remoteContexts.contains(url) { continue }
                guard remoteContexts.count < Self.remoteContextLimit else {
                    throw JSONLDError(.contextOverflow, "more than \(Self.remoteContextLimit) remote contexts are loaded in a chain, last \(url)")
                }
                remoteContexts.append(url)
                let document: RemoteDocument
                do { document = try loader.loadDocument(at: url) } catch {
                    throw JSONLDError(.loadingRemoteContextFailed, error.description)
                }
                guard case .object(let top) = document.document, let loaded = top["@context"] else {
                    throw JSONLDError(.invalidRemoteContext, "\(url) has no top-level @context")
                }
                try Expander.checkDepth(loaded)
                result = try process(result, local: loaded, baseURL: document.url, remoteContexts: remoteContexts,
                                     validateScopedContext: validateScopedContext)
            case .object(let definition):
                try processDefinition(definition, into: &result, baseURL: baseURL, remoteContexts: remoteContexts,
                                      overrideProtected: overrideProtected)
            default:
                throw JSONLDError(.invalidLocalContext, "a context must be null, a string or an object, not \(context.serialized)")
            }
        }
        result.id = ProcessedContexts.shared.nextID()
        result.finish()
        return result
    }

    /// Steps 5.5 to 5.13: one context definition (a JSON object).
    private func processDefinition(_ given: [String: JSON], into result: inout ActiveContext, baseURL: String?,
                                   remoteContexts: [String], overrideProtected: Bool) throws(JSONLDError) {
        var context = given
        if let version = context["@version"] {
            guard version == .number(1.1) else { throw JSONLDError(.invalidVersionValue, "@version must be 1.1") }
        }
        if let importValue = context["@import"] {
            guard case .string(let reference) = importValue else { throw JSONLDError(.invalidImportValue, "@import must be a string") }
            let url = IRI.resolve(reference, against: baseURL)
            let document: RemoteDocument
            do { document = try loader.loadDocument(at: url) } catch {
                throw JSONLDError(.loadingRemoteContextFailed, error.description)
            }
            guard case .object(let top) = document.document, case .object(let imported)? = top["@context"] else {
                throw JSONLDError(.invalidRemoteContext, "the imported \(url) has no top-level @context object")
            }
            if imported["@import"] != nil { throw JSONLDError(.invalidContextEntry, "an imported context cannot import another") }
            context = imported.merging(context) { _, own in own }
        }
        if let base = context["@base"], remoteContexts.isEmpty {
            switch base {
            case .null: result.base = nil
            case .string(let value) where IRI.isAbsolute(value): result.base = value
            case .string(let value) where result.base != nil: result.base = IRI.resolve(value, against: result.base)
            default: throw JSONLDError(.invalidBaseIRI, "@base must be an IRI or null")
            }
        }
        if let vocab = context["@vocab"] {
            switch vocab {
            case .null: result.vocab = nil
            case .string(let value):
                var defined: [String: Bool] = [:]
                let expanded = try expandIRI(value, in: &result, documentRelative: true, vocab: true, local: nil,
                                             defined: &defined, baseURL: baseURL, remoteContexts: remoteContexts)
                guard let expanded else {
                    throw JSONLDError(.invalidVocabMapping, "@vocab \(value) is not an IRI or blank node identifier")
                }
                result.vocab = expanded
            default: throw JSONLDError(.invalidVocabMapping, "@vocab must be a string or null")
            }
        }
        if let language = context["@language"] {
            switch language {
            case .null: result.language = nil
            case .string(let value): result.language = value.lowercased()
            default: throw JSONLDError(.invalidDefaultLanguage, "@language must be a string or null")
            }
        }
        if let direction = context["@direction"] {
            switch direction {
            case .null: result.direction = nil
            case .string(let value) where value == "ltr" || value == "rtl": result.direction = value
            default: throw JSONLDError(.invalidBaseDirection, "@direction must be \"ltr\", \"rtl\" or null")
            }
        }
        if let propagate = context["@propagate"], propagate.boolValue == nil {
            throw JSONLDError(.invalidPropagateValue, "@propagate must be true or false")
        }
        var isProtected = false
        if let protected = context["@protected"] {
            guard case .bool(let flag) = protected else { throw JSONLDError(.invalidProtectedValue, "@protected must be true or false") }
            isProtected = flag
        }
        var defined: [String: Bool] = [:]
        let reserved: Set<String> = ["@base", "@direction", "@import", "@language", "@propagate", "@protected", "@version", "@vocab"]
        for term in context.keys.sorted() where !reserved.contains(term) {
            try defineTerm(term, from: context, in: &result, defined: &defined, baseURL: baseURL, isProtected: isProtected,
                           overrideProtected: overrideProtected, remoteContexts: remoteContexts)
        }
    }
}
