import CairnApp
import CairnCore
import CairnStore
@testable import CairnWeb
import Foundation
import Testing

/// The microcredential's image: uploaded from the editor (`POST /studio/:id/edit/image`), served to
/// designers (`GET /studio/:id/image`) and, once published, to anyone (`…/versions/:number/image`).
@Suite struct ImageTests {
    static let designer = "designer@riverbend.example"
    static let alt = #"Sticky notes "exit tickets" & a <chart>"#

    /// A valid 1×1 transparent PNG: signature, IHDR, one IDAT, IEND (CRCs included).
    static let png: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
        0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01,
        0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
        0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01,
        0x0D, 0x0A, 0x2D, 0xB4,
        0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]

    static var pngHex: String { Crypto.hex(Crypto.sha256(png)) }

    /// Posts the editor's image form as a browser does: multipart, with the page's CSRF token.
    /// An empty `filename` is what a browser sends when no file was chosen.
    static func postImage(_ browser: HTTPTestClient, _ id: String, bytes: [UInt8] = png, filename: String = "picture.png",
                          alt: String = alt, action: String = "save") throws -> TestResponse {
        let token = try #require(try browser.get("/studio/\(id)/edit").csrfToken)
        return try browser.postMultipart("/studio/\(id)/edit/image",
                                         fields: [("_csrf", token), ("image_alt", alt), ("action", action)],
                                         file: ("image", filename, filename.isEmpty ? "application/octet-stream" : "image/png", bytes))
    }

    @Test func uploadedImageShowsWithItsAltAndIsServedWithValidators() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete())
            let designer = try app.signedIn(Self.designer)

            let uploaded = try Self.postImage(designer, id)
            #expect(uploaded.status == 303)
            #expect(uploaded.location == "/studio/\(id)/edit#section-basics")
            let image = try #require(try app.draftDesign(id)?.image)
            #expect(image == DesignImage(blob: Self.pngHex, alt: Self.alt))
            #expect(app.app.installation.blobs.contains(try #require(BlobReference.ID(Self.pngHex))))

            let escapedAlt = "Sticky notes &quot;exit tickets&quot; &amp; a &lt;chart&gt;"
            let tag = #"<img class="detail__image" src="/studio/\#(id)/image?version=1" alt="\#(escapedAlt)">"#
            let editor = try designer.get("/studio/\(id)/edit")
            #expect(editor.text.contains("Image uploaded."))
            #expect(editor.text.contains(#"src="/studio/\#(id)/image?version=1" alt="\#(escapedAlt)""#))
            #expect(editor.inputValue("image_alt") == escapedAlt)
            #expect(editor.text.contains(#"value="remove">Remove the image</button>"#))
            let preview = try designer.get("/studio/\(id)/preview")
            #expect(preview.status == 200)
            #expect(preview.text.contains(tag), "the preview shows the image with its alt text")
            #expect(!preview.text.contains("<chart>"))

            let served = try designer.get("/studio/\(id)/image?version=1")
            #expect(served.status == 200)
            #expect(served.header("Content-Type") == "image/png")
            #expect(served.header("Cache-Control")?.contains("no-cache") == true)
            #expect(served.header("X-Content-Type-Options") == "nosniff")
            #expect(served.body == Self.png)
            let etag = try #require(served.header("ETag"))
            #expect(try designer.get("/studio/\(id)/image").body == Self.png, "without a version: the latest draft's")
            let again = try designer.get("/studio/\(id)/image?version=1", headers: [("If-None-Match", etag)])
            #expect(again.status == 304)
            #expect(again.body.isEmpty)
            #expect(try designer.get("/studio/\(id)/image?version=9").status == 404)
            #expect(try app.client().get("/studio/\(id)/image").status == 303, "signed out: to the sign-in page")
        }
    }

    @Test func aTextFileNamedPNGIsRefusedByItsContent() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete())
            let designer = try app.signedIn(Self.designer)
            let before = try app.draftDesign(id)
            let response = try Self.postImage(designer, id, bytes: Array("just some notes, not a picture\n".utf8), filename: "photo.png")
            #expect(response.status == 422)
            #expect(response.fieldError("image")?.contains("not an image") == true)
            #expect(response.inputValue("image_alt") != nil, "what was typed is shown again")
            #expect(try app.draftDesign(id) == before)
            // An SVG (script-capable) is not accepted either, whatever its name.
            let svg = try Self.postImage(designer, id, bytes: Array(#"<svg xmlns="http://www.w3.org/2000/svg"/>"#.utf8), filename: "a.png")
            #expect(svg.status == 422)
            #expect(try app.draftDesign(id) == before)
        }
    }

    @Test func anImageOverFiveMegabytesIsRefused() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete())
            let designer = try app.signedIn(Self.designer)
            let big = Self.png + [UInt8](repeating: 0, count: 5 * 1024 * 1024 + 1 - Self.png.count)
            let response = try Self.postImage(designer, id, bytes: big, filename: "big.png")
            #expect(response.status == 422)
            #expect(response.fieldError("image") == "The image is 5.1 MB; the largest accepted is 5 MB. Save it smaller and try again.")
            #expect(try app.draftDesign(id)?.image == nil)
            #expect(!app.app.installation.blobs.contains(try #require(BlobReference.ID(Crypto.hex(Crypto.sha256(big))))), "nothing stored")
            // Exactly 5 MB is accepted.
            let limit = Array(big.dropLast())
            #expect(try Self.postImage(designer, id, bytes: limit, filename: "limit.png").status == 303)
        }
    }

    @Test func anImageNeedsAltTextAndAFile() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete())
            let designer = try app.signedIn(Self.designer)
            let noAlt = try Self.postImage(designer, id, alt: "   ")
            #expect(noAlt.status == 422)
            #expect(noAlt.fieldError("image_alt") == "Describe the image for people who cannot see it: an image needs its alt text.")
            #expect(try app.draftDesign(id)?.image == nil)

            let noFile = try Self.postImage(designer, id, bytes: [], filename: "")
            #expect(noFile.status == 422)
            #expect(noFile.fieldError("image") == "Choose an image file: a PNG, JPEG, GIF or WebP picture.")
            #expect(try app.draftDesign(id)?.image == nil)
        }
    }

    @Test func theAltTextChangesAloneAndTheImageCanBeRemoved() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete())
            let designer = try app.signedIn(Self.designer)
            #expect(try Self.postImage(designer, id).status == 303)

            let described = try Self.postImage(designer, id, bytes: [], filename: "", alt: "A teacher reading exit tickets")
            #expect(described.status == 303)
            #expect(try app.draftDesign(id)?.image == DesignImage(blob: Self.pngHex, alt: "A teacher reading exit tickets"))
            #expect(try Self.postImage(designer, id, bytes: [], filename: "", alt: "").status == 422, "alt text cannot be cleared")

            let removed = try Self.postImage(designer, id, bytes: [], filename: "", alt: "", action: "remove")
            #expect(removed.status == 303)
            #expect(try app.draftDesign(id)?.image == nil)
            #expect(try designer.get("/studio/\(id)/image").status == 404)
            #expect(!(try designer.get("/studio/\(id)/preview").text.contains("detail__image")))
        }
    }

    @Test func anotherOrganizationsDesignerGets404() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete())
            let designer = try app.signedIn(Self.designer)
            #expect(try Self.postImage(designer, id).status == 303)

            let lakeside = try app.signedIn("admin@lakeside.example")
            let token = try #require(try lakeside.get("/studio").csrfToken)
            let upload = try lakeside.postMultipart("/studio/\(id)/edit/image",
                                                    fields: [("_csrf", token), ("image_alt", "Mine now"), ("action", "save")],
                                                    file: ("image", "x.png", "image/png", Self.png))
            #expect(upload.status == 404)
            #expect(try app.draftDesign(id)?.image?.alt == Self.alt)
            #expect(try lakeside.get("/studio/\(id)/image").status == 404)
            #expect(try lakeside.get("/studio/\(id)/image?version=1").status == 404)

            // An educator of the same organization may not upload either.
            let educator = try app.signedIn("mei.chen@riverbend.example")
            let educatorToken = try #require(try educator.get("/dashboard").csrfToken)
            let refused = try educator.postMultipart("/studio/\(id)/edit/image",
                                                     fields: [("_csrf", educatorToken), ("image_alt", "x"), ("action", "save")],
                                                     file: ("image", "x.png", "image/png", Self.png))
            #expect(refused.status == 403)
        }
    }

    @Test func thePublicImageIsServedOnlyOncePublished() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete(), slug: "checks")
            let designer = try app.signedIn(Self.designer)
            #expect(try Self.postImage(designer, id, alt: "A teacher reading exit tickets").status == 303)
            let visitor = app.client()
            let url = "/o/riverbend/microcredentials/checks/versions/1/image"
            #expect(try visitor.get(url).status == 404, "a draft's image is not public")

            try app.publish(id)
            let served = try visitor.get(url)
            #expect(served.status == 200)
            #expect(served.header("Content-Type") == "image/png")
            #expect(served.header("Cache-Control") == "public, max-age=31536000, immutable")
            #expect(served.body == Self.png)
            let etag = try #require(served.header("ETag"))
            #expect(try visitor.get(url, headers: [("If-None-Match", etag)]).status == 304)
            #expect(try visitor.get("/o/lakeside/microcredentials/checks/versions/1/image").status == 404)
            #expect(try visitor.get("/o/riverbend/microcredentials/checks/versions/2/image").status == 404)

            let tag = #"<img class="detail__image" src="\#(url)" alt="A teacher reading exit tickets">"#
            #expect(try visitor.get("/o/riverbend/microcredentials/checks").text.contains(tag))
            #expect(try visitor.get("/o/riverbend/microcredentials/checks/versions/1").text.contains(tag))
            #expect(try visitor.get("/o/riverbend/catalog").text.contains(
                #"<img class="card__image" src="\#(url)" alt="A teacher reading exit tickets">"#))

            // Published versions never change: the editor refuses a new image with 409.
            #expect(try Self.postImage(designer, id).status == 409)
        }
    }

    @Test func anImageThatLostItsAltTextIsACheckerError() throws {
        try TestApp.with { app in
            var design = Design.complete()
            design.image = DesignImage(blob: Self.pngHex, alt: "")
            let id = try app.createMicrocredential(design)
            let editor = try app.signedIn(Self.designer).get("/studio/\(id)/edit")
            #expect(editor.checklistErrors == ["Describe the image in its alternative text, for people who cannot see it."])
            #expect(editor.text.contains(##"href="#image-alt""##))
            #expect(editor.text.contains(#"id="image-alt""#))
        }
    }

    @Test func anImportedDesignKeepsItsAltTextButNoBlob() throws {
        try TestApp.with { app in
            var design = Design.complete()
            design.image = DesignImage(blob: Self.pngHex, alt: "A teacher reading exit tickets")
            let exported = DesignFile(design: design).encode()
            #expect(!String(decoding: exported, as: UTF8.self).contains(Self.pngHex), "files carry no blob")

            let designer = try app.signedIn(Self.designer)
            let token = try #require(try designer.get("/studio/import").csrfToken)
            let imported = try designer.postMultipart("/studio/import", fields: [("_csrf", token)],
                                                      file: ("design", "design.json", "application/json", exported))
            #expect(imported.status == 303)
            let id = try #require(imported.location?.split(separator: "/").last.map(String.init))
            #expect(try app.draftDesign(id)?.image == DesignImage(blob: nil, alt: "A teacher reading exit tickets"))
            let editor = try designer.get("/studio/\(id)/edit")
            #expect(editor.text.contains("no image is uploaded yet"))
            #expect(!editor.text.contains("<img"), "nothing to show yet")
            #expect(try designer.get("/studio/\(id)/image").status == 404)
        }
    }
}
