/// A JSON-LD processing error: the code the JSON-LD 1.1 API names, and what went wrong.
public struct JSONLDError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The error codes of the JSON-LD 1.1 API (`JsonLdErrorCode`), spelled as the specification spells them.
    public enum Code: String, Sendable {
        case collidingKeywords = "colliding keywords"
        case conflictingIndexes = "conflicting indexes"
        case contextOverflow = "context overflow"
        case cyclicIRIMapping = "cyclic IRI mapping"
        case invalidIDValue = "invalid @id value"
        case invalidImportValue = "invalid @import value"
        case invalidIncludedValue = "invalid @included value"
        case invalidIndexValue = "invalid @index value"
        case invalidNestValue = "invalid @nest value"
        case invalidPrefixValue = "invalid @prefix value"
        case invalidPropagateValue = "invalid @propagate value"
        case invalidProtectedValue = "invalid @protected value"
        case invalidReverseValue = "invalid @reverse value"
        case invalidVersionValue = "invalid @version value"
        case invalidBaseDirection = "invalid base direction"
        case invalidBaseIRI = "invalid base IRI"
        case invalidContainerMapping = "invalid container mapping"
        case invalidContextEntry = "invalid context entry"
        case invalidContextNullification = "invalid context nullification"
        case invalidDefaultLanguage = "invalid default language"
        case invalidIRIMapping = "invalid IRI mapping"
        case invalidJSONLiteral = "invalid JSON literal"
        case invalidKeywordAlias = "invalid keyword alias"
        case invalidLanguageMapValue = "invalid language map value"
        case invalidLanguageMapping = "invalid language mapping"
        case invalidLanguageTaggedString = "invalid language-tagged string"
        case invalidLanguageTaggedValue = "invalid language-tagged value"
        case invalidLocalContext = "invalid local context"
        case invalidRemoteContext = "invalid remote context"
        case invalidReverseProperty = "invalid reverse property"
        case invalidReversePropertyMap = "invalid reverse property map"
        case invalidReversePropertyValue = "invalid reverse property value"
        case invalidScopedContext = "invalid scoped context"
        case invalidSetOrListObject = "invalid set or list object"
        case invalidTermDefinition = "invalid term definition"
        case invalidTypeMapping = "invalid type mapping"
        case invalidTypeValue = "invalid type value"
        case invalidTypedValue = "invalid typed value"
        case invalidValueObject = "invalid value object"
        case invalidValueObjectValue = "invalid value object value"
        case invalidVocabMapping = "invalid vocab mapping"
        case iriConfusedWithPrefix = "IRI confused with prefix"
        case keywordRedefinition = "keyword redefinition"
        case loadingDocumentFailed = "loading document failed"
        case loadingRemoteContextFailed = "loading remote context failed"
        case processingModeConflict = "processing mode conflict"
        case protectedTermRedefinition = "protected term redefinition"
        /// Cairn's own, not the specification's: the document nests deeper than ``Expander/maximumDepth``.
        case documentTooDeep = "document too deeply nested"
        /// Cairn's own, for safe mode: a property or type that the contexts do not define.
        case undefinedTerm = "undefined term"
    }

    public let code: Code
    public let reason: String

    public init(_ code: Code, _ reason: String) {
        (self.code, self.reason) = (code, reason)
    }

    public var description: String { "JSON-LD error “\(code.rawValue)”: \(reason)" }
}
