extension Extraction {
    /// One article as an HTML `<article>` element for the page `HTMLPage` frames (its CSS
    /// and script style the classes used here and draw the relation arrows).
    ///
    /// The article text is shown whole, escaped, with each mention in a
    /// `<mark class="m t-TYPE" data-id="T…" data-start="…" data-end="…" data-type="TYPE">`
    /// whose content is exactly the mention's text (the type's short label is added by CSS,
    /// outside the DOM text); offsets are code points, end exclusive, as in the JSON-lines
    /// record. Relation triggers that overlap no mention are wrapped in
    /// `<span class="trg" data-ts="…" data-te="…">`. The relations follow as a list, each
    /// item naming its head and tail mention ids (`data-head`, `data-tail`), so hovering or
    /// focusing it highlights both and the arrow between them.
    ///
    /// - Parameters:
    ///   - id: the article's id, shown as its heading.
    ///   - anchor: the element id, unique in the page (`doc-7`).
    ///   - options: with `includeProvenance`, rules and lexicon entries appear in tooltips
    ///     and in the relation list.
    /// - Returns: the element's UTF-8 bytes.
    public func htmlArticle(id: String, anchor: String, options: OutputOptions = OutputOptions()) -> [UInt8] {
        var html = HTMLBuffer(capacity: text.text.utf8.count * 2 + mentions.count * 200 + relations.count * 300 + 512)
        html.markup("<article class=\"doc\"")
        html.attribute("id", anchor)
        html.attribute("aria-labelledby", anchor + "-h")
        html.markup("><header class=\"doc-head\"><h2")
        html.attribute("id", anchor + "-h")
        html.markup(">")
        html.text(id)
        html.markup("</h2><p class=\"meta\">")
        if let date { html.text("dated \(date) · ") }
        html.text("\(mentions.count) mention\(mentions.count == 1 ? "" : "s") · \(relations.count) relation\(relations.count == 1 ? "" : "s")")
        html.markup("</p></header>\n<div class=\"doc-body\"><div class=\"textbox\"><svg class=\"arcs\" aria-hidden=\"true\" focusable=\"false\"></svg><div class=\"text\">")
        appendMarkedText(to: &html, options: options)
        html.markup("</div></div>\n<section class=\"rels\"")
        html.attribute("aria-labelledby", anchor + "-r")
        html.markup("><h3")
        html.attribute("id", anchor + "-r")
        html.markup(">Relations (\(relations.count))</h3>")
        appendRelationList(to: &html, options: options)
        html.markup("</section></div></article>\n")
        return html.bytes
    }

    /// The text with mention and trigger elements opened and closed at their offsets.
    private func appendMarkedText(to html: inout HTMLBuffer, options: OutputOptions) {
        // (code-point offset, markup); at one offset, closing tags come before opening ones.
        var boundaries: [(offset: Int, closing: Bool, markup: String)] = []
        boundaries.reserveCapacity(mentions.count * 2 + relations.count * 2)
        for (index, mention) in mentions.enumerated() {
            var open = HTMLBuffer(capacity: 256)
            open.markup("<mark class=\"m t-\(mention.type.rawValue.lowercased())\"")
            open.attribute("data-id", "T\(index + 1)")
            open.attribute("data-start", mention.span.start)
            open.attribute("data-end", mention.span.end)
            open.attribute("data-type", mention.type.rawValue)
            open.attribute("title", tooltip(for: mention, options: options))
            open.markup(">")
            boundaries.append((mention.span.start, false, String(decoding: open.bytes, as: UTF8.self)))
            boundaries.append((mention.span.end, true, "</mark>"))
        }
        for span in markableTriggerSpans() {
            boundaries.append((span.start, false, "<span class=\"trg\" data-ts=\"\(span.start)\" data-te=\"\(span.end)\">"))
            boundaries.append((span.end, true, "</span>"))
        }
        boundaries.sort { $0.offset != $1.offset ? $0.offset < $1.offset : ($0.closing && !$1.closing) }
        var next = 0
        var offset = 0
        for byte in text.text.utf8 {
            if byte & 0xC0 != 0x80 {  // the first byte of a code point
                while next < boundaries.count, boundaries[next].offset == offset {
                    html.markup(boundaries[next].markup)
                    next += 1
                }
                offset += 1
            }
            html.escaped(byte)
        }
        while next < boundaries.count {
            html.markup(boundaries[next].markup)
            next += 1
        }
    }

    /// Trigger spans that overlap no mention and no earlier trigger, each once.
    private func markableTriggerSpans() -> [TextSpan] {
        var chosen: [TextSpan] = []
        for span in Set(relations.compactMap(\.triggerSpan)).sorted() where span.length > 0 {
            if chosen.contains(where: { $0.overlaps(span) }) { continue }
            if mentions.contains(where: { $0.span.overlaps(span) }) { continue }
            chosen.append(span)
        }
        return chosen
    }

    private func tooltip(for mention: Mention, options: OutputOptions) -> String {
        var parts = [mention.type.rawValue]
        if let canonical = mention.canonical, canonical != text(of: mention) { parts.append("canonical: \(canonical)") }
        if options.includeProvenance {
            parts.append("rule: \(mention.provenance.rule)" + (mention.provenance.entry.map { " (\($0))" } ?? ""))
        }
        return parts.joined(separator: " · ")
    }

    private func appendRelationList(to html: inout HTMLBuffer, options: OutputOptions) {
        guard !relations.isEmpty else {
            html.markup("<p class=\"none\">No relations found.</p>")
            return
        }
        html.markup("<ol>")
        for relation in relations {
            let head = mentions[relation.head], tail = mentions[relation.tail]
            html.markup("<li tabindex=\"0\"")
            html.attribute("data-head", "T\(relation.head + 1)")
            html.attribute("data-tail", "T\(relation.tail + 1)")
            html.attribute("data-rel", relation.type.rawValue)
            if relation.type.isSymmetric { html.attribute("data-symmetric", "true") }
            if let span = relation.triggerSpan {
                html.attribute("data-ts", span.start)
                html.attribute("data-te", span.end)
            }
            html.markup("><span class=\"rt\">")
            html.text(relation.type.rawValue)
            html.markup("</span> ")
            appendArgument(head, to: &html)
            html.markup(relation.type.isSymmetric ? " <span class=\"dir\">↔</span> " : " <span class=\"dir\">→</span> ")
            appendArgument(tail, to: &html)
            if options.includeProvenance {
                html.markup("<span class=\"prov\"> · ")
                html.text(relation.rule)
                if let trigger = relation.trigger { html.text(" · “\(trigger)”") }
                html.markup("</span>")
            }
            html.markup("</li>")
        }
        html.markup("</ol>")
    }

    private func appendArgument(_ mention: Mention, to html: inout HTMLBuffer) {
        html.markup("<span class=\"arg t-\(mention.type.rawValue.lowercased())\">")
        html.text(text(of: mention))
        html.markup("</span>")
    }
}
