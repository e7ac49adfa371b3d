/// The captions format videos take: WebVTT, checked by content.
public enum WebVTT {
    /// The largest captions file accepted, in bytes (a lesson's captions are a few dozen KB).
    public static let maximumBytes = 1 << 20

    /// Whether `bytes` are WebVTT: UTF-8 (a byte order mark allowed) starting with the `WEBVTT`
    /// signature, followed by the end, a space, a tab or a line break.
    public static func isWebVTT(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard body.starts(with: Array("WEBVTT".utf8)) else { return false }
        let after = body.dropFirst(6).first
        guard after == nil || after == 0x20 || after == 0x09 || after == 0x0A || after == 0x0D else { return false }
        return String(validating: body, as: UTF8.self) != nil
    }
}
