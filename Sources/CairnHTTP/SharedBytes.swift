/// Bytes in one buffer of their own that never changes, for a body served many times (a kept page):
/// the server hands the buffer itself to libmicrohttpd, holding a reference until the response is
/// sent, instead of copying the bytes for every request.
public final class SharedBytes: Sendable {
    /// The buffer, allocated once and freed with the object; nothing writes to it after `init`.
    nonisolated(unsafe) let buffer: UnsafeMutableRawBufferPointer

    /// A copy of `bytes` in a buffer of its own.
    public init(_ bytes: [UInt8]) {
        buffer = .allocate(byteCount: bytes.count, alignment: 1)
        bytes.withUnsafeBytes { buffer.copyMemory(from: $0) }
    }

    /// How many bytes.
    public var count: Int { buffer.count }

    /// The bytes as an array (a copy).
    public var array: [UInt8] { Array(UnsafeRawBufferPointer(buffer)) }

    deinit { buffer.deallocate() }
}
