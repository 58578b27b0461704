/// A self-contained HTML page of extracted articles: inline CSS and script only, no
/// network, no external fonts.
///
/// The page is written in three parts so that articles can be streamed between them:
/// ``opening(summary:)`` (head, legend, summary counts, table of contents), then each
/// article's ``Extraction/htmlArticle(id:anchor:options:)``, then ``closing``.
public enum HTMLPage {
    /// Everything before the first article: the document head with its style sheet, the
    /// page header, the legend, the counts by type and the table of contents.
    public static func opening(summary: HTMLSummary) -> [UInt8] {
        var html = HTMLBuffer(capacity: 16384 + summary.contents.count * 160)
        html.markup("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        html.markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        html.markup("<meta name=\"generator\" content=\"gazette\">\n<title>Gazette: ")
        html.text(summary.title)
        html.markup("</title>\n<style>\n\(HTMLPageStyle.css)\n</style>\n</head>\n<body>\n<header class=\"page-head\"><h1>Gazette: ")
        html.text(summary.title)
        html.markup("</h1><p>")
        html.text(overviewLine(summary))
        html.markup("</p></header>\n<main>\n<section class=\"overview\" aria-label=\"Overview\">\n")
        appendLegend(to: &html)
        appendCounts(summary, to: &html)
        appendContents(summary, to: &html)
        html.markup("</section>\n")
        return html.bytes
    }

    /// Everything after the last article: the script and the end of the document.
    public static let closing: [UInt8] = Array("</main>\n<script>\n\(HTMLPageScript.source)\n</script>\n</body>\n</html>\n".utf8)

    static func overviewLine(_ summary: HTMLSummary) -> String {
        var parts = [
            plural(summary.articles, "article"), plural(summary.tally.mentionCount, "mention"),
            plural(summary.tally.relationCount, "relation"),
        ]
        if summary.failures > 0 { parts.append(plural(summary.failures, "record") + " failed") }
        return parts.joined(separator: " · ")
    }

    static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    private static func appendLegend(to html: inout HTMLBuffer) {
        let samples: [EntityType: String] = [
            .person: "Aleksandr Lukashenko", .region: "Samara Oblast", .enterprise: "BelAZ", .product: "dump trucks",
        ]
        html.markup("<div class=\"legend\"><h2>Legend</h2><ul>\n")
        for type in EntityType.allCases {
            html.markup("<li><span class=\"m t-\(type.rawValue.lowercased())\">")
            html.text(samples[type] ?? type.rawValue)
            html.markup("</span> <b>\(type.rawValue)</b> <span class=\"how\">")
            html.text("(\(HTMLPageStyle.patterns[type] ?? ""), label \(HTMLPageStyle.labels[type] ?? ""))")
            html.markup("</span></li>\n")
        }
        html.markup("""
            <li><svg width="64" height="22" viewBox="0 0 64 22" aria-hidden="true" focusable="false">\
            <path d="M6,20 C6,4 56,4 56,18" fill="none" stroke="#3d3d3d" stroke-width="1.5"/>\
            <path d="M51,12 L56,20 L60,11 z" fill="#3d3d3d"/></svg> <b>relation</b> \
            <span class="how">an arrow from head to tail mention, labelled with its type (arrowheads at both ends for \
            meets and cooperates_with); fainter and unlabelled between lines. Point at or tab to a relation or a \
            mention to highlight it.</span></li>
            <li><span class="trg">met with</span> <b>trigger</b> <span class="how">(dotted underline) the words that state a relation</span></li>
            </ul></div>\n
            """)
    }

    private static func appendCounts(_ summary: HTMLSummary, to html: inout HTMLBuffer) {
        html.markup("<div class=\"summary\"><h2>Summary</h2>\n<table><caption>Mentions by type</caption><thead><tr><th scope=\"col\">type</th><th scope=\"col\" class=\"n\">count</th></tr></thead><tbody>")
        for type in EntityType.allCases {
            html.markup("<tr><th scope=\"row\"><span class=\"m t-\(type.rawValue.lowercased())\">\(type.rawValue)</span></th>")
            html.markup("<td class=\"n\">\(summary.tally.entities[type] ?? 0)</td></tr>")
        }
        html.markup("</tbody><tfoot><tr><th scope=\"row\">all</th><td class=\"n\">\(summary.tally.mentionCount)</td></tr></tfoot></table>\n")
        html.markup("<table><caption>Relations by type</caption><thead><tr><th scope=\"col\">type</th><th scope=\"col\" class=\"n\">count</th></tr></thead><tbody>")
        for type in RelationType.allCases {
            html.markup("<tr><th scope=\"row\"><span class=\"rt\">\(type.rawValue)</span></th><td class=\"n\">\(summary.tally.relations[type] ?? 0)</td></tr>")
        }
        html.markup("</tbody><tfoot><tr><th scope=\"row\">all</th><td class=\"n\">\(summary.tally.relationCount)</td></tr></tfoot></table>\n")
        if summary.failures > 0 {
            html.markup("<div class=\"failures\"><p>")
            html.text(plural(summary.failures, "record") + " could not be read or processed:")
            html.markup("</p><ul>")
            for message in summary.failureMessages {
                html.markup("<li>")
                html.text(message)
                html.markup("</li>")
            }
            if summary.failures > summary.failureMessages.count {
                html.markup("<li>")
                html.text("… and \(summary.failures - summary.failureMessages.count) more (see the run's error output)")
                html.markup("</li>")
            }
            html.markup("</ul></div>\n")
        }
        html.markup("</div>\n")
    }

    private static func appendContents(_ summary: HTMLSummary, to html: inout HTMLBuffer) {
        html.markup("<nav class=\"toc\" aria-labelledby=\"toc-h\"><h2 id=\"toc-h\">Articles (\(summary.articles))</h2>")
        guard !summary.contents.isEmpty else {
            html.markup("<p class=\"none\">No articles.</p></nav>\n")
            return
        }
        html.markup("<ol>\n")
        for entry in summary.contents {
            html.markup("<li><a")
            html.attribute("href", "#" + entry.anchor)
            html.markup(">")
            html.text(entry.id)
            html.markup("</a> <span class=\"meta\">")
            html.text("\(plural(entry.mentions, "mention")), \(plural(entry.relations, "relation"))")
            html.markup("</span></li>\n")
        }
        html.markup("</ol>")
        if summary.articles > summary.contents.count {
            html.markup("<p class=\"meta\">")
            html.text("… and \(summary.articles - summary.contents.count) more articles below.")
            html.markup("</p>")
        }
        html.markup("</nav>\n")
    }
}
