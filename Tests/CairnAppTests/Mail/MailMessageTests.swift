@testable import CairnApp
import Foundation
import Testing

/// The wire form of Cairn's mail: CRLF everywhere, encoded non-ASCII headers, a base64 body.
@Suite struct MailMessageTests {
    static let date = Date(timeIntervalSince1970: 1_740_819_600)  // 2025-03-01 09:00:00 UTC

    static func message(subject: String = "Choose a new Cairn password", text: String = "Hello,\nline two\n",
                        from: String = "Cairn <no-reply@cairn.test>") -> MailMessage {
        MailMessage(from: from, to: "ana@riverbend.example", subject: subject, text: text, date: date, messageID: "m1@cairn")
    }

    static func wire(_ message: MailMessage) -> String { String(decoding: message.bytes, as: UTF8.self) }

    @Test func headersAreWrittenInOrderWithCRLF() {
        let wire = Self.wire(Self.message())
        let head = wire.components(separatedBy: "\r\n\r\n")[0]
        #expect(head == """
            Date: Sat, 01 Mar 2025 09:00:00 +0000\r
            From: Cairn <no-reply@cairn.test>\r
            To: ana@riverbend.example\r
            Subject: Choose a new Cairn password\r
            Message-ID: <m1@cairn>\r
            MIME-Version: 1.0\r
            Content-Type: text/plain; charset=utf-8\r
            Content-Transfer-Encoding: base64
            """)
    }

    @Test func everyLineEndsWithCRLFAndNoBareLineFeedRemains() {
        let bytes = Self.message(text: "one\ntwo\r\nthree\n" + String(repeating: "long line ", count: 40)).bytes
        for (index, byte) in bytes.enumerated() where byte == 10 {
            #expect(index > 0 && bytes[index - 1] == 13, "LF at \(index) without CR")
        }
        #expect(bytes.suffix(2) == [13, 10])
    }

    @Test func aNonASCIISubjectIsAnEncodedWord() {
        let wire = Self.wire(Self.message(subject: "Réinitialiser votre mot de passe — Cairn"))
        let encoded = Data("Réinitialiser votre mot de passe — Cairn".utf8).base64EncodedString()
        #expect(wire.contains("\r\nSubject: =?UTF-8?B?\(encoded)?=\r\n"))
        let sevenBit = wire.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(sevenBit, "the whole message is 7-bit")
    }

    @Test func aSubjectWithALineBreakCannotAddHeaders() {
        let wire = Self.wire(Self.message(subject: "Hello\r\nBcc: everyone@example.com"))
        #expect(!wire.contains("\r\nBcc:"))
        #expect(wire.contains("Subject: =?UTF-8?B?"))
    }

    @Test func aNonASCIISenderNameIsEncodedButTheAddressIsKept() {
        let wire = Self.wire(Self.message(from: "Équipe Cairn <no-reply@cairn.test>"))
        #expect(wire.contains("\r\nFrom: =?UTF-8?B?\(Data("Équipe Cairn".utf8).base64EncodedString())?= <no-reply@cairn.test>\r\n"))
        #expect(MailMessage.address(in: "Équipe Cairn <no-reply@cairn.test>") == "no-reply@cairn.test")
        #expect(MailMessage.address(in: " plain@cairn.test ") == "plain@cairn.test")
    }

    @Test func theBodyIsBase64OfTheTextWithCRLFInLinesOfAtMost76() throws {
        let text = "Bonjour Zoë,\nVoici votre lien :\nhttps://cairn.test/password/reset?token=" + String(repeating: "a", count: 120) + "\n"
        let wire = Self.wire(Self.message(text: text))
        let body = wire.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        let lines = body.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count > 1)
        let longest = lines.map(\.count).max() ?? 0
        #expect(longest <= 76)
        let decoded = try #require(Data(base64Encoded: lines.joined()))
        #expect(String(decoding: decoded, as: UTF8.self) == text.replacingOccurrences(of: "\n", with: "\r\n"))
    }
}
