/// The words and punctuation relation rules test tokens against ("of", "(", "based",
/// "said", "plant"), so that a token's key is classified once per sentence (`CueWordTable`)
/// and each test compares one byte instead of two strings.
///
/// `empty` is the empty key, which `SentenceMentions.cue(_:)` also reports outside the
/// sentence, as `SentenceMentions.key(_:)` returns "" there.
enum CueWord: UInt8, CaseIterable, Sendable {
    // Punctuation.
    case empty, comma, period, semicolon, colon, openParenthesis, closeParenthesis, hyphen
    case straightQuote, apostrophe, openingCurlyQuote, openingGuillemet, lowCurlyQuote
    // Function words.
    case a, an, the, and, or, of, `in`, to, `is`, are, by, at, on, with, `for`, from, `as`
    case not, never, negation, no, but, also, that, `while`, whereas, between, who, will, well, both
    case was, been, has, have, had, then, former, became, currently, out
    // Containment ("is a crucial part of the", ", the administrative centre of").
    case part, based, located, crucial, important, capital, administrative, centre, center, city, town, regions
    case headquartered, which, home
    // Verbs of saying.
    case said, says, noted, notes, stressed, remarked, added, emphasized, emphasised, stated, explained
    case assured, recalled, believes, reported, announced, agreed, confirmed, pointed
    // Making and having.
    case made, produced, manufactured, assembled, built, operates, operate, runs, opened, opens, owns
    // Sites of an enterprise.
    case plant, plants, factory, factories, site, sites, branch, branches, subsidiary, subsidiaries
    case office, offices, warehouse, warehouses, facility, facilities, workshop, workshops, line, lines
    case centres, centers, production, enterprises, enterprise, affiliate, division

    /// The key the word stands for.
    var spelling: String {
        switch self {
        case .empty: ""
        case .comma: ","
        case .period: "."
        case .semicolon: ";"
        case .colon: ":"
        case .openParenthesis: "("
        case .closeParenthesis: ")"
        case .hyphen: "-"
        case .straightQuote: "\""
        case .apostrophe: "'"
        case .openingCurlyQuote: "“"
        case .openingGuillemet: "«"
        case .lowCurlyQuote: "„"
        case .a: "a"
        case .an: "an"
        case .the: "the"
        case .and: "and"
        case .or: "or"
        case .of: "of"
        case .in: "in"
        case .to: "to"
        case .is: "is"
        case .are: "are"
        case .by: "by"
        case .at: "at"
        case .on: "on"
        case .with: "with"
        case .for: "for"
        case .from: "from"
        case .as: "as"
        case .not: "not"
        case .never: "never"
        case .negation: "n't"
        case .no: "no"
        case .but: "but"
        case .also: "also"
        case .that: "that"
        case .while: "while"
        case .whereas: "whereas"
        case .between: "between"
        case .who: "who"
        case .will: "will"
        case .well: "well"
        case .both: "both"
        case .was: "was"
        case .been: "been"
        case .has: "has"
        case .have: "have"
        case .had: "had"
        case .then: "then"
        case .former: "former"
        case .became: "became"
        case .currently: "currently"
        case .out: "out"
        case .part: "part"
        case .based: "based"
        case .headquartered: "headquartered"
        case .which: "which"
        case .home: "home"
        case .located: "located"
        case .crucial: "crucial"
        case .important: "important"
        case .capital: "capital"
        case .administrative: "administrative"
        case .centre: "centre"
        case .center: "center"
        case .city: "city"
        case .town: "town"
        case .regions: "regions"
        case .said: "said"
        case .says: "says"
        case .noted: "noted"
        case .notes: "notes"
        case .stressed: "stressed"
        case .remarked: "remarked"
        case .added: "added"
        case .emphasized: "emphasized"
        case .emphasised: "emphasised"
        case .stated: "stated"
        case .explained: "explained"
        case .assured: "assured"
        case .recalled: "recalled"
        case .believes: "believes"
        case .reported: "reported"
        case .announced: "announced"
        case .agreed: "agreed"
        case .confirmed: "confirmed"
        case .pointed: "pointed"
        case .made: "made"
        case .produced: "produced"
        case .manufactured: "manufactured"
        case .assembled: "assembled"
        case .built: "built"
        case .operates: "operates"
        case .operate: "operate"
        case .runs: "runs"
        case .opened: "opened"
        case .opens: "opens"
        case .owns: "owns"
        case .plant: "plant"
        case .plants: "plants"
        case .factory: "factory"
        case .factories: "factories"
        case .site: "site"
        case .sites: "sites"
        case .branch: "branch"
        case .branches: "branches"
        case .subsidiary: "subsidiary"
        case .subsidiaries: "subsidiaries"
        case .office: "office"
        case .offices: "offices"
        case .warehouse: "warehouse"
        case .warehouses: "warehouses"
        case .facility: "facility"
        case .facilities: "facilities"
        case .workshop: "workshop"
        case .workshops: "workshops"
        case .line: "line"
        case .lines: "lines"
        case .centres: "centres"
        case .centers: "centers"
        case .production: "production"
        case .enterprises: "enterprises"
        case .enterprise: "enterprise"
        case .affiliate: "affiliate"
        case .division: "division"
        }
    }
}
