/// The JSON-LD check: expansion in safe mode (no property dropped, no type left undefined), and no term
/// that only an `@vocab` catches, whose meaning would be the issuer's guess rather than a published term.
extension CredentialVerifier {
    func jsonLDCheck(_ credential: JSON) -> CheckResult {
        let expanded: [JSON]
        do throws(JSONLDError) {
            expanded = try JSONLD.expand(credential, options: JSONLD.Options(loader: loader, safeMode: true))
        } catch {
            if error.code == .undefinedTerm {
                return CheckResult(.jsonLD, .failed, "\(error.reason) (JSON-LD safe mode)")
            }
            return CheckResult(.jsonLD, .failed, "the credential is not valid JSON-LD: \(error)")
        }
        let vocabularies = vocabularies(of: credential)
        if !vocabularies.isEmpty {
            var caught: Set<String> = []
            Self.collectTerms(in: .array(expanded), under: vocabularies, into: &caught)
            if !caught.isEmpty {
                let list = caught.sorted().prefix(5).map { "“\($0)”" }.joined(separator: ", ")
                return CheckResult(.jsonLD, .failed, "\(list) \(caught.count == 1 ? "is" : "are") defined only by an @vocab "
                                   + "(\(vocabularies.sorted().joined(separator: ", "))), not by a published term")
            }
        }
        return CheckResult(.jsonLD, .passed, "every property and type is defined by the contexts (safe mode)")
    }

    /// The `@vocab` IRIs of the document's contexts and of any context inside it.
    func vocabularies(of json: JSON) -> Set<String> {
        var found: Set<String> = []
        func scan(context: JSON) {
            for entry in context.asList {
                if let url = entry.stringValue, let document = try? loader.loadDocument(at: url).document {
                    for definition in (document["@context"] ?? .null).asList { if let v = definition["@vocab"]?.stringValue { found.insert(v) } }
                } else if let vocab = entry["@vocab"]?.stringValue {
                    found.insert(vocab)
                }
            }
        }
        func walk(_ json: JSON) {
            switch json {
            case .object(let members):
                if let context = members["@context"] { scan(context: context) }
                members.values.forEach(walk)
            case .array(let items): items.forEach(walk)
            default: break
            }
        }
        walk(json)
        return found
    }

    /// Property and type IRIs of an expanded document that begin with one of the vocabularies.
    static func collectTerms(in json: JSON, under vocabularies: Set<String>, into caught: inout Set<String>) {
        func check(_ iri: String) {
            for vocab in vocabularies where iri.hasPrefix(vocab) && iri.count > vocab.count {
                caught.insert(String(iri.dropFirst(vocab.count)))
            }
        }
        switch json {
        case .object(let members):
            for (key, value) in members {
                if key == "@type", members["@value"] == nil { value.asList.compactMap(\.stringValue).forEach(check) }
                if !key.hasPrefix("@") { check(key) }
                collectTerms(in: value, under: vocabularies, into: &caught)
            }
        case .array(let items): items.forEach { collectTerms(in: $0, under: vocabularies, into: &caught) }
        default: break
        }
    }
}
