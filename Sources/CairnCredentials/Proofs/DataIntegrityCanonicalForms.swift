/// What an RDFC-based Data Integrity proof signs: the canonical N-Quads of the document without its proof
/// and of the proof configuration (the proof without its value, under the document's `@context`).
///
/// Both are expanded in JSON-LD safe mode (an undefined term is an error, never dropped), turned into RDF
/// and canonicalized with RDFC-1.0; the signed bytes are hash(proof configuration) ‖ hash(document)
/// (VC Data Integrity 1.0; vc-di-eddsa and vc-di-ecdsa "hashing"). RDFC-1.0 runs with SHA-256, except
/// for `ecdsa-rdfc-2019` with a P-384 key, where vc-di-ecdsa has it run with SHA-384 (its vectors'
/// blank node labels differ accordingly).
public struct DataIntegrityCanonicalForms: Sendable, Equatable {
    /// The canonical N-Quads of the unsecured document, in UTF-8 (what is hashed; it is not read back as text to sign).
    private let documentBytes: [UInt8]
    /// The canonical N-Quads of the proof configuration, in UTF-8.
    private let proofConfigurationBytes: [UInt8]

    /// The canonical N-Quads of the unsecured document.
    public var document: String { String(decoding: documentBytes, as: UTF8.self) }
    /// The canonical N-Quads of the proof configuration.
    public var proofConfiguration: String { String(decoding: proofConfigurationBytes, as: UTF8.self) }

    /// Canonicalizes an unsecured document and a proof configuration that already carries its `@context`,
    /// RDFC-1.0 hashing with `canonicalizationHash`.
    public init(document: JSON, proofConfiguration: JSON, loader: any DocumentLoading,
                canonicalizationHash: DigestAlgorithm = .sha256) throws(ProofFailure) {
        documentBytes = try Self.canonicalNQuads(document, loader: loader, hash: canonicalizationHash)
        proofConfigurationBytes = try Self.canonicalNQuads(proofConfiguration, loader: loader, hash: canonicalizationHash)
    }

    /// The hash of the canonical document.
    public func documentHash(_ algorithm: DigestAlgorithm) -> [UInt8] { algorithm.hash(documentBytes) }

    /// The hash of the canonical proof configuration.
    public func proofConfigurationHash(_ algorithm: DigestAlgorithm) -> [UInt8] { algorithm.hash(proofConfigurationBytes) }

    /// The bytes that are signed: the proof configuration's hash, then the document's.
    public func hashData(_ algorithm: DigestAlgorithm) -> [UInt8] {
        proofConfigurationHash(algorithm) + documentHash(algorithm)
    }

    /// JSON-LD (safe mode) → RDF → RDFC-1.0 N-Quads.
    static func canonicalNQuads(_ json: JSON, loader: any DocumentLoading, hash: DigestAlgorithm) throws(ProofFailure) -> [UInt8] {
        let dataset: IndexedDataset
        do {
            dataset = try JSONLD.toIndexedDataset(json, options: JSONLD.Options(loader: loader, safeMode: true))
        } catch {
            throw ProofFailure(error)
        }
        do {
            return try RDFCanonicalizer(hash: hash).canonicalize(dataset).bytes
        } catch {
            throw .canonicalization(error)
        }
    }
}
