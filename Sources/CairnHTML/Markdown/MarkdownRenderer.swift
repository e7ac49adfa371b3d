import CCmark

/// Turns Markdown a designer wrote into markup safe to show anyone, with cmark-gfm.
///
/// The only code in Cairn that touches cmark pointers, and the only maker of `TrustedHTML` from
/// text a person typed. cmark-gfm is safe by default (`CMARK_OPT_UNSAFE` is never set): raw HTML
/// becomes `<!-- raw HTML omitted -->` and links or images with a `javascript:`, `vbscript:`,
/// `file:` or (non-image) `data:` URL lose their target. GitHub's table, strikethrough, autolink
/// and task list extensions are on; the tag filter is not needed, as no raw HTML gets through.
///
/// Images load only from Cairn itself (or `data:` images): one from another host would be fetched
/// by every reader's browser (the Content-Security-Policy refuses it anyway), so it becomes a link
/// to the image, its alt text the link's text.
///
/// Headings are moved down so the Markdown's `#` becomes `baseHeadingLevel` (never past `<h6>`):
/// a page keeps its single `<h1>` and its heading order.
public enum MarkdownRenderer {
    /// The GitHub extensions Cairn turns on, by their cmark-gfm names.
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// The longest source rendered, in UTF-8 bytes; the rest is cut with a note. cmark-gfm's
    /// inline parser slows down quadratically on one paragraph mixing many emphasis marks and
    /// links (1.3 MB takes seconds); at this size the worst case stays near 50 ms.
    public static let maximumSourceBytes = 100_000

    /// What replaces the part of a source past `maximumSourceBytes`.
    static let truncationNote = "\n\n*(The rest of this text is too long to show here.)*\n"

    /// cmark-gfm's options: smart punctuation off (designers' quotes stay as typed), input UTF-8 checked.
    static let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8

    /// The registered extensions, found once (registration is global in cmark-gfm).
    nonisolated(unsafe) private static let extensions: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        return extensionNames.compactMap { cmark_find_syntax_extension($0) }
    }()

    /// Renders `source` as safe HTML; empty source gives empty markup.
    ///
    /// - Parameter baseHeadingLevel: the level a Markdown `#` heading gets (2…6); deeper ones follow it.
    public static func render(_ source: String, baseHeadingLevel: Int = 3) -> TrustedHTML {
        guard !source.allSatisfy(\.isWhitespace) else { return TrustedHTML(cmarkGFMSafeOutput: "") }
        guard let parser = cmark_parser_new(options) else { return TrustedHTML(cmarkGFMSafeOutput: "") }
        defer { cmark_parser_free(parser) }
        for syntaxExtension in extensions {
            cmark_parser_attach_syntax_extension(parser, syntaxExtension)
        }
        var text = source.utf8.count > maximumSourceBytes ? truncated(source) : source
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return TrustedHTML(cmarkGFMSafeOutput: "") }
        defer { cmark_node_free(document) }
        tidy(document, headingBase: min(max(baseHeadingLevel, 1), 6))
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return TrustedHTML(cmarkGFMSafeOutput: "")
        }
        defer { free(rendered) }
        return TrustedHTML(cmarkGFMSafeOutput: labelledTaskItems(String(cString: rendered)))
    }

    /// The longest prefix of whole characters within `maximumSourceBytes`, and the note.
    private static func truncated(_ source: String) -> String {
        var end = source.startIndex
        var bytes = 0
        for index in source.indices {
            let size = source[index].utf8.count
            guard bytes + size <= maximumSourceBytes else { break }
            bytes += size
            end = source.index(after: index)
        }
        return String(source[..<end]) + truncationNote
    }

    /// Moves every heading down so a level-1 heading becomes `base`, unwraps every link whose
    /// target `SafeURL` refuses (cmark-gfm only empties it), leaving its text, and turns images
    /// from other hosts into links.
    private static func tidy(_ document: OpaquePointer, headingBase base: Int) {
        guard let iterator = cmark_iter_new(document) else { return }
        var unsafeLinks: [OpaquePointer] = []
        var foreignImages: [OpaquePointer] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING where base > 1:
                let level = Int(cmark_node_get_heading_level(node))
                cmark_node_set_heading_level(node, Int32(min(level + base - 1, 6)))
            case CMARK_NODE_LINK:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if SafeURL(url) == nil { unsafeLinks.append(node) }
            case CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if !isSameOriginImage(url) { foreignImages.append(node) }
            default:
                break
            }
        }
        cmark_iter_free(iterator)
        for image in foreignImages {
            let url = cmark_node_get_url(image).map { String(cString: $0) } ?? ""
            guard SafeURL(url) != nil, let link = cmark_node_new(CMARK_NODE_LINK) else {
                unsafeLinks.append(image)
                continue
            }
            cmark_node_set_url(link, url)
            cmark_node_set_title(link, cmark_node_get_title(image))
            while let child = cmark_node_first_child(image) { cmark_node_append_child(link, child) }
            if cmark_node_first_child(link) == nil, let text = cmark_node_new(CMARK_NODE_TEXT) {
                cmark_node_set_literal(text, url)
                cmark_node_append_child(link, text)
            }
            cmark_node_insert_before(image, link)
            cmark_node_free(image)
        }
        for link in unsafeLinks {
            while let child = cmark_node_first_child(link) {
                cmark_node_insert_before(link, child)
            }
            cmark_node_free(link)
        }
    }

    /// Whether an image URL points at Cairn itself (a path, no scheme or host) or is a `data:` image.
    static func isSameOriginImage(_ url: String) -> Bool {
        let lowered = url.lowercased()
        if lowered.hasPrefix("data:image/") { return true }
        if lowered.hasPrefix("//") || lowered.hasPrefix("\\") { return false }
        // A scheme is letters, digits, `+`, `-` or `.` before the first `:`, ahead of any `/`, `?` or `#`.
        guard let colon = lowered.firstIndex(of: ":") else { return true }
        return lowered[..<colon].contains { "/?#".contains($0) }
    }

    /// The task list extension writes bare, unlabelled checkboxes; a read-only page shows a
    /// labelled mark instead (the two strings are cmark-gfm's own output, never the author's:
    /// an author's `<input` is raw HTML and was omitted).
    private static func labelledTaskItems(_ html: String) -> String {
        guard html.contains("<input type=\"checkbox\"") else { return html }
        return html
            .replacing(#"<input type="checkbox" checked="" disabled="" /> "#,
                       with: #"<span class="task-mark task-mark--done" role="img" aria-label="Done">✓</span> "#)
            .replacing(#"<input type="checkbox" disabled="" /> "#,
                       with: #"<span class="task-mark" role="img" aria-label="To do">☐</span> "#)
    }
}

extension TrustedHTML {
    /// Wraps cmark-gfm's safe-mode output; `fileprivate`, so only `MarkdownRenderer` can make one.
    fileprivate init(cmarkGFMSafeOutput markup: String) { self.init(producedByCairn: markup) }
}
