/// The context check: `@context` begins with the VC data model's, names the OB 3.0 (or CLR 2.0) context,
/// holds only contexts the loader knows, and includes OB 3.0's `extensions.json` when 1EdTech's extension
/// types are used.
extension CredentialVerifier {
    static let vc2 = "https://www.w3.org/ns/credentials/v2"
    static let vc1 = "https://www.w3.org/2018/credentials/v1"
    static let ob303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
    static let obExtensions = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"
    /// The types only OB 3.0's `extensions.json` defines.
    static let extensionTypes = ["1EdTechJsonSchemaValidator2019", "1EdTechRevocationList", "1EdTechCredentialRefresh"]

    func contextCheck(_ credential: JSON) -> CheckResult {
        guard let contexts = credential["@context"]?.asList, !contexts.isEmpty else {
            return CheckResult(.context, .failed, "the credential has no @context, so it is not JSON-LD")
        }
        guard let first = contexts.first?.stringValue, first == Self.vc2 || first == Self.vc1 else {
            return CheckResult(.context, .failed,
                               "the first @context must be \(Self.vc2) (or VC 1.1's \(Self.vc1)), not \(contexts.first!.serialized)")
        }
        var loaded: [JSON] = []
        for context in contexts {
            if case .object = context { loaded.append(context); continue }
            guard let url = context.stringValue else {
                return CheckResult(.context, .failed, "an @context entry is neither a URL nor an object: \(context.serialized)")
            }
            do throws(DocumentLoaderError) { loaded.append(try loader.loadDocument(at: url).document) } catch {
                return CheckResult(.context, .failed, "\(error)")
            }
        }
        let urls = contexts.compactMap(\.stringValue)
        let types = Set(credential["type"]?.asList.compactMap(\.stringValue) ?? [])
        var warnings: [String] = []
        if types.contains("ClrCredential") {
            guard urls.contains(where: { $0.hasPrefix("https://purl.imsglobal.org/spec/clr/v2p0/context") }) else {
                return CheckResult(.context, .failed, "a ClrCredential needs the CLR 2.0 context (https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json)")
            }
        } else if !types.isDisjoint(with: ["OpenBadgeCredential", "AchievementCredential", "EndorsementCredential"]) {
            guard let index = urls.firstIndex(where: { $0.hasPrefix("https://purl.imsglobal.org/spec/ob/v3p0/context") }) else {
                return CheckResult(.context, .failed, "an Open Badges 3.0 credential needs the OB 3.0 context (\(Self.ob303))")
            }
            if urls[index] != Self.ob303 { warnings.append("the OB 3.0 context is \(urls[index]), not the current \(Self.ob303)") }
            if index != 1 { warnings.append("the OB 3.0 context is not the second @context, where OB 3.0 puts it") }
        }
        if first == Self.vc1 { warnings.append("the credential uses the VC 1.1 data model") }
        let used = Self.extensionTypes.filter { Self.usesType($0, in: credential) }
        let undefined = used.filter { term in !loaded.contains { Self.defines(term, $0) } }
        if let term = undefined.first {
            return CheckResult(.context, .failed, "the credential uses \(term), which only \(Self.obExtensions) defines, "
                               + "and that context is not in its @context (without it the type is an undefined term)")
        }
        let reason = "\(contexts.count) contexts, all known" + (warnings.isEmpty ? "" : "; " + warnings.joined(separator: "; "))
        return CheckResult(.context, warnings.isEmpty ? .passed : .warning, reason)
    }

    /// True when a `type` anywhere in the document has this value, not counting objects with an
    /// `@context` of their own (embedded credentials, checked in turn under their own contexts).
    static func usesType(_ type: String, in json: JSON, isRoot: Bool = true) -> Bool {
        switch json {
        case .object(let members):
            if !isRoot, members["@context"] != nil { return false }
            if members["type"]?.asList.contains(.string(type)) == true { return true }
            return members.values.contains { usesType(type, in: $0, isRoot: false) }
        case .array(let items): return items.contains { usesType(type, in: $0, isRoot: false) }
        default: return false
        }
    }

    /// True when a context document (or inline context) defines the term at its top level.
    static func defines(_ term: String, _ context: JSON) -> Bool {
        let definitions = context["@context"] ?? context
        return definitions.asList.contains { $0[term] != nil }
    }
}
