/// The Expansion algorithm of the JSON-LD 1.1 API (§5.1.2): every term to its IRI, every value to an object.
struct Expander: Sendable {
    let processor: ContextProcessor
    /// Refuse, instead of dropping, a property or type the contexts do not define (JSON-LD "safe mode").
    var safeMode = false
    /// How deep objects and arrays may nest; credentials need a dozen levels, and a hostile document must not exhaust the stack.
    static let maximumDepth = 128

    /// Refuses a document that nests deeper than ``maximumDepth`` (looking no deeper than that).
    static func checkDepth(_ json: JSON, level: Int = 0) throws(JSONLDError) {
        guard level <= maximumDepth else {
            throw JSONLDError(.documentTooDeep, "the document nests objects and arrays more than \(maximumDepth) deep")
        }
        switch json {
        case .array(let items): for item in items { try checkDepth(item, level: level + 1) }
        case .object(let members): for value in members.values { try checkDepth(value, level: level + 1) }
        default: break
        }
    }

    /// Expands one element under an active property; nil is JSON-LD's null (the element is dropped).
    func expand(_ element: JSON, in context: ActiveContext, property: String?, baseURL: String?,
                fromMap: Bool = false) throws(JSONLDError) -> JSON? {
        try expand(element, in: context, property: property, definition: property.flatMap { context.terms[$0] },
                   baseURL: baseURL, fromMap: fromMap)
    }

    /// Expands one element under an active property whose definition in `context` the caller has already looked up.
    func expand(_ element: JSON, in context: ActiveContext, property: String?, definition: TermDefinition?,
                baseURL: String?, fromMap: Bool = false) throws(JSONLDError) -> JSON? {
        switch element {
        case .null:
            return nil
        case .array(let items):
            var result: [JSON] = []
            for item in items {
                var expanded = try expand(item, in: context, property: property, definition: definition, baseURL: baseURL,
                                          fromMap: fromMap)
                if definition?.container.contains("@list") == true, case .array = expanded {
                    expanded = .object(["@list": expanded!])
                }
                switch expanded {
                case .array(let inner)?: result += inner
                case let value?: result.append(value)
                case nil: break
                }
            }
            return .array(result)
        case .object(let members):
            return try expandObject(members, in: context, property: property, definition: definition, baseURL: baseURL, fromMap: fromMap)
        default:
            if property == nil || property == "@graph" { return nil }
            guard let definition, definition.context != nil else {
                return .object(valueExpansion(element, definition: definition, in: context))
            }
            // The term's scoped context may define the term anew: look it up again in the new context.
            return .object(valueExpansion(element, property: property, in: try processor.apply(definition, to: context)))
        }
    }

    /// Steps 7 to 20: a JSON object becomes a node, value, list or set object.
    private func expandObject(_ element: [String: JSON], in context: ActiveContext, property: String?,
                              definition: TermDefinition?, baseURL: String?, fromMap: Bool) throws(JSONLDError) -> JSON? {
        var active = context
        if let previous = active.previous, !fromMap {
            let isValue = element.keys.contains { active.keyword(of: $0) == "@value" }
            let isReference = element.count == 1 && active.keyword(of: element.keys.first!) == "@id"
            if !isValue && !isReference { active = previous.context }
        }
        if let definition { active = try processor.apply(definition, to: active, overrideProtected: true) }
        if let local = element["@context"] {
            active = try processor.process(active, local: local, baseURL: baseURL)
        }
        let typeScoped = active
        var inputType: String?
        // The entries in the order of their keys, sorted once for the types and the members.
        let entries = element.sorted { $0.key < $1.key }
        for (key, value) in entries where active.keyword(of: key) == "@type" {
            let types = value.asList.compactMap(\.stringValue)
            for type in types.sorted() {
                if let scoped = typeScoped.terms[type] {
                    active = try processor.apply(scoped, to: active, propagate: false)
                }
            }
            if inputType == nil, let last = types.last { inputType = typeScoped.expandIRI(last, vocab: true) }
        }
        var result = [String: JSON](minimumCapacity: element.count)
        try expandMembers(entries, of: element, into: &result, in: active, typeScoped: typeScoped, property: property,
                          inputType: inputType, baseURL: baseURL)
        return try finish(result, property: property)
    }

    /// Steps 13 and 14: each entry of the object, and those of its nested (`@nest`) objects.
    ///
    /// `entries` are those of `element`, sorted by key.
    private func expandMembers(_ entries: [(key: String, value: JSON)], of element: [String: JSON],
                               into result: inout [String: JSON], in active: ActiveContext,
                               typeScoped: ActiveContext, property: String?, inputType: String?,
                               baseURL: String?) throws(JSONLDError) {
        var nests: [String] = []
        for (key, value) in entries where key != "@context" {
            // One look-up of the key gives both its IRI and its definition.
            var definition: TermDefinition?
            let expandedProperty: String?
            if key.utf8.first != UInt8(ascii: "@"), let found = active.terms[key] {
                definition = found
                expandedProperty = found.iri
            } else {
                expandedProperty = active.expandIRI(key, vocab: true)
                if key.utf8.first == UInt8(ascii: "@"), !Keyword.isKeyword(key) { definition = active.terms[key] }
            }
            guard let expandedProperty,
                  expandedProperty.hasByte(":") || Keyword.isKeyword(expandedProperty) else {
                if safeMode && !Keyword.hasKeywordForm(key) {
                    throw JSONLDError(.undefinedTerm, "the property “\(key)” is not defined by the document's contexts and would be dropped")
                }
                continue
            }
            if Keyword.isKeyword(expandedProperty) {
                if property == "@reverse" {
                    throw JSONLDError(.invalidReversePropertyMap, "a reverse property map cannot hold the keyword \(expandedProperty)")
                }
                if result[expandedProperty] != nil && expandedProperty != "@included" && expandedProperty != "@type" {
                    throw JSONLDError(.collidingKeywords, "\(expandedProperty) appears twice, through aliases")
                }
                if expandedProperty == "@nest" {
                    nests.append(key)
                    continue
                }
                try expandKeyword(expandedProperty, value, into: &result, in: active, typeScoped: typeScoped,
                                  property: property, inputType: inputType, baseURL: baseURL)
                continue
            }
            let container = definition?.container ?? []
            var expanded: JSON?
            if definition?.type == "@json" {
                expanded = .object(["@value": value, "@type": "@json"])
            } else if container.contains("@language"), case .object(let map) = value {
                expanded = try expandLanguageMap(map, definition: definition, in: active)
            } else if !container.isDisjoint(with: ["@index", "@type", "@id"]), case .object(let map) = value {
                expanded = try expandIndexMap(map, key: key, definition: definition!, in: active, baseURL: baseURL)
            } else {
                expanded = try expand(value, in: active, property: key, definition: definition, baseURL: baseURL)
            }
            guard var expandedValue = expanded else { continue }
            if container.contains("@list"), expandedValue.objectValue?["@list"] == nil {
                expandedValue = .object(["@list": .array(expandedValue.asList)])
            }
            if container.contains("@graph") && !container.contains("@id") && !container.contains("@index") {
                expandedValue = .array(expandedValue.asList.map { .object(["@graph": .array($0.asList)]) })
            }
            if definition?.isReverse == true {
                var reverseMap = result["@reverse"]?.objectValue ?? [:]
                for item in expandedValue.asList {
                    if item.objectValue?["@value"] != nil || item.objectValue?["@list"] != nil {
                        throw JSONLDError(.invalidReversePropertyValue, "the reverse property \(key) cannot take a value or a list")
                    }
                    Self.append(item, to: expandedProperty, in: &reverseMap)
                }
                result["@reverse"] = .object(reverseMap)
            } else {
                Self.append(expandedValue, to: expandedProperty, in: &result)
            }
        }
        for nestKey in nests.sorted() {
            var nestContext = active
            if let scoped = active.terms[nestKey] {
                nestContext = try processor.apply(scoped, to: active, overrideProtected: true)
            }
            for nested in element[nestKey]!.asList {
                guard case .object(let members) = nested,
                      !members.keys.contains(where: { active.keyword(of: $0) == "@value" }) else {
                    throw JSONLDError(.invalidNestValue, "the value of \(nestKey) must be objects that are not values")
                }
                try expandMembers(members.sorted { $0.key < $1.key }, of: members, into: &result, in: nestContext, typeScoped: typeScoped, property: nestKey,
                                  inputType: inputType, baseURL: baseURL)
            }
        }
    }

    /// Steps 13.4.3 to 13.4.16: an entry whose key is a keyword (or an alias of one).
    private func expandKeyword(_ keyword: String, _ value: JSON, into result: inout [String: JSON], in active: ActiveContext,
                               typeScoped: ActiveContext, property: String?, inputType: String?,
                               baseURL: String?) throws(JSONLDError) {
        var expanded: JSON
        switch keyword {
        case "@id":
            guard case .string(let s) = value else { throw JSONLDError(.invalidIDValue, "@id must be a string") }
            expanded = active.expandIRI(s, documentRelative: true).map(JSON.string) ?? .null
        case "@type":
            let types: [JSON] = if case .array(let items) = value { items } else { [value] }
            var iris: [JSON] = []
            for type in types {
                guard case .string(let s) = type else { throw JSONLDError(.invalidTypeValue, "@type must be a string or strings") }
                // A defined type (an absolute IRI, a blank node, a keyword) is the same resolved against the base or not.
                let vocabulary = typeScoped.expandIRI(s, vocab: true)
                let isDefined = Self.isDefined(vocabulary)
                if safeMode, !isDefined {
                    throw JSONLDError(.undefinedTerm, "the type “\(s)” is not defined by the document's contexts")
                }
                let resolved = isDefined ? vocabulary : typeScoped.expandIRI(s, documentRelative: true, vocab: true)
                if let iri = resolved { iris.append(.string(iri)) }
            }
            expanded = value.arrayValue == nil && iris.count == 1 ? iris[0] : .array(iris)
            if let existing = result["@type"] { expanded = .array(existing.asList + expanded.asList) }
        case "@graph":
            expanded = .array(try expand(value, in: active, property: "@graph", baseURL: baseURL)?.asList ?? [])
        case "@included":
            for item in value.asList {
                guard case .object(let node) = item,
                      !node.keys.contains(where: { ["@value", "@list"].contains(active.expandIRI($0, vocab: true)) }) else {
                    throw JSONLDError(.invalidIncludedValue, "@included must hold node objects")
                }
            }
            let included = try expand(value, in: active, property: property, baseURL: baseURL)?.asList ?? []
            for item in included {
                guard case .object(let node) = item, node["@value"] == nil, node["@list"] == nil, node["@set"] == nil else {
                    throw JSONLDError(.invalidIncludedValue, "@included must hold node objects")
                }
            }
            expanded = .array((result["@included"]?.asList ?? []) + included)
        case "@value":
            if inputType == "@json" {
                expanded = value
            } else {
                switch value {
                case .object, .array: throw JSONLDError(.invalidValueObjectValue, "@value must be a string, number, boolean or null")
                case .null:
                    result["@value"] = .null
                    return
                default: expanded = value
                }
            }
        case "@language":
            guard case .string(let s) = value else { throw JSONLDError(.invalidLanguageTaggedString, "@language must be a string") }
            expanded = .string(s.lowercased())
        case "@direction":
            guard value == "ltr" || value == "rtl" else { throw JSONLDError(.invalidBaseDirection, "@direction must be \"ltr\" or \"rtl\"") }
            expanded = value
        case "@index":
            guard case .string = value else { throw JSONLDError(.invalidIndexValue, "@index must be a string") }
            expanded = value
        case "@list":
            if property == nil || property == "@graph" { return }
            expanded = .array(try expand(value, in: active, property: property, baseURL: baseURL)?.asList ?? [])
        case "@set":
            guard let set = try expand(value, in: active, property: property, baseURL: baseURL) else { return }
            expanded = set
        case "@reverse":
            guard case .object = value else { throw JSONLDError(.invalidReverseValue, "@reverse must be an object") }
            guard case .object(let map)? = try expand(value, in: active, property: "@reverse", baseURL: baseURL) else { return }
            if case .object(let doubled)? = map["@reverse"] {
                for (reverseProperty, items) in doubled { Self.append(items, to: reverseProperty, in: &result) }
            }
            let others = map.filter { $0.key != "@reverse" }
            if !others.isEmpty {
                var reverseMap = result["@reverse"]?.objectValue ?? [:]
                for (reverseProperty, items) in others {
                    for item in items.asList {
                        if item.objectValue?["@value"] != nil || item.objectValue?["@list"] != nil {
                            throw JSONLDError(.invalidReversePropertyValue, "a reverse property cannot take a value or a list")
                        }
                        Self.append(item, to: reverseProperty, in: &reverseMap)
                    }
                }
                result["@reverse"] = .object(reverseMap)
            }
            return
        default:
            return
        }
        result[keyword] = expanded
    }

    /// Steps 15 to 19: checks on the finished object, and what is dropped.
    private func finish(_ object: [String: JSON], property: String?) throws(JSONLDError) -> JSON? {
        var result = object
        // Which keywords the object has, read in one pass over its entries.
        var value: JSON?, type: JSON?, hasLanguage = false, hasDirection = false, hasIndex = false
        var hasSet = false, hasList = false, hasID = false, others = 0
        for (key, entry) in result {
            switch key {
            case "@value": value = entry
            case "@type": type = entry
            case "@language": hasLanguage = true
            case "@direction": hasDirection = true
            case "@index": hasIndex = true
            case "@set": hasSet = true
            case "@list": hasList = true
            case "@id": hasID = true; others += 1
            default: others += 1
            }
        }
        if let value {
            if others > 0 || hasSet || hasList {
                throw JSONLDError(.invalidValueObject, "a value object cannot have other entries than @value, @type, @language, @direction and @index")
            }
            if type != nil && (hasLanguage || hasDirection) {
                throw JSONLDError(.invalidValueObject, "a value object cannot have both @type and @language or @direction")
            }
            if type == "@json" {
                // any JSON is a JSON literal
            } else if value == .null || value == .array([]) {
                return nil
            } else if value.stringValue == nil && hasLanguage {
                throw JSONLDError(.invalidLanguageTaggedValue, "only a string can have a language")
            } else if let type {
                guard case .string(let iri) = type, ToRDF.isWellFormedIRI(iri), !Keyword.isBlankNode(iri) else {
                    throw JSONLDError(.invalidTypedValue, "the @type of a value must be an IRI")
                }
            }
        } else if let type, type.arrayValue == nil {
            result["@type"] = .array([type])
        } else if hasSet || hasList {
            if result.count > 2 || (result.count == 2 && !hasIndex) {
                throw JSONLDError(.invalidSetOrListObject, "a set or list object may only have @index beside it")
            }
            if hasSet, let set = result["@set"] { return set }
        }
        if result.count == 1 && hasLanguage { return nil }
        if property == nil || property == "@graph" {
            if result.isEmpty || value != nil || hasList { return nil }
            if result.count == 1 && hasID { return nil }
        }
        return .object(result)
    }

    /// True for an absolute IRI, a blank node identifier or a keyword: what a defined term expands to.
    static func isDefined(_ iri: String?) -> Bool {
        guard let iri else { return false }
        return IRI.isAbsolute(iri) || Keyword.isBlankNode(iri) || Keyword.isKeyword(iri)
    }

    /// Adds a value (or each item of an array) to the array under a key.
    static func append(_ value: JSON, to key: String, in map: inout [String: JSON]) {
        append(value, to: &map[key])   // one look-up of the key, the entry changed in place
    }

    private static func append(_ value: JSON, to entry: inout JSON?) {
        guard let existing = entry else {
            entry = if case .array = value { value } else { .array([value]) }
            return
        }
        // Emptying the entry first leaves its array with one owner, so adding to it copies nothing.
        entry = nil
        var items = existing.asList
        if case .array(let more) = value { items += more } else { items.append(value) }
        entry = .array(items)
    }
}
