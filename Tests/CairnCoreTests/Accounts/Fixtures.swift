import Foundation
@testable import CairnCore

extension Date {
    /// A fixed moment for tests: 2025-03-01T09:00:00Z.
    static let fixture = Date(timeIntervalSince1970: 1_740_819_600)
    func plus(minutes: Double = 0, hours: Double = 0, days: Double = 0) -> Date {
        addingTimeInterval(minutes * 60 + hours * 3600 + days * 86400)
    }
}

extension EmailAddress {
    static func fixture(_ text: String = "ana@riverbend.example") -> EmailAddress { try! EmailAddress(text) }
}
