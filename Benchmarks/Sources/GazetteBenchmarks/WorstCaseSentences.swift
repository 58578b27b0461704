import Dispatch
import Gazette

/// Worst-case sentences, each at two sizes: a rule whose cost grew faster than the
/// sentence would show a time ratio well above 2 between them.
func benchmarkWorstCaseSentences(extractor: Extractor, lexicons: Lexicons) throws {
    let syllables = ["va", "ro", "lin", "tek", "mash", "zar", "ya", "bel", "kom", "nov", "ost", "gra", "dor", "vit"]
    func word(_ index: Int) -> String {
        let text = [index / 2_744 % 14, index / 196 % 14, index / 14 % 14, index % 14].map { syllables[$0] }.joined()
        return text.prefix(1).uppercased() + text.dropFirst()
    }
    let regions = lexicons.entries.filter { $0.kind == .region }.map(\.canonical)
    let shapes: [(String, (Int) -> String)] = [
        ("capitalised words", { n in (0..<n).map(word).joined(separator: " ") + " Plant produces tractors." }),
        ("title words", { n in "Mr " + Array(repeating: "Governor", count: n).joined(separator: " ") + " Ivan Petrov visited Minsk." }),
        ("distinct persons", { n in (0..<n).map { "Ivan " + word($0) + "ov" }.joined(separator: ", ") + " met in Minsk." }),
        ("coordinated places", { n in (0..<n).map { regions[$0 % regions.count] }.joined(separator: ", ") + " and Tula cooperate." }),
        ("titles of places", { n in Array(repeating: "Governor of Tula Oblast", count: n).joined(separator: " ") + " met Ivanov." }),
    ]
    print("worst-case sentences (one sentence each; time at n and 2n words or names):")
    for (label, make) in shapes {
        var times: [Double] = []
        for size in [10_000, 20_000] {
            let text = make(size)
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try extractor.extract(text)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let padded = ("  " + label).padding(toLength: 36, withPad: " ", startingAt: 0)
        print(padded + String(format: "%8.3f s at 10,000, %.3f s at 20,000 (ratio %.2f)", times[0], times[1], times[1] / times[0]))
    }
}
