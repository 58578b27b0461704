@testable import Gazette
import GazetteTestSupport
import Testing

@Suite("JSON type members")
struct JSONTypeMemberTests {
    @Test("Each entity type's literal spells its raw value")
    func entityTypes() {
        for type in EntityType.allCases {
            #expect(type.jsonTypeMember.description == #"","type":""# + type.rawValue + #"""#)
        }
    }

    @Test("Each relation type's literal spells its raw value")
    func relationTypes() {
        for type in RelationType.allCases {
            #expect(type.jsonTypeMember.description == #""type":""# + type.rawValue + #"""#)
        }
    }

    @Test("Mention texts in the record match the tokens' text, around non-BMP characters too")
    func mentionTexts() throws {
        let lexicons = try TestSupport.lexicons(["r.tula\tREGION\tTula", "r.minsk\tREGION\tMinsk"])
        let extractor = Extractor(lexicons: lexicons)
        let text = "😀 “Tula” and 𝔄 Minsk, then é Tula."
        let extraction = try extractor.extract(text)
        let record = ArticleRecord(id: "x", text: text, source: "test")
        let line = try #require(String(validating: extraction.jsonLine(for: record), as: UTF8.self))
        #expect(extraction.mentions.count == 3)
        for mention in extraction.mentions {
            #expect(line.contains(#""text":""# + extraction.text(of: mention) + #"""#))
        }
    }
}
