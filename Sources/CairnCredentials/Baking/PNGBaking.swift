/// Reads and bakes a credential in a PNG's `iTXt` chunk with keyword `openbadgecredential`
/// (OB 3.0, “Baked Badge”, PNG): uncompressed, empty language tag and translated keyword, one per image.
/// A CLR 2.0 credential takes the keyword `clrcredential`.
public enum PNGBaking {
    /// The largest image read or baked unless the caller says otherwise (64 MiB).
    public static let defaultLimit = 64 << 20

    /// The credential in the first `openbadgecredential` iTXt chunk, as OB 3.0's extraction rule says.
    public static func read(_ png: [UInt8], standard: BakingStandard = .openBadges3,
                            limit: Int = defaultLimit) throws(BakingError) -> BakedCredential {
        guard png.count <= limit else { throw .tooLarge(limit: limit) }
        let keyword = standard.pngKeyword
        for chunk in try PNGChunks.read(png) where chunk.type == "iTXt" {
            guard let text = try credentialText(chunk.data, keyword: keyword) else { continue }
            return try BakedCredential(reading: text, in: "PNG")
        }
        throw .noCredential("the PNG holds no iTXt chunk with the keyword “\(keyword)”, so no baked credential")
    }

    /// The PNG with the credential in an `openbadgecredential` iTXt chunk right after IHDR (so it comes
    /// before the image data and IEND); any such chunk already there is replaced.
    public static func bake(_ credential: BakedCredential, into png: [UInt8], standard: BakingStandard = .openBadges3,
                            limit: Int = defaultLimit) throws(BakingError) -> [UInt8] {
        guard png.count <= limit else { throw .tooLarge(limit: limit) }
        try credential.check(in: "PNG")
        let keyword = standard.pngKeyword
        var chunks: [PNGChunk] = []
        for chunk in try PNGChunks.read(png) where !isCredentialChunk(chunk, keyword: keyword) {
            chunks.append(chunk)
        }
        let data = Array(keyword.utf8) + [0, 0, 0, 0, 0] + Array(credential.text.utf8)
        chunks.insert(PNGChunk(type: "iTXt", data: data), at: 1)
        return PNGChunks.write(chunks)
    }

    /// An existing baked credential, compressed or not, in iTXt, zTXt or tEXt.
    private static func isCredentialChunk(_ chunk: PNGChunk, keyword: String) -> Bool {
        guard ["iTXt", "zTXt", "tEXt"].contains(chunk.type) else { return false }
        return chunk.data.starts(with: Array(keyword.utf8) + [0])
    }

    /// The text of an iTXt chunk with the OB keyword; nil for any other keyword (iTXt layout: PNG §11.3.3.4).
    private static func credentialText(_ data: [UInt8], keyword: String) throws(BakingError) -> String? {
        guard let keywordEnd = data.firstIndex(of: 0), (1...79).contains(keywordEnd) else {
            throw .malformedPNG("an iTXt chunk has no keyword of 1 to 79 bytes")
        }
        guard data[..<keywordEnd].elementsEqual(keyword.utf8) else { return nil }
        var index = keywordEnd + 1
        guard data.count >= index + 2 else { throw .malformedCredential("the \(keyword) iTXt chunk is cut short") }
        let (flag, method) = (data[index], data[index + 1])
        guard flag == 0 else {
            throw .malformedCredential("the \(keyword) iTXt chunk is compressed (method \(method)), which OB 3.0 forbids")
        }
        index += 2
        for field in ["language tag", "translated keyword"] {
            guard let end = data[index...].firstIndex(of: 0) else {
                throw .malformedCredential("the \(keyword) iTXt chunk ends inside its \(field)")
            }
            index = end + 1
        }
        let textBytes = data[index...]
        guard !textBytes.contains(0) else { throw .malformedCredential("the \(keyword) iTXt text contains a NUL byte") }
        guard let text = String(validating: textBytes, as: UTF8.self) else {
            throw .malformedCredential("the \(keyword) iTXt text is not UTF-8")
        }
        return text
    }
}
