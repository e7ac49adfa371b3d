import CZlib

/// GZIP (RFC 1952) compression through zlib, with a bound on what decompression may produce.
public enum Gzip {
    /// Why bytes could not be decompressed.
    public enum Failure: Error, Equatable, Sendable {
        /// The bytes are not one complete GZIP member (zlib's reason).
        case notGzip(String)
        /// Decompressing would produce more than `limit` bytes.
        case tooLarge(limit: Int)
    }

    /// The bytes compressed as one GZIP member (zlib's default level; no file name, time 0).
    public static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        // windowBits 15 + 16: a GZIP wrapper instead of zlib's.
        var status = deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "zlib could not start compressing (\(status))")
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 32)
        status = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        // deflateBound leaves room for everything, so one call finishes.
        precondition(status == Z_STREAM_END, "zlib could not finish compressing (\(status))")
        return Array(output.prefix(Int(stream.total_out)))
    }

    /// The bytes of one GZIP member, refusing to produce more than `limit` bytes or to accept
    /// anything after the member.
    public static func decompress(_ bytes: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .notGzip("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var input = bytes
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var status: Int32 = Z_OK
        var overflow = false
        input.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = uInt(inBuffer.count)
            while status == Z_OK {
                let produced = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = uInt(outBuffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return outBuffer.count - Int(stream.avail_out)
                }
                guard output.count + produced <= limit else {
                    overflow = true
                    return
                }
                output.append(contentsOf: chunk.prefix(produced))
            }
        }
        if overflow { throw .tooLarge(limit: limit) }
        guard status == Z_STREAM_END else {
            let reason = stream.msg.map { String(cString: $0) } ?? (status == Z_BUF_ERROR ? "the data ends too soon" : "zlib status \(status)")
            throw .notGzip(reason)
        }
        guard stream.avail_in == 0 else { throw .notGzip("bytes after the end of the GZIP data") }
        return output
    }
}
