import CairnHTML

/// A table of rows with a caption. On a narrow screen each row becomes a card of label–value pairs
/// (every cell carries its column's header as `data-label`, which the style sheet shows beside it),
/// so no cell, link or button is out of sight sideways; a wider screen shows the table, inside a
/// wrapper that scrolls sideways if it must.
///
/// The wrapper is a labelled region with `tabindex="0"`, so a keyboard can scroll it too.
/// With no rows, the table is replaced by `emptyMessage`.
public struct DataTable<Row>: HTML {
    /// One column: its header, and how to show a row's cell.
    public struct Column {
        let header: String
        let isRowHeader: Bool
        let isHeaderHidden: Bool
        let cell: (Row) -> HTMLGroup

        /// - Parameters:
        ///   - rowHeader: the cell names its row (`<th scope="row">`); usually the first column.
        ///   - hideHeader: the header is for screen readers only (an "Actions" column).
        public init(_ header: String, rowHeader: Bool = false, hideHeader: Bool = false,
                    @HTMLBuilder cell: @escaping (Row) -> HTMLGroup) {
            self.header = header
            self.isRowHeader = rowHeader
            self.isHeaderHidden = hideHeader
            self.cell = cell
        }
    }

    let id: String
    let captionText: String
    let columns: [Column]
    let rows: [Row]
    let emptyMessage: String

    /// - Parameter id: unique on the page; the caption's id is `<id>-caption`.
    public init(id: String, caption: String, columns: [Column], rows: [Row], emptyMessage: String) {
        self.id = id
        self.captionText = caption
        self.columns = columns
        self.rows = rows
        self.emptyMessage = emptyMessage
    }

    public var body: some HTML {
        if rows.isEmpty {
            p(.class("empty-state")) { emptyMessage }
        } else {
            div(.class("table-wrap"), .role("region"), .aria(.labelledby, id + "-caption"), .tabindex(0)) {
                table(.id(id), .class("table table--stacking")) {
                    caption(.id(id + "-caption")) { captionText }
                    thead {
                        tr {
                            for column in columns {
                                th(.scope("col")) {
                                    if column.isHeaderHidden {
                                        span(.class("visually-hidden")) { column.header }
                                    } else {
                                        column.header
                                    }
                                }
                            }
                        }
                    }
                    tbody {
                        for row in rows {
                            tr {
                                for column in columns {
                                    // A hidden header ("Actions") labels nothing in a card: its buttons say what they do.
                                    let label = column.isHeaderHidden ? nil : column.header
                                    if column.isRowHeader {
                                        th(.scope("row"), label.map { .data("label", $0) }) { column.cell(row) }
                                    } else {
                                        td(.class("table__cell"), label.map { .data("label", $0) }) { column.cell(row) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
