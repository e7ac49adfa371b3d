import CairnCore
import CairnHTML
import CairnHTTP
import Foundation

/// The development outbox: the mail Cairn would send about the current organization's people,
/// for an operator of the installation while developing; one-time links are never shown.
struct OutboxRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(OperatorEndpoints.outbox, list)
    }

    func list(_ context: SignedIn) throws -> Response {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        let mails = try app.mailOutbox.recent(in: context.organization.id).map { mail in
            let status: OutboxMail.Status = if mail.isSent { .sent }
                else if let error = mail.lastError { .failed(attempts: mail.attempts, lastError: error) }
                else { .pending }
            return OutboxMail(subject: mail.subject, to: mail.to.rawValue, createdAt: formatter.string(from: mail.createdAt),
                              status: status, preview: mail.preview)
        }
        return app.render(OutboxPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment), mails: mails))
    }
}
