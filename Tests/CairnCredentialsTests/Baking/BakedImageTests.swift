import Testing
import CairnCredentials

@Suite struct BakedImageTests {
    @Test func aPNGAndAnSVGAreToldApartByTheirFirstBytes() throws {
        #expect(BakedImage.format(of: PNGBakingTests.pixel) == .png)
        #expect(BakedImage.format(of: Array(SVGBakingTests.square.utf8)) == .svg)
        #expect(BakedImage.format(of: [0xEF, 0xBB, 0xBF, 0x0A] + Array("<svg/>".utf8)) == .svg)
        #expect(BakedImage.format(of: Array("{\"id\":1}".utf8)) == nil)
        #expect(BakedImage.format(of: []) == nil)
    }

    @Test func eitherFormatIsRead() throws {
        let jwt = PNGBakingTests.jwt
        #expect(try BakedImage.read(PNGBaking.bake(.jwt(jwt), into: PNGBakingTests.pixel)) == .jwt(jwt))
        #expect(try BakedImage.read(SVGBaking.bake(.jwt(jwt), into: Array(SVGBakingTests.square.utf8))) == .jwt(jwt))
        #expect(throws: BakingError.notAnImage) { try BakedImage.read(Array("GIF89a".utf8)) }
    }
}
