import Testing
@testable import CairnCredentials

@Suite struct PNGBakingTests {
    /// A 1×1 white greyscale PNG written out by hand: the signature; IHDR (width 1, height 1, bit depth 8,
    /// colour type 0); IDAT, the zlib stream of the one scanline (filter byte 0, pixel 0xFF); IEND.
    /// Each chunk ends with its CRC-32.
    static let pixel: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
        0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01,
        0x08, 0x00, 0x00, 0x00, 0x00, 0x3A, 0x7E, 0x9B, 0x55,
        0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0x0F, 0x00, 0x01, 0x01,
        0x01, 0x00, 0xB1, 0x38, 0xF6, 0x14,
        0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]
    static let jwt = "eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJkaWQ6ZXhhbXBsZToxIn0.c2lnbmF0dXJlLWJ5dGVz"

    static func credentialJSON() throws -> String {
        try TestVectors.text("vectors/ob-v3p0-schema-examples/basic-openbadgecredential.json")
    }

    @Test func theHandWrittenPixelIsAWellFormedPNGWithoutACredential() throws {
        #expect(try PNGChunks.read(Self.pixel).map(\.type) == ["IHDR", "IDAT", "IEND"])
        #expect(throws: BakingError.noCredential("the PNG holds no iTXt chunk with the keyword “openbadgecredential”, so no baked credential")) {
            try PNGBaking.read(Self.pixel)
        }
    }

    @Test func aJSONCredentialRoundTripsInAnUncompressedITXtChunkBeforeTheImageData() throws {
        let json = try Self.credentialJSON()
        let baked = try PNGBaking.bake(.json(json), into: Self.pixel)
        #expect(try PNGBaking.read(baked) == .json(json))
        let chunks = try PNGChunks.read(baked)
        #expect(chunks.map(\.type) == ["IHDR", "iTXt", "IDAT", "IEND"])
        // keyword, NUL, compression flag 0, method 0, empty language tag, NUL, empty translated keyword, NUL, text
        #expect(chunks[1].data == Array("openbadgecredential".utf8) + [0, 0, 0, 0, 0] + Array(json.utf8))
    }

    @Test func aJWTRoundTrips() throws {
        let baked = try PNGBaking.bake(.jwt(Self.jwt), into: Self.pixel)
        #expect(try PNGBaking.read(baked) == .jwt(Self.jwt))
    }

    @Test func bakingAgainReplacesTheOldCredentialWhereverItWas() throws {
        // Given a PNG whose old credential sits after the image data
        let old = PNGChunk(type: "iTXt", data: Array("openbadgecredential".utf8) + [0, 0, 0, 0, 0] + Array(Self.jwt.utf8))
        let chunks = try PNGChunks.read(Self.pixel)
        let withOld = PNGChunks.write([chunks[0], chunks[1], old, chunks[2]])
        #expect(try PNGBaking.read(withOld) == .jwt(Self.jwt))
        // When a new credential is baked
        let json = try Self.credentialJSON()
        let rebaked = try PNGBaking.bake(.json(json), into: withOld)
        // Then only the new one is there
        #expect(try PNGBaking.read(rebaked) == .json(json))
        #expect(try PNGChunks.read(rebaked).map(\.type) == ["IHDR", "iTXt", "IDAT", "IEND"])
    }

    @Test func otherTextChunksAreKept() throws {
        let comment = PNGChunk(type: "tEXt", data: Array("Comment".utf8) + [0] + Array("made by hand".utf8))
        let chunks = try PNGChunks.read(Self.pixel)
        let png = PNGChunks.write([chunks[0], comment, chunks[1], chunks[2]])
        let baked = try PNGBaking.bake(.jwt(Self.jwt), into: png)
        #expect(try PNGChunks.read(baked).contains(comment))
    }

    @Test func aDamagedChunkIsRefusedForItsCRC() {
        var damaged = Self.pixel
        damaged[44] ^= 0x01   // a byte of the IDAT data
        #expect(throws: BakingError.malformedPNG("the IDAT chunk at byte 33 fails its CRC check (the file is damaged)")) {
            try PNGBaking.read(damaged)
        }
    }

    @Test func aTruncatedPNGIsRefused() throws {
        #expect(throws: BakingError.malformedPNG("the file ends without an IEND chunk (truncated)")) {
            try PNGBaking.read(Array(Self.pixel.dropLast(12)))
        }
        #expect(throws: BakingError.malformedPNG("the file ends inside the chunk starting at byte 55 (truncated)")) {
            try PNGBaking.read(Array(Self.pixel.dropLast(5)))
        }
        let baked = try PNGBaking.bake(.jwt(Self.jwt), into: Self.pixel)
        let length = 24 + Self.jwt.utf8.count   // keyword, five header bytes, the JWS
        #expect(throws: BakingError.malformedPNG("the iTXt chunk at byte 33 needs \(length) bytes of data but the file ends first (truncated)")) {
            try PNGBaking.read(Array(baked.prefix(100)))
        }
    }

    @Test func somethingOtherThanAPNGIsRefusedForItsSignature() {
        var gif = Self.pixel
        gif.replaceSubrange(0..<8, with: Array("GIF89a\0\0".utf8))
        #expect(throws: BakingError.notPNG) { try PNGBaking.read(gif) }
        #expect(throws: BakingError.notPNG) { try PNGBaking.read([]) }
        #expect(throws: BakingError.notPNG) { try PNGBaking.bake(.jwt(Self.jwt), into: Array("{\"a\":1}".utf8)) }
        #expect("\(BakingError.notPNG)" == "not a PNG image: the file does not start with the PNG signature")
    }

    @Test func chunkFramingIsCheckedStrictly() {
        var huge = Self.pixel
        huge.replaceSubrange(33..<37, with: [0xFF, 0xFF, 0xFF, 0xF0])
        #expect(throws: BakingError.malformedPNG("the chunk at byte 33 declares 4294967280 bytes, more than PNG allows")) {
            try PNGBaking.read(huge)
        }
        #expect(throws: BakingError.malformedPNG("1 bytes follow the IEND chunk")) { try PNGBaking.read(Self.pixel + [0]) }
        let noHeader = PNGChunks.signature + Array(Self.pixel[33...])
        #expect(throws: BakingError.malformedPNG("the first chunk is IDAT, not a 13-byte IHDR")) { try PNGBaking.read(noHeader) }
        var badType = Self.pixel
        badType[37] = 0x31
        #expect(throws: BakingError.malformedPNG("the chunk at byte 33 has no four-letter type")) { try PNGBaking.read(badType) }
        #expect(throws: BakingError.tooLarge(limit: 10)) { try PNGBaking.read(Self.pixel, limit: 10) }
    }

    @Test func aCompressedOrUnreadableCredentialChunkIsRefused() throws {
        let chunks = try PNGChunks.read(Self.pixel)
        func with(_ data: [UInt8]) -> [UInt8] {
            PNGChunks.write([chunks[0], PNGChunk(type: "iTXt", data: data), chunks[1], chunks[2]])
        }
        let keyword = Array("openbadgecredential".utf8)
        #expect(throws: BakingError.malformedCredential("the openbadgecredential iTXt chunk is compressed (method 0), which OB 3.0 forbids")) {
            try PNGBaking.read(with(keyword + [0, 1, 0, 0, 0, 0x78, 0x9C]))
        }
        #expect(throws: BakingError.malformedCredential("the credential in the PNG is neither JSON nor a compact JWS")) {
            try PNGBaking.read(with(keyword + [0, 0, 0, 0, 0] + Array("hello".utf8)))
        }
        #expect(throws: BakingError.self) { try PNGBaking.read(with(keyword + [0, 0, 0, 0, 0] + Array("{\"a\":".utf8))) }
        #expect(throws: BakingError.malformedCredential("the openbadgecredential iTXt text is not UTF-8")) {
            try PNGBaking.read(with(keyword + [0, 0, 0, 0, 0, 0x7B, 0xFF]))
        }
        #expect(throws: BakingError.malformedCredential("the openbadgecredential iTXt chunk ends inside its language tag")) {
            try PNGBaking.read(with(keyword + [0, 0, 0]))
        }
    }

    @Test func onlyAWellFormedCredentialIsBaked() {
        #expect(throws: BakingError.self) { try PNGBaking.bake(.json("{not json"), into: Self.pixel) }
        #expect(throws: BakingError.self) { try PNGBaking.bake(.jwt("a.b"), into: Self.pixel) }
    }

    @Test func aCLRCredentialTakesItsOwnKeyword() throws {
        let baked = try PNGBaking.bake(.jwt(Self.jwt), into: Self.pixel, standard: .clr2)
        #expect(try PNGBaking.read(baked, standard: .clr2) == .jwt(Self.jwt))
        #expect(try PNGChunks.read(baked)[1].data.starts(with: Array("clrcredential".utf8) + [0, 0, 0, 0, 0]))
        #expect(throws: BakingError.noCredential("the PNG holds no iTXt chunk with the keyword “openbadgecredential”, so no baked credential")) {
            try PNGBaking.read(baked)
        }
    }
}
