import CairnCore

/// The catalog's search, as typed in the form (and carried in the URL): the text and the filters.
///
/// Values stay strings so a page can show exactly what was asked; routes turn them into the
/// store's filters, ignoring what does not parse.
public struct CatalogQuery: Sendable, Hashable {
    /// Words to search for (`q`).
    public var text: String
    /// A subject tag (`subject`), or empty for any.
    public var subject: String
    /// A grade band's raw value (`grade`), or empty for any.
    public var gradeBand: String
    /// The most hours of work (`max_hours`), or empty.
    public var maxHours: String
    /// The fewest credit hours (`min_credit`), or empty.
    public var minCreditHours: String

    public init(text: String = "", subject: String = "", gradeBand: String = "", maxHours: String = "", minCreditHours: String = "") {
        self.text = text
        self.subject = subject
        self.gradeBand = gradeBand
        self.maxHours = maxHours
        self.minCreditHours = minCreditHours
    }

    /// The names of the form's fields, which are the URL's query parameters.
    public enum Field {
        public static let text = "q", subject = "subject", gradeBand = "grade", maxHours = "max_hours", minCreditHours = "min_credit"
    }

    /// Whether anything narrows the list.
    public var isEmpty: Bool {
        [text, subject, gradeBand, maxHours, minCreditHours].allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }

    /// The hour limits offered in the form.
    static let hourChoices = [5, 10, 15, 20, 30]
    /// The credit-hour minimums offered in the form.
    static let creditChoices = [1, 2, 3, 5, 10]
}
