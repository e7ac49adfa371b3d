/// Language, index, id and type maps, and the expansion of a single value (JSON-LD 1.1 API §5.1.2 step 13, §5.3).
extension Expander {
    /// Step 13.7: a language map becomes language-tagged strings.
    func expandLanguageMap(_ map: [String: JSON], definition: TermDefinition?,
                           in active: ActiveContext) throws(JSONLDError) -> JSON {
        var values: [JSON] = []
        let direction = definition?.direction ?? active.direction
        for language in map.keys.sorted() {
            for item in map[language]!.asList where item != .null {
                guard case .string = item else {
                    throw JSONLDError(.invalidLanguageMapValue, "the values of a language map must be strings")
                }
                var value: [String: JSON] = ["@value": item]
                if language != "@none" && active.expandIRI(language, vocab: true) != "@none" {
                    value["@language"] = .string(language.lowercased())
                }
                if let direction { value["@direction"] = .string(direction) }
                values.append(.object(value))
            }
        }
        return .array(values)
    }

    /// Step 13.8: an index, id or type map becomes the objects it maps, each given its key.
    func expandIndexMap(_ map: [String: JSON], key: String, definition: TermDefinition, in active: ActiveContext,
                        baseURL: String?) throws(JSONLDError) -> JSON {
        let container = definition.container
        let indexKey = definition.index ?? "@index"
        var values: [JSON] = []
        for index in map.keys.sorted() {
            var mapContext = active
            if container.contains("@id") || container.contains("@type") {
                mapContext = active.previous?.context ?? active
            }
            if container.contains("@type"), let scoped = mapContext.terms[index] {
                mapContext = try processor.apply(scoped, to: mapContext)
            }
            let expandedIndex = active.expandIRI(index, vocab: true)
            let indexValue = JSON.array(map[index]!.asList)
            let items = try expand(indexValue, in: mapContext, property: key, baseURL: baseURL, fromMap: true)?.asList ?? []
            for var item in items {
                if container.contains("@graph"), item.objectValue?["@graph"] == nil {
                    item = .object(["@graph": .array(item.asList)])
                }
                guard case .object(var object) = item else { continue }
                if container.contains("@index") && indexKey != "@index" && expandedIndex != "@none" {
                    let reExpanded = JSON.object(valueExpansion(.string(index), property: indexKey, in: active))
                    guard let indexProperty = active.expandIRI(indexKey, vocab: true) else { continue }
                    object[indexProperty] = .array([reExpanded] + (object[indexProperty]?.asList ?? []))
                    if object["@value"] != nil {
                        throw JSONLDError(.invalidValueObject, "a value in a property-valued index cannot take the index property")
                    }
                } else if container.contains("@index") && object["@index"] == nil && expandedIndex != "@none" {
                    object["@index"] = .string(index)
                } else if container.contains("@id") && object["@id"] == nil && expandedIndex != "@none" {
                    if let id = active.expandIRI(index, documentRelative: true) { object["@id"] = .string(id) }
                } else if container.contains("@type"), expandedIndex != "@none", let expandedIndex {
                    object["@type"] = .array([.string(expandedIndex)] + (object["@type"]?.asList ?? []))
                }
                values.append(.object(object))
            }
        }
        return .array(values)
    }

    /// The Value Expansion algorithm (§5.3.2).
    func valueExpansion(_ value: JSON, property: String?, in active: ActiveContext) -> [String: JSON] {
        valueExpansion(value, definition: property.flatMap { active.terms[$0] }, in: active)
    }

    /// Value expansion with the active property's definition already looked up.
    func valueExpansion(_ value: JSON, definition: TermDefinition?, in active: ActiveContext) -> [String: JSON] {
        if case .string(let s) = value {
            if definition?.type == "@id" {
                return ["@id": active.expandIRI(s, documentRelative: true).map(JSON.string) ?? .null]
            }
            if definition?.type == "@vocab" {
                return ["@id": active.expandIRI(s, documentRelative: true, vocab: true).map(JSON.string) ?? .null]
            }
        }
        // Each object is made whole at once: adding an entry to a one-entry dictionary would grow it.
        if let type = definition?.type, type != "@id", type != "@vocab", type != "@none" {
            return ["@value": value, "@type": .string(type)]
        }
        guard case .string = value else { return ["@value": value] }
        let language = definition?.language ?? active.language
        let direction = definition?.direction ?? active.direction
        switch (language, direction) {
        case (nil, nil): return ["@value": value]
        case (let language?, nil): return ["@value": value, "@language": .string(language)]
        case (nil, let direction?): return ["@value": value, "@direction": .string(direction)]
        case (let language?, let direction?):
            return ["@value": value, "@language": .string(language), "@direction": .string(direction)]
        }
    }
}
