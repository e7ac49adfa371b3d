/// The bounds of one piece of evidence: a word range for text, accepted files, video length.
public struct EvidenceLimits: Codable, Hashable, Sendable {
    public var minWords: Int?
    public var maxWords: Int?
    /// Accepted file extensions, lowercase without the dot ("pdf", "docx", "jpg"); empty means no files.
    public var fileTypes: [String]
    public var maxFileMegabytes: Int?
    public var maxVideoMinutes: Int?

    public init(minWords: Int? = nil, maxWords: Int? = nil, fileTypes: [String] = [], maxFileMegabytes: Int? = nil,
                maxVideoMinutes: Int? = nil) {
        self.minWords = minWords
        self.maxWords = maxWords
        self.fileTypes = fileTypes
        self.maxFileMegabytes = maxFileMegabytes
        self.maxVideoMinutes = maxVideoMinutes
    }

    /// Whether the evidence accepts files at all.
    public var acceptsFiles: Bool { !fileTypes.isEmpty }
}
