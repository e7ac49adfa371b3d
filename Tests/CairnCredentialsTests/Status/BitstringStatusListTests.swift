import Testing
@testable import CairnCredentials

@Suite struct BitstringStatusListTests {
    /// The `encodedList` of Example 3 ("Example BitstringStatusListCredential") of W3C Bitstring
    /// Status List v1.0 (Recommendation, 15 May 2025): 131,072 entries, none set.
    static let specExample = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA"

    @Test func theSpecificationsExampleIsAnEmptyListOf131072Entries() throws {
        let list = try BitstringStatusList(encodedList: Self.specExample)
        #expect(list.bitCount == 131_072)
        #expect(list.bytes.allSatisfy { $0 == 0 })
        #expect(try !list.isSet(0) && !list.isSet(94_567) && !list.isSet(131_071))
        #expect(list == (try BitstringStatusList()))
    }

    @Test func anEmptyListIsEncodedAsTheSpecificationEncodesIt() throws {
        // zlib's default level gives the spec's bytes exactly (GZIP header with time 0, OS Unix).
        #expect(try BitstringStatusList().encodedList == Self.specExample)
    }

    @Test func indexZeroIsTheLeftmostBitOfTheFirstByte() throws {
        var list = try BitstringStatusList()
        try list.set(0)
        try list.set(9)
        try list.set(131_071)
        #expect(list.bytes[0] == 0b1000_0000)
        #expect(list.bytes[1] == 0b0100_0000)
        #expect(list.bytes[16_383] == 0b0000_0001)
        try list.set(0, false)
        #expect(list.bytes[0] == 0)
        #expect(try !list.isSet(0) && list.isSet(9))
    }

    @Test func aListRoundTripsThroughItsEncodedList() throws {
        var list = try BitstringStatusList(entries: 200_000)
        for index in [3, 94_567, 199_999] { try list.set(index) }
        let encoded = list.encodedList
        #expect(encoded.hasPrefix("uH4sI"))
        #expect(encoded.count < 200)
        let read = try BitstringStatusList(encodedList: encoded)
        #expect(read == list)
        #expect(try read.isSet(94_567) && !read.isSet(94_566) && read.isSet(199_999))
    }

    @Test func entriesOfSeveralBitsAreReadMostSignificantFirst() throws {
        var list = try BitstringStatusList(statusSize: 2)
        try list.setStatus(0b10, at: 1, statusSize: 2)
        #expect(list.bytes[0] == 0b0010_0000)
        #expect(try list.status(at: 1, statusSize: 2) == 2)
        #expect(throws: StatusListError.valueTooLarge(4, statusSize: 2)) { try list.setStatus(4, at: 0, statusSize: 2) }
    }

    @Test func anIndexOutsideTheListIsARangeError() throws {
        let list = try BitstringStatusList()
        #expect(throws: StatusListError.indexOutOfRange(index: 131_072, entries: 131_072)) { try list.isSet(131_072) }
        #expect(throws: StatusListError.indexOutOfRange(index: -1, entries: 131_072)) { try list.isSet(-1) }
    }

    @Test func aListShorterThanTheMinimumIsALengthError() throws {
        #expect(throws: StatusListError.tooShort(entries: 1_000, minimum: 131_072)) { try BitstringStatusList(entries: 1_000) }
        let short = Multibase.encode(Gzip.compress([UInt8](repeating: 0, count: 1_000)), base: .base64url)
        #expect(throws: StatusListError.tooShort(entries: 8_000, minimum: 131_072)) {
            try BitstringStatusList(encodedList: short)
        }
        #expect(try BitstringStatusList(encodedList: short, minimumEntries: 8_000).bitCount == 8_000)
    }

    @Test func aListThatExpandsPastTheLimitIsRefused() {
        #expect(throws: StatusListError.tooLarge(limit: 8_192)) {
            try BitstringStatusList(encodedList: Self.specExample, maxBytes: 8_192)
        }
        #expect(throws: StatusListError.tooLarge(limit: 1_024)) {
            try BitstringStatusList(encodedList: "u" + String(repeating: "A", count: 10_000), maxBytes: 1_024)
        }
    }

    @Test func whatIsNotAnEncodedListIsAMalformedValue() {
        #expect(throws: StatusListError.notMultibaseBase64URL) {
            try BitstringStatusList(encodedList: "zH4sIAAAAAAAAA")
        }
        #expect(throws: StatusListError.notMultibaseBase64URL) {
            try BitstringStatusList(encodedList: "H4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA")
        }
        #expect(throws: StatusListError.self) {
            try BitstringStatusList(encodedList: Multibase.encode("not gzip".bytes, base: .base64url))
        }
    }

    /// The empty 16 KB list as StatusList2021 credentials publish it: no multibase "u".
    static let statusList2021Empty = "H4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA"

    @Test func aStatusList2021ListIsReadWithoutTheMultibasePrefix() throws {
        let list = try BitstringStatusList(statusList2021EncodedList: Self.statusList2021Empty)
        #expect(list.bitCount == 131_072)
        #expect(try !list.isSet(42))
        #expect(throws: StatusListError.notMultibaseBase64URL) { try BitstringStatusList(encodedList: Self.statusList2021Empty) }
    }

    @Test func paddingLeftInAStatusList2021ListIsAccepted() throws {
        var list = try BitstringStatusList()
        try list.set(42)
        let padded = Base64URL.encode(Gzip.compress(list.bytes)) + "=="
        #expect(try BitstringStatusList(statusList2021EncodedList: padded).isSet(42))
    }
}
