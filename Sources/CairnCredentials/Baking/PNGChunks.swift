import CZlib

/// One PNG chunk: its four-letter type and its data (the length and CRC are derived when written).
struct PNGChunk: Equatable {
    let type: String
    let data: [UInt8]

    /// The chunk as the file holds it: length, type, data and the CRC-32 of type and data (zlib's `crc32`).
    var bytes: [UInt8] {
        let typeBytes = Array(type.utf8)
        var out = PNGChunks.bigEndian(UInt32(data.count))
        out += typeBytes + data
        out += PNGChunks.bigEndian(PNGChunks.crc(typeBytes, data))
        return out
    }
}

/// Strict reading and writing of a PNG datastream's chunks (PNG §5): the signature, IHDR first,
/// IEND last with nothing after it, every length within bounds and every CRC checked.
enum PNGChunks {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// The largest chunk length PNG allows (2³¹ − 1).
    static let maximumLength = 0x7FFF_FFFF

    /// The chunks of a PNG file, refusing anything that is not well formed.
    static func read(_ bytes: [UInt8]) throws(BakingError) -> [PNGChunk] {
        guard bytes.count >= signature.count, Array(bytes.prefix(signature.count)) == signature else { throw .notPNG }
        var chunks: [PNGChunk] = []
        var offset = signature.count
        while offset < bytes.count {
            guard bytes.count - offset >= 12 else {
                throw .malformedPNG("the file ends inside the chunk starting at byte \(offset) (truncated)")
            }
            let length = Int(readUInt32(bytes, at: offset))
            guard length <= maximumLength else {
                throw .malformedPNG("the chunk at byte \(offset) declares \(length) bytes, more than PNG allows")
            }
            let typeBytes = Array(bytes[offset + 4 ..< offset + 8])
            guard typeBytes.allSatisfy(isLetter) else {
                throw .malformedPNG("the chunk at byte \(offset) has no four-letter type")
            }
            let type = String(decoding: typeBytes, as: UTF8.self)
            guard bytes.count - offset - 12 >= length else {
                throw .malformedPNG("the \(type) chunk at byte \(offset) needs \(length) bytes of data but the file ends first (truncated)")
            }
            let data = Array(bytes[offset + 8 ..< offset + 8 + length])
            let stored = readUInt32(bytes, at: offset + 8 + length)
            guard stored == crc(typeBytes, data) else {
                throw .malformedPNG("the \(type) chunk at byte \(offset) fails its CRC check (the file is damaged)")
            }
            if chunks.isEmpty, type != "IHDR" || length != 13 {
                throw .malformedPNG("the first chunk is \(type), not a 13-byte IHDR")
            }
            chunks.append(PNGChunk(type: type, data: data))
            offset += 12 + length
            if type == "IEND" {
                guard offset == bytes.count else {
                    throw .malformedPNG("\(bytes.count - offset) bytes follow the IEND chunk")
                }
                return chunks
            }
        }
        throw .malformedPNG(chunks.isEmpty ? "the file holds no chunks" : "the file ends without an IEND chunk (truncated)")
    }

    /// A PNG file of the chunks.
    static func write(_ chunks: [PNGChunk]) -> [UInt8] {
        signature + chunks.flatMap(\.bytes)
    }

    /// CRC-32 of a chunk's type and data, through zlib.
    static func crc(_ type: [UInt8], _ data: [UInt8]) -> UInt32 {
        var crc = CZlib.crc32(0, nil, 0)
        crc = type.withUnsafeBufferPointer { CZlib.crc32(crc, $0.baseAddress, uInt($0.count)) }
        crc = data.withUnsafeBufferPointer { CZlib.crc32(crc, $0.baseAddress, uInt($0.count)) }
        return UInt32(truncatingIfNeeded: crc)
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func readUInt32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset ..< offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
