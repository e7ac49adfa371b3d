import CairnCore
import CairnHTTP
import Foundation

/// The development outbox: the mail Cairn would send, readable by admins while developing.
struct OutboxRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(.get, "/admin/outbox", .adminInDevelopment) { try list($0) }
    }

    func list(_ context: SignedIn) throws -> Response {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        // Only mail to this organization's members: the outbox never shows another organization's mail.
        let recipients = Set(try app.store.members.members(of: context.organization.id).map(\.person.email))
        let mails = try app.store.outbox.recent(limit: 200).filter { recipients.contains($0.to) }.map { mail in
            let status: OutboxMail.Status = if mail.isSent { .sent }
                else if let error = mail.lastError { .failed(attempts: mail.attempts, lastError: error) }
                else { .pending }
            return OutboxMail(subject: mail.subject, to: mail.to.rawValue, createdAt: formatter.string(from: mail.createdAt),
                              status: status, text: mail.text)
        }
        return app.render(OutboxPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment), mails: mails))
    }
}
