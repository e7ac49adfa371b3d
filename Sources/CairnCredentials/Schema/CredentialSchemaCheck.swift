/// Validates a credential against each of its `credentialSchema` entries of type
/// `1EdTechJsonSchemaValidator2019` (the “Conformance” step of OB 3.0 verification), with schemas from a `SchemaLoader`.
public struct CredentialSchemaCheck: Sendable {
    /// The entry type that names a JSON Schema draft 2019-09 to validate against.
    public static let validatorType = "1EdTechJsonSchemaValidator2019"

    let loader: SchemaLoader

    public init(loader: SchemaLoader = .bundledOnly) { self.loader = loader }

    /// One result per `credentialSchema` entry, in order; none when the credential has no entry.
    public func check(_ credential: JSON) -> [CredentialSchemaResult] {
        guard let entries = credential["credentialSchema"]?.asList else { return [] }
        return entries.enumerated().map { index, entry in result(for: entry, at: index, of: credential) }
    }

    private func result(for entry: JSON, at index: Int, of credential: JSON) -> CredentialSchemaResult {
        guard let id = entry["id"]?.stringValue, let type = entry["type"]?.stringValue else {
            return CredentialSchemaResult(id: nil, type: nil, outcome: .malformed(
                "credentialSchema entry \(index) needs an “id” and a “type”, both strings"))
        }
        guard type == Self.validatorType else {
            return CredentialSchemaResult(id: id, type: type, outcome: .notChecked(
                "the type “\(type)” is not \(Self.validatorType), the only kind of credentialSchema Cairn checks"))
        }
        let schema: JSONSchema
        do throws(SchemaLoaderError) { schema = try loader.schema(at: id) } catch {
            return CredentialSchemaResult(id: id, type: type, outcome: .unavailable(error))
        }
        let violations = schema.violations(of: credential)
        return CredentialSchemaResult(id: id, type: type, outcome: violations.isEmpty ? .conforms : .violations(violations))
    }
}

/// What one `credentialSchema` entry found.
public struct CredentialSchemaResult: Equatable, Sendable {
    /// The schema URL the entry names, when it names one.
    public let id: String?
    public let type: String?
    public let outcome: Outcome

    public init(id: String?, type: String?, outcome: Outcome) {
        (self.id, self.type, self.outcome) = (id, type, outcome)
    }

    public enum Outcome: Equatable, Sendable {
        /// The credential conforms to the schema.
        case conforms
        /// The credential fails the schema in these ways.
        case violations([JSONSchemaViolation])
        /// The schema could not be had or used, so nothing was checked.
        case unavailable(SchemaLoaderError)
        /// An entry of another type, which Cairn does not check.
        case notChecked(String)
        /// The entry itself is not well formed.
        case malformed(String)
    }
}
