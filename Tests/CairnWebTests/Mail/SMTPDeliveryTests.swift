import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// The mail outbox delivers queued mail to a real (scripted) SMTP server and records the outcome.
@Suite struct SMTPDeliveryTests {
    static func queue(_ app: TestApp, to email: String, subject: String, text: String) throws -> OutgoingMail {
        let mail = OutgoingMail(to: try EmailAddress(email), organizationID: try app.organization("riverbend").id, subject: subject, text: text, createdAt: Date())
        try app.store.outbox.enqueue(mail)
        return mail
    }

    /// The header block and decoded body of a received message.
    static func split(_ data: [UInt8]) throws -> (headers: [String], body: String) {
        let text = String(decoding: data, as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        #expect(parts.count >= 2, "headers, blank line, body")
        let body = parts.dropFirst().joined(separator: "\r\n\r\n").replacingOccurrences(of: "\r\n", with: "")
        let decoded = try #require(Data(base64Encoded: body), "the body is base64")
        return (parts[0].components(separatedBy: "\r\n"), String(decoding: decoded, as: UTF8.self))
    }

    @Test func aQueuedMailIsDeliveredOverSMTPAndMarkedSent() throws {
        let server = try ScriptedSMTPServer()
        try TestApp.with(configure: {
            $0.smtpURL = "smtp://127.0.0.1:\(server.port)"
            $0.mailFrom = "Cairn Équipe <no-reply@cairn.test>"
        }) { app in
            let mail = try Self.queue(app, to: "ana@riverbend.example", subject: "Bienvenue à Cairn, Ana",
                                      text: "Hello Ana,\nyour link: https://cairn.test/x?token=abc\n\nSee you.")
            #expect(BackgroundWork(app: app.app).deliverMail() == 1)

            let transcript = server.transcriptAfterClose()
            #expect(transcript.commands.contains("MAIL FROM:<no-reply@cairn.test>"))
            #expect(transcript.commands.contains("RCPT TO:<ana@riverbend.example>"))
            #expect(transcript.commands.filter { $0.hasPrefix("RCPT") }.count == 1)
            #expect(transcript.commands.last == "QUIT")
            let message = try Self.split(transcript.data)
            let subject = "Subject: =?UTF-8?B?\(Data("Bienvenue à Cairn, Ana".utf8).base64EncodedString())?="
            #expect(message.headers.contains(subject))
            #expect(message.headers.contains("To: ana@riverbend.example"))
            #expect(message.headers.contains("From: =?UTF-8?B?\(Data("Cairn Équipe".utf8).base64EncodedString())?= <no-reply@cairn.test>"))
            #expect(message.headers.contains("Message-ID: <\(mail.id.rawValue)@cairn>"))
            #expect(message.body == "Hello Ana,\r\nyour link: https://cairn.test/x?token=abc\r\n\r\nSee you.")

            let stored = try #require(try app.store.outbox.fetch(mail.id))
            #expect(stored.isSent)
            #expect(try app.store.outbox.pending().isEmpty)
        }
    }

    @Test func aRefusedRecipientMarksTheMailFailedWithItsAttemptCounted() throws {
        let server = try ScriptedSMTPServer(recipientReply: "550 5.1.1 <gone@riverbend.example>: Recipient address rejected")
        try TestApp.with(configure: { $0.smtpURL = "smtp://127.0.0.1:\(server.port)" }) { app in
            let mail = try Self.queue(app, to: "gone@riverbend.example", subject: "Hello", text: "Hi.")
            #expect(BackgroundWork(app: app.app).deliverMail() == 0)
            let transcript = server.transcriptAfterClose()
            #expect(transcript.commands.contains("RCPT TO:<gone@riverbend.example>"))
            #expect(transcript.data.isEmpty, "no DATA after a refused recipient")

            let stored = try #require(try app.store.outbox.fetch(mail.id))
            #expect(!stored.isSent)
            #expect(stored.attempts == 1)
            let error = try #require(stored.lastError)
            #expect(error.contains("550"))
            #expect(try app.store.outbox.pending().map(\.id) == [mail.id], "tried again later, up to the limit")
            // The development outbox shows only mail to the organization's members.
            let outbox = try app.signedIn("admin@riverbend.example").get("/operator/outbox")
            #expect(!outbox.text.contains("gone@riverbend.example"), "not a member: not shown")
        }
    }

    @Test func anUnreachableServerMarksTheMailFailed() throws {
        // A port nobody listens on: bind one, then close it.
        let port = try ScriptedSMTPServer.unusedPort()
        try TestApp.with(configure: { $0.smtpURL = "smtp://127.0.0.1:\(port)" }) { app in
            let mail = try Self.queue(app, to: "educator@riverbend.example", subject: "Hello", text: "Hi.")
            let sender = BackgroundWork(app: app.app)
            #expect(sender.deliverMail() == 0)
            #expect(sender.deliverMail() == 0)
            let stored = try #require(try app.store.outbox.fetch(mail.id))
            #expect(stored.attempts == 2)
            #expect(stored.lastError?.isEmpty == false)
            let outbox = try app.signedIn("admin@riverbend.example").get("/operator/outbox")
            #expect(outbox.text.contains("Failed</span> after 2 attempts:"))
        }
    }
}
