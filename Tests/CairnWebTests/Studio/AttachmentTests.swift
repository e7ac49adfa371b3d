import CairnApp
import CairnCore
import CairnHTML
import CairnStore
@testable import CairnWeb
import Foundation
import Testing

/// Files attached to a design's resources: attached and removed from the editor
/// (`POST /studio/:id/edit/attachments`), downloaded by designers (`GET /studio/:id/attachments/:blob`)
/// and, once published, by anyone (`…/versions/:number/attachments/:blob`).
@Suite struct AttachmentTests {
    static let designer = "designer@riverbend.example"
    static let pdf = Array("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8)
    static let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00] + [UInt8](repeating: 7, count: 40)

    static func hex(_ bytes: [UInt8]) -> String { Crypto.hex(Crypto.sha256(bytes)) }

    /// Posts the editor's files form as a browser does: multipart, with the page's CSRF token.
    static func attach(_ browser: HTTPTestClient, _ id: String, _ bytes: [UInt8], as filename: String,
                       action: String = "add") throws -> TestResponse {
        let token = try #require(try browser.get("/studio/\(id)/edit").csrfToken)
        return try browser.postMultipart("/studio/\(id)/edit/attachments", fields: [("_csrf", token), ("action", action)],
                                         file: ("attachment", filename, "application/octet-stream", bytes))
    }

    @Test func anAttachedPDFIsListedAndDownloadedWithItsName() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete())
            let designer = try app.signedIn(Self.designer)
            let attached = try Self.attach(designer, id, Self.pdf, as: "Exit ticket guide.pdf")
            #expect(attached.status == 303)
            #expect(attached.location == "/studio/\(id)/edit#section-basics")
            let blob = Self.hex(Self.pdf)
            #expect(try app.draftDesign(id)?.attachments == [
                Attachment(blob: blob, filename: "Exit ticket guide.pdf", contentType: "application/pdf", size: Int64(Self.pdf.count)),
            ])

            let url = "/studio/\(id)/attachments/\(blob)?version=1"
            let editor = try designer.get("/studio/\(id)/edit")
            #expect(editor.text.contains("“Exit ticket guide.pdf” attached."))
            #expect(editor.text.contains(#"value="remove:\#(blob)">Remove"#))
            let preview = try designer.get("/studio/\(id)/preview")
            #expect(preview.text.contains(#"<h3>Files</h3>"#))
            #expect(preview.text.contains(#"<a href="\#(url)">Exit ticket guide.pdf</a><span class="muted"> (PDF, \#(Self.pdf.count) bytes)</span>"#))

            let download = try designer.get(url)
            #expect(download.status == 200)
            #expect(download.header("Content-Type") == "application/pdf")
            #expect(download.header("Content-Disposition")
                    == #"attachment; filename="Exit ticket guide.pdf"; filename*=UTF-8''Exit%20ticket%20guide.pdf"#)
            #expect(download.header("Cache-Control")?.contains("no-cache") == true)
            #expect(download.body == Self.pdf)
            let etag = try #require(download.header("ETag"))
            #expect(try designer.get(url, headers: [("If-None-Match", etag)]).status == 304)
            #expect(try designer.get("/studio/\(id)/attachments/\(String(repeating: "0", count: 64))").status == 404)
        }
    }

    struct Upload: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let bytes: [UInt8]
        let filename: String
        /// The content type stored, or nil when the file is refused.
        let contentType: String?
        var storedName: String? = nil
    }

    static let uploads: [Upload] = [
        Upload(testDescription: "a Word document", bytes: zip, filename: "Lesson plan.DOCX",
               contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        Upload(testDescription: "a PowerPoint", bytes: zip, filename: "slides.pptx",
               contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        Upload(testDescription: "an Excel sheet", bytes: zip, filename: "tracker.xlsx",
               contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        Upload(testDescription: "a PNG", bytes: ImageTests.png, filename: "chart.png", contentType: "image/png"),
        Upload(testDescription: "plain text", bytes: Array("Notes for the coach — ✓\n".utf8), filename: "notes.txt",
               contentType: "text/plain; charset=utf-8"),
        Upload(testDescription: "a PDF named .exe gets its extension", bytes: pdf, filename: "../../guide.exe",
               contentType: "application/pdf", storedName: "guide.exe.pdf"),
        Upload(testDescription: "a ZIP that is not an Office file", bytes: zip, filename: "archive.zip", contentType: nil),
        Upload(testDescription: "text named .pdf", bytes: Array("not a pdf".utf8), filename: "report.pdf", contentType: nil),
        Upload(testDescription: "binary named .txt", bytes: [0x4D, 0x5A, 0x90, 0x00, 0x03], filename: "readme.txt", contentType: nil),
        Upload(testDescription: "a GIF (not a resource format)", bytes: Array("GIF89a".utf8) + [1, 0, 1, 0], filename: "a.gif", contentType: nil),
        Upload(testDescription: "HTML named .txt is text, served as text", bytes: Array("<script>alert(1)</script>".utf8),
               filename: "page.txt", contentType: "text/plain; charset=utf-8"),
    ]

    @Test(arguments: uploads)
    func filesAreAcceptedByContent(_ upload: Upload) throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete())
            let designer = try app.signedIn(Self.designer)
            let response = try Self.attach(designer, id, upload.bytes, as: upload.filename)
            let attachments = try #require(try app.draftDesign(id)).attachments
            if let contentType = upload.contentType {
                #expect(response.status == 303)
                #expect(attachments.map(\.contentType) == [contentType])
                #expect(attachments.first?.filename == upload.storedName ?? upload.filename)
            } else {
                #expect(response.status == 422)
                #expect(response.fieldError("attachment")?.hasPrefix("This file is not one Cairn accepts") == true)
                #expect(attachments.isEmpty)
            }
        }
    }

    @Test func tooLargeMissingOrDuplicateFilesAreRefused() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete())
            let designer = try app.signedIn(Self.designer)
            let big = Self.pdf + [UInt8](repeating: 0x20, count: 20 * 1024 * 1024 + 1 - Self.pdf.count)
            let tooBig = try Self.attach(designer, id, big, as: "big.pdf")
            #expect(tooBig.status == 422)
            #expect(tooBig.fieldError("attachment") == "The file is 20.1 MB; the largest accepted is 20 MB. Share a larger file as a link instead.")
            #expect(!app.app.installation.blobs.contains(try #require(BlobReference.ID(Self.hex(big)))))

            let none = try Self.attach(designer, id, [], as: "")
            #expect(none.status == 422)
            #expect(none.fieldError("attachment") == "Choose a file to attach.")

            #expect(try Self.attach(designer, id, Self.pdf, as: "a.pdf").status == 303)
            let again = try Self.attach(designer, id, Self.pdf, as: "b.pdf")
            #expect(again.status == 422)
            #expect(again.fieldError("attachment") == "This file is attached already.")
            #expect(try app.draftDesign(id)?.attachments.map(\.filename) == ["a.pdf"])
        }
    }

    @Test func aFileCanBeRemoved() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete())
            let designer = try app.signedIn(Self.designer)
            #expect(try Self.attach(designer, id, Self.pdf, as: "a.pdf").status == 303)
            #expect(try Self.attach(designer, id, Self.zip, as: "b.docx").status == 303)
            let blob = Self.hex(Self.pdf)
            let removed = try Self.attach(designer, id, [], as: "", action: "remove:\(blob)")
            #expect(removed.status == 303)
            #expect(try app.draftDesign(id)?.attachments.map(\.filename) == ["b.docx"])
            #expect(try designer.get("/studio/\(id)/attachments/\(blob)").status == 404)
            let stale = try Self.attach(designer, id, [], as: "", action: "remove:\(blob)")
            #expect(stale.status == 422)
            #expect(stale.text.contains("no longer attached"))
        }
    }

    @Test func anotherOrganizationGets404AndOnlyListedFilesAreServed() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete())
            let designer = try app.signedIn(Self.designer)
            #expect(try Self.attach(designer, id, Self.pdf, as: "a.pdf").status == 303)
            #expect(try ImageTests.postImage(designer, id).status == 303)
            let blob = Self.hex(Self.pdf)

            let lakeside = try app.signedIn("admin@lakeside.example")
            let token = try #require(try lakeside.get("/studio").csrfToken)
            let upload = try lakeside.postMultipart("/studio/\(id)/edit/attachments", fields: [("_csrf", token), ("action", "add")],
                                                    file: ("attachment", "x.pdf", "application/pdf", Self.pdf + [1]))
            #expect(upload.status == 404)
            #expect(try lakeside.get("/studio/\(id)/attachments/\(blob)").status == 404)
            #expect(try app.draftDesign(id)?.attachments.count == 1)
            // The image's blob is in the store, but it is not an attachment of the design.
            #expect(try designer.get("/studio/\(id)/attachments/\(ImageTests.pngHex)").status == 404)
        }
    }

    @Test func publicFilesOnlyOncePublishedAndNeverInDesignFiles() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete(), slug: "checks")
            let designer = try app.signedIn(Self.designer)
            #expect(try Self.attach(designer, id, Self.pdf, as: "Guide «été».pdf").status == 303)
            let blob = Self.hex(Self.pdf)
            let visitor = app.client()
            let url = "/o/riverbend/microcredentials/checks/versions/1/attachments/\(blob)"
            #expect(try visitor.get(url).status == 404, "a draft's files are not public")

            let exported = try designer.get("/studio/\(id)/export")
            #expect(!exported.text.contains(blob) && !exported.text.contains("attachments"))

            try app.publish(id)
            let download = try visitor.get(url)
            #expect(download.status == 200)
            #expect(download.header("Content-Type") == "application/pdf")
            #expect(download.header("Cache-Control") == "public, max-age=31536000, immutable")
            #expect(download.header("Content-Disposition")
                    == #"attachment; filename="Guide __t__.pdf"; filename*=UTF-8''Guide%20%C2%AB%C3%A9t%C3%A9%C2%BB.pdf"#)
            #expect(download.body == Self.pdf)
            let page = try visitor.get("/o/riverbend/microcredentials/checks")
            #expect(page.text.contains(#"<a href="\#(url)">Guide «été».pdf</a>"#))
            #expect(try visitor.get("/o/riverbend/microcredentials/checks/versions/1/attachments/\(ImageTests.pngHex)").status == 404)
        }
    }
}
