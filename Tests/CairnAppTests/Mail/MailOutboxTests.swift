@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Synchronization
import Testing

/// Without a mail server, the outbox hands each message to its `unsent` sink once and marks it sent.
@Suite struct MailOutboxTests {
    @Test func withoutAMailServerEachMessageGoesToTheSinkOnceAndIsMarkedSent() throws {
        try TemporaryInstallation.with { installation in
            _ = try Demo.seed(into: installation, onlyIfEmpty: true, earning: false)
            let riverbend = try installation.store.organizations.find(slug: "riverbend")
            let mail = OutgoingMail(to: try EmailAddress("educator@riverbend.example"), organizationID: riverbend.id,
                                    subject: "Hello", text: "Hello from Cairn.", createdAt: Date())
            try installation.store.outbox.enqueue(mail)
            let handed = Mutex<[OutgoingMail.ID]>([])
            let outbox = MailOutbox(installation: installation) { mail in handed.withLock { $0.append(mail.id) } }

            let first = try outbox.deliverPending()
            let second = try outbox.deliverPending()

            #expect(handed.withLock { $0 }.filter { $0 == mail.id }.count == 1)
            #expect(first.failures.isEmpty && first.delivered >= 1)
            #expect(second.delivered == 0)
            #expect(try installation.store.outbox.fetch(mail.id)?.isSent == true)
            #expect(try outbox.recent(in: riverbend.id).contains { $0.id == mail.id })
        }
    }
}
