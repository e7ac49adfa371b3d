import CairnHTML

/// A table of rows with a caption: every table Cairn shows is one. On a narrow screen each row
/// becomes a card of label–value pairs (every cell carries its column's header as `data-label`,
/// which the style sheet shows beside it), so no cell, link or button is out of sight sideways; a
/// wider screen shows the table, inside a wrapper that scrolls sideways if it must.
///
/// The wrapper is a labelled region with `tabindex="0"`, so a keyboard can scroll it too.
/// With no rows, the table is replaced by `emptyMessage`.
public struct DataTable<Row>: HTML {
    /// One column: its header, and how to show a row's cell.
    public struct Column {
        let header: String
        let note: String?
        let isRowHeader: Bool
        let isHeaderHidden: Bool
        let className: String?
        let cell: (Row) -> HTMLGroup

        /// - Parameters:
        ///   - note: a second line under the header ("2 points"), also part of each card's label.
        ///   - rowHeader: the cell names its row (`<th scope="row">`); usually the first column.
        ///   - hideHeader: the header is for screen readers only (an "Actions" column).
        ///   - class: a class for the column's header and each of its cells.
        public init(_ header: String, note: String? = nil, rowHeader: Bool = false, hideHeader: Bool = false,
                    class className: String? = nil, @HTMLBuilder cell: @escaping (Row) -> HTMLGroup) {
            self.header = header
            self.note = note
            self.isRowHeader = rowHeader
            self.isHeaderHidden = hideHeader
            self.className = className
            self.cell = cell
        }

        /// What a card shows beside the cell: the header and its note; none for a hidden header
        /// ("Actions"), whose buttons say what they do.
        var label: String? {
            isHeaderHidden ? nil : note.map { "\(header) · \($0)" } ?? header
        }
    }

    let id: String
    let captionText: String
    let columns: [Column]
    let rows: [Row]
    let emptyMessage: String
    let className: String?

    /// - Parameters:
    ///   - id: unique on the page; the caption's id is `<id>-caption`.
    ///   - class: a class added to the table's own (`rubric`), for styles of one kind of table.
    public init(id: String, caption: String, columns: [Column], rows: [Row], emptyMessage: String,
                class className: String? = nil) {
        self.id = id
        self.captionText = caption
        self.columns = columns
        self.rows = rows
        self.emptyMessage = emptyMessage
        self.className = className
    }

    public typealias Body = Never

    /// Written straight into the page's bytes: the rows are copied nowhere on their way.
    public func render(into output: inout [UInt8]) {
        guard !rows.isEmpty else {
            p(.class("empty-state")) { emptyMessage }.render(into: &output)
            return
        }
        HTMLElement<HTMLTag.div>.write(.class("table-wrap"), .role("region"), .aria(.labelledby, id + "-caption"), .tabindex(0),
                                       into: &output) { output in
            HTMLElement<HTMLTag.table>.write(.id(id), .class("table table--stacking" + (className.map { " " + $0 } ?? "")),
                                             into: &output) { output in
                caption(.id(id + "-caption")) { captionText }.render(into: &output)
                thead {
                    tr {
                        for column in columns {
                            th(.scope("col"), column.className.map { .class($0) }) {
                                if column.isHeaderHidden {
                                    span(.class("visually-hidden")) { column.header }
                                } else {
                                    column.header
                                    if let note = column.note { span(.class("table__note")) { note } }
                                }
                            }
                        }
                    }
                }.render(into: &output)
                HTMLElement<HTMLTag.tbody>.write(into: &output) { Rows(columns: columns, rows: rows).render(into: &$0) }
            }
        }
    }

    /// The table's rows, written straight into the page: a row and its cells make no array of their own.
    struct Rows: HTML {
        typealias Body = Never
        let columns: [Column]
        let rows: [Row]

        func render(into output: inout [UInt8]) {
            for row in rows {
                HTMLElement<HTMLTag.tr>.write(into: &output) { output in
                    for column in columns {
                        if column.isRowHeader {
                            HTMLElement<HTMLTag.th>.write(.scope("row"), column.className.map { .class($0) }, column.label.map { .data("label", $0) },
                                                          into: &output) { column.cell(row).render(into: &$0) }
                        } else {
                            HTMLElement<HTMLTag.td>.write(.class("table__cell" + (column.className.map { " " + $0 } ?? "")),
                                                          column.label.map { .data("label", $0) },
                                                          into: &output) { column.cell(row).render(into: &$0) }
                        }
                    }
                }
            }
        }
    }
}
