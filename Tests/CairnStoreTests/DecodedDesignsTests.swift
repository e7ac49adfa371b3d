import CairnCore
import Testing
@testable import CairnStore

@Suite struct DecodedDesignsTests {
    @Test func eachTextIsDecodedOnceAndTheCacheStaysBounded() throws {
        let cache = DecodedDesigns(capacity: 2)
        var decoded = 0
        func decode(_ bytes: [UInt8]) throws -> Design {
            decoded += 1
            return Design.blank(title: String(decoding: bytes, as: UTF8.self))
        }
        #expect(try cache.design(of: "v1", Array("A".utf8), decode: decode).title == "A")
        #expect(try cache.design(of: "v1", Array("A".utf8), decode: decode).title == "A")
        #expect(decoded == 1, "the second read is a hit")
        #expect(try cache.design(of: "v2", Array("B".utf8), decode: decode).title == "B")
        #expect(cache.count == 2)
        #expect(try cache.design(of: "v3", Array("C".utf8), decode: decode).title == "C")
        #expect(cache.count == 1, "full: it started again")
        #expect(decoded == 3)
    }

    @Test func anEditedDraftIsDecodedAgain() throws {
        let cache = DecodedDesigns(capacity: 4)
        var decoded = 0
        func decode(_ bytes: [UInt8]) throws -> Design {
            decoded += 1
            return Design.blank(title: String(decoding: bytes, as: UTF8.self))
        }
        #expect(try cache.design(of: "draft", Array("Before".utf8), decode: decode).title == "Before")
        #expect(try cache.design(of: "draft", Array("After".utf8), decode: decode).title == "After")
        #expect(try cache.design(of: "draft", Array("After".utf8), decode: decode).title == "After")
        #expect(decoded == 2, "the new JSON is decoded once, then kept")
        #expect(try cache.design(of: "other", Array("After".utf8), decode: decode).title == "After", "another version with equal JSON")
    }

    @Test func aFailedDecodeIsNotKept() {
        let cache = DecodedDesigns(capacity: 4)
        struct Broken: Error {}
        #expect(throws: Broken.self) { try cache.design(of: "v", Array("{".utf8), decode: { _ in throw Broken() }) }
        #expect(cache.count == 0)
    }

    @Test func aDesignKeptFromAFrozenRowIsAHitWithoutItsJSONAndADraftsNeverIs() throws {
        let cache = DecodedDesigns(capacity: 4)
        func decode(_ bytes: [UInt8]) throws -> Design { Design.blank(title: String(decoding: bytes, as: UTF8.self)) }
        _ = try cache.design(of: "v", Array("Draft".utf8), decode: decode)
        #expect(cache.frozenDesign(of: "v") == nil, "kept from a draft: it may still change")
        // Published with other JSON than the cache last saw: read and compared, then frozen.
        #expect(try cache.design(of: "v", Array("Published".utf8), frozen: true, decode: decode).title == "Published")
        #expect(cache.frozenDesign(of: "v")?.title == "Published")
        _ = try cache.design(of: "w", Array("Same".utf8), decode: decode)
        _ = try cache.design(of: "w", Array("Same".utf8), frozen: true, decode: { _ in throw DesignFileError.invalidJSON(detail: "not decoded again") })
        #expect(cache.frozenDesign(of: "w")?.title == "Same", "a hit from a frozen row marks the kept design frozen")
    }
}
