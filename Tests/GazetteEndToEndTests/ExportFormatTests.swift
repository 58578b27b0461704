import Foundation
import GazetteTestSupport
import Testing

@Suite("gazette extract --format: brat, CoNLL and HTML exports")
struct ExportFormatTests {
    /// A small lexicon written out for the tests that need exact output, so they depend on
    /// these entries and not on the shipped lexicons.
    private static let lexiconLines = [
        "region.by\tREGION\tBelarus",
        "region.minsk\tREGION\tMinsk",
        "region.brest\tREGION\tBrest",
        "person.lukashenko\tPERSON\tAleksandr Lukashenko",
        "title.president\tTITLE\tPresident\t\tleader=true",
        "ent.belaz\tENTERPRISE\tBelAZ",
        "phead.dump_truck\tPRODUCT_HEAD\tdump truck\tdump trucks",
        "trig.visit\tRELATION_TRIGGER\tvisited\t\trelation=visited",
    ]

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A Lexicons folder holding `lexiconLines`.
    private func smallLexicons() throws -> String {
        let folder = try temporaryFolder().appendingPathComponent("Lexicons")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try (Self.lexiconLines.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("region.tsv"), atomically: true, encoding: .utf8)
        return folder.path
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Undoes the escaping of `HTMLBuffer` (the five references and `&#13;`).
    private func unescapeHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#13;", with: "\r").replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("The brat export of the seeds re-imports through gazette evaluate with entity and relation F1 = 1.0")
    func bratRoundTrip() throws {
        let folder = try temporaryFolder()
        let brat = folder.appendingPathComponent("brat").path, jsonl = folder.appendingPathComponent("seeds.jsonl").path
        let export = try GazetteBinary.run(["extract", "seeds", "--format", "brat", "-o", brat])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.isEmpty)
        let run = try GazetteBinary.run(["extract", "seeds", "-o", jsonl])
        #expect(run.status == 0, "\(run.stderr)")
        let records = try String(contentsOfFile: jsonl, encoding: .utf8).split(separator: "\n").map { try json(String($0)) }
        #expect(records.count == 2)
        var mentions = 0
        for record in records {
            let id = try #require(record["id"] as? String)
            let entities = try #require(record["entities"] as? [[String: Any]])
            let relations = try #require(record["relations"] as? [[String: Any]])
            mentions += entities.count
            #expect(try String(contentsOfFile: "\(brat)/\(id).txt", encoding: .utf8) == record["text"] as? String)
            let lines = try String(contentsOfFile: "\(brat)/\(id).ann", encoding: .utf8).split(separator: "\n")
            #expect(lines.filter { $0.hasPrefix("T") }.count == entities.count)
            #expect(lines.filter { $0.hasPrefix("R") }.count == relations.count)
            let first = try #require(entities.first)
            #expect(lines.first.map(String.init) == "T1\t\(first["type"] ?? "")\u{20}\(first["start"] ?? "") \(first["end"] ?? "")\t\(first["text"] ?? "")")
        }
        #expect(FileManager.default.fileExists(atPath: brat + "/annotation.conf"))

        let evaluation = try GazetteBinary.run(["evaluate", "--gold", brat, "--pred", jsonl, "--format", "json", "--resamples", "0"])
        #expect(evaluation.status == 0, "\(evaluation.stderr)")
        let report = try json(evaluation.stdout)
        let entities = try #require(report["entities"] as? [String: Any])
        let strict = try #require((entities["micro"] as? [String: Any])?["strict"] as? [String: Any])
        #expect(strict["F"] as? Double == 1.0)
        #expect(strict["COR"] as? Int == mentions)
        let relations = try #require(report["relations"] as? [String: Any])
        for level in ["mention", "document"] {
            let micro = try #require((relations[level] as? [String: Any])?["micro"] as? [String: Any])
            #expect(micro["F"] as? Double == 1.0, "relations, \(level) level")
            #expect((micro["tp"] as? Int ?? 0) > 0)
        }
    }

    @Test("brat file names come from ids; a second record with the same file name is an error, the rest still written")
    func bratFileNames() throws {
        let brat = try temporaryFolder().appendingPathComponent("out").path
        let input = """
            {"id": "a/b", "text": "Minsk."}
            {"id": "a_b", "text": "Brest."}
            {"id": ".hidden", "text": "Belarus."}
            {"id": "c", "text": 5}
            """
        let run = try GazetteBinary.run(["extract", "-", "--format", "brat", "-o", brat, "--lexicons", try smallLexicons()], stdin: input)
        #expect(run.status == 1)
        #expect(try String(contentsOfFile: brat + "/a_b.txt", encoding: .utf8) == "Minsk.")
        #expect(try String(contentsOfFile: brat + "/a_b.ann", encoding: .utf8) == "T1\tREGION 0 5\tMinsk\n#1\tAnnotatorNotes T1\tcanonical: Minsk; rule: lexicon; lexicon_id: region.minsk\n")
        #expect(try String(contentsOfFile: brat + "/_.hidden.ann", encoding: .utf8).hasPrefix("T1\tREGION 0 7\tBelarus\n"))
        #expect(run.stderr.contains("<stdin>:2: record 'a_b': an earlier record of this run was already written as a_b.ann"))
        #expect(run.stderr.contains("4 records read, 2 written, 2 failed"))
    }

    @Test("CoNLL: -DOCSTART- per article, TOKEN TAG lines in Gazette's tokens, BIO tags, a blank line after each sentence")
    func conllColumns() throws {
        let input = """
            {"id": "one", "text": "Belarus President Aleksandr Lukashenko visited Minsk. BelAZ’s dump trucks are sold in Brest."}
            {"id": "two", "text": "Nothing here"}
            """
        let run = try GazetteBinary.run(["extract", "-", "--format", "conll", "--lexicons", try smallLexicons()], stdin: input)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            -DOCSTART- O

            Belarus B-REGION
            President O
            Aleksandr B-PERSON
            Lukashenko I-PERSON
            visited O
            Minsk B-REGION
            . O

            BelAZ B-ENTERPRISE
            ’s O
            dump B-PRODUCT
            trucks I-PRODUCT
            are O
            sold O
            in O
            Brest B-REGION
            . O

            -DOCSTART- O

            Nothing O
            here O


            """)
    }

    @Test("CoNLL tags of the seeds spell out exactly the JSON-lines mentions, for any number of jobs")
    func conllAgreesWithJSON() throws {
        let conll = try GazetteBinary.run(["extract", "seeds", "--format", "conll", "--jobs", "2"])
        #expect(conll.status == 0, "\(conll.stderr)")
        #expect(try GazetteBinary.run(["extract", "seeds", "--format", "conll", "--jobs", "1"]).stdout == conll.stdout)
        let records = try GazetteBinary.run(["extract", "seeds"]).records()
        // Each article's mentions from the tags: (type, tokens joined without spaces).
        var articles: [[String]] = []
        for line in conll.stdout.split(separator: "\n", omittingEmptySubsequences: true) {
            let columns = line.split(separator: " ")
            #expect(columns.count == 2, "\(line)")
            if columns[0] == "-DOCSTART-" { articles.append([]); continue }
            guard columns.count == 2, !articles.isEmpty else {
                Issue.record("a token line before the first -DOCSTART-, or not two columns: \(line)")
                continue
            }
            let tag = String(columns[1])
            if tag.hasPrefix("B-") { articles[articles.count - 1].append("\(tag.dropFirst(2)):\(columns[0])") }
            if tag.hasPrefix("I-"), let last = articles[articles.count - 1].popLast() { articles[articles.count - 1].append(last + columns[0]) }
        }
        let expected = try records.map { record in
            try #require(record["entities"] as? [[String: Any]]).map { entity in
                "\(entity["type"] ?? ""):" + (entity["text"] as? String ?? "").filter { !$0.isWhitespace }
            }
        }
        #expect(articles == expected)
    }

    @Test("HTML: text and ids escaped, each highlighted span's data-start/end/type and text equal a mention, nothing fetched")
    func htmlEscapingAndAttributes() throws {
        let record = #"{"id": "<x id=\"1\">&'", "text": "Minsk <b>\"Brest\"</b> & BelAZ dump trucks.\r\nAleksandr Lukashenko visited Minsk."}"#
        let lexicons = try smallLexicons()
        let page = try GazetteBinary.run(["extract", "-", "--format", "html", "--lexicons", lexicons], stdin: record)
        #expect(page.status == 0, "\(page.stderr)")
        let html = page.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
        #expect(html.contains("<h2 id=\"doc-1-h\">&lt;x id=&quot;1&quot;&gt;&amp;&#39;</h2>"))
        #expect(html.contains("</mark> &lt;b&gt;&quot;<mark"))
        #expect(html.contains("&lt;/b&gt; &amp; <mark"))
        #expect(html.contains("trucks</mark>.&#13;\n<mark"))
        #expect(!html.contains("<b>\"Brest") && !html.contains("</b> &"))
        for external in ["src=", "<link", "@import", "href=\"http", "@font-face"] {
            #expect(!html.contains(external), "\(external)")
        }
        #expect(html.range(of: #"url\((?!#)"#, options: .regularExpression) == nil, "only local url(#…) references")
        // The highlighted spans, in text order, against the JSON-lines mentions.
        let pattern = try NSRegularExpression(
            pattern: #"<mark class="m t-[a-z]+" data-id="(T\d+)" data-start="(\d+)" data-end="(\d+)" data-type="([A-Z]+)"[^>]*>([^<]*)</mark>"#)
        let marks = pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { match in
            (1...5).map { String(html[Range(match.range(at: $0), in: html) ?? html.startIndex..<html.startIndex]) }
        }
        let records = try GazetteBinary.run(["extract", "-", "--lexicons", lexicons], stdin: record).records()
        let entities = try #require(records.first?["entities"] as? [[String: Any]])
        #expect(entities.count == 6)
        #expect(marks.map { [$0[0], $0[1], $0[2], $0[3], unescapeHTML($0[4])] } == entities.map {
            ["\($0["id"] ?? "")", "\($0["start"] ?? "")", "\($0["end"] ?? "")", "\($0["type"] ?? "")", "\($0["text"] ?? "")"]
        })
        // Relations are listed by their mention ids; the summary counts them.
        #expect(html.contains("data-rel=\"produces\""))
        #expect(html.contains("data-rel=\"visited\""))
        #expect(html.contains("1 article · 6 mentions · 2 relations"))
    }

    @Test("HTML to -o FILE: one page, no partial or spool file left, failed records listed in the summary")
    func htmlFileOutput() throws {
        let folder = try temporaryFolder()
        let page = folder.appendingPathComponent("view.html").path
        let input = "{\"id\": \"a\", \"text\": \"Minsk.\"}\n{\"id\": \"b\", \"text\": 1}\n{\"id\": \"c\", \"text\": \"Brest.\"}\n"
        let run = try GazetteBinary.run(["extract", "-", "--format", "html", "-o", page, "--lexicons", try smallLexicons()], stdin: input)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.components(separatedBy: "<article class=\"doc\"").count == 3)
        #expect(html.contains("id=\"doc-1\"") && html.contains("id=\"doc-3\""))
        #expect(html.contains("2 articles · 2 mentions · 0 relations · 1 record failed"))
        #expect(html.contains("&lt;stdin&gt;:2: record &#39;b&#39;: field &#39;text&#39; is a number, expected a string"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["view.html"])
    }

    @Test("--format usage errors exit 2: brat without -o DIR, an unknown format, --resume or --no-text where they cannot apply")
    func formatUsageErrors() throws {
        let brat = try GazetteBinary.run(["extract", "seeds", "--format", "brat"])
        #expect(brat.status == 2)
        #expect(brat.stderr.contains("--format brat needs -o DIR"))
        #expect(try GazetteBinary.run(["extract", "seeds", "--format", "xml"]).status == 2)
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("page.html").path
        #expect(try GazetteBinary.run(["extract", "seeds", "--format", "html", "-o", file, "--resume"]).status == 2)
        #expect(try GazetteBinary.run(["extract", "seeds", "--format", "conll", "--no-text"]).status == 2)
        try "not a folder".write(toFile: file, atomically: true, encoding: .utf8)
        let notFolder = try GazetteBinary.run(["extract", "seeds", "--format", "brat", "-o", file])
        #expect(notFolder.status == 2)
        #expect(notFolder.stderr.contains("is not a folder"))
    }
}
