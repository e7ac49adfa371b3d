/// The two image formats OB 3.0 bakes credentials into, told apart by their first bytes.
public enum BakedImage {
    public enum Format: Equatable, Sendable {
        case png, svg
    }

    /// PNG when the bytes start with its signature; SVG when they start with `<` (after a UTF-8 byte
    /// order mark and whitespace); nil otherwise.
    public static func format(of bytes: [UInt8]) -> Format? {
        if bytes.starts(with: PNGChunks.signature) { return .png }
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        let first = rest.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return first == UInt8(ascii: "<") ? .svg : nil
    }

    /// The credential baked into a PNG or an SVG.
    public static func read(_ bytes: [UInt8], standard: BakingStandard = .openBadges3,
                            limit: Int = PNGBaking.defaultLimit) throws(BakingError) -> BakedCredential {
        switch format(of: bytes) {
        case .png: try PNGBaking.read(bytes, standard: standard, limit: limit)
        case .svg: try SVGBaking.read(bytes, standard: standard, limit: limit)
        case nil: throw .notAnImage
        }
    }
}
